// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/BidiText.h"

#include <algorithm>

namespace Kindred {

bool hasRightToLeft(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t code = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        const QChar::Direction direction = QChar::direction(code);
        if (direction == QChar::DirR || direction == QChar::DirAL) {
            return true;
        }
    }
    return false;
}

QString isolated(const QString& text)
{
    if (!hasRightToLeft(text)) {
        return text;
    }
    return QChar(0x2068) + text + QChar(0x2069);
}

QString unbreakablePhone(const QString& phone)
{
    QString text = phone.trimmed();
    for (QChar& c : text) {
        if (c == QLatin1Char(' ')) {
            c = QChar(0x00a0); // NO-BREAK SPACE
        } else if (c == QLatin1Char('-')) {
            c = QChar(0x2011); // NON-BREAKING HYPHEN
        }
    }
    return text;
}

QString phoneText(const QString& phone)
{
    const QString text = unbreakablePhone(phone);
    // Only digits: nothing a right-to-left line could reorder. "+", spaces, hyphens and brackets: isolated.
    const bool digitsOnly = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    return digitsOnly ? text : QChar(0x2066) + text + QChar(0x2069);
}

} // namespace Kindred
