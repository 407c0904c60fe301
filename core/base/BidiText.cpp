// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/BidiText.h"

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

} // namespace Kindred
