// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/PseudoTranslation.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Kindred {
namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = QStringLiteral("aAcCeEgGiInNoOsSuUyYzZ");
        const QString marked = QStringLiteral("áÁçÇéÉğĞíÍñÑóÓšŠúÚýÝžŽ");
        QHash<QChar, QChar> m;
        for (int i = 0; i < plain.size(); ++i) {
            m.insert(plain.at(i), marked.at(i));
        }
        return m;
    }();
    return map.value(c, c);
}

} // namespace

PseudoTranslation::PseudoTranslation(const QTranslator* english, QObject* parent)
    : QTranslator(parent)
    , m_english(english)
{ }

QString PseudoTranslation::translate(const char* context, const char* sourceText, const char* disambiguation,
                                     int n) const
{
    if (qstrcmp(context, "QGuiApplication") == 0 && qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0) {
        return QStringLiteral("LTR");
    }
    QString english = m_english ? m_english->translate(context, sourceText, disambiguation, n) : QString();
    if (english.isEmpty()) {
        english = QString::fromUtf8(sourceText);
    }
    return transform(english);
}

QString PseudoTranslation::transform(const QString& text)
{
    // A date or time format handed to a translation ("ddd d MMM yyyy") is code, not words.
    static const QRegularExpression format(QStringLiteral(R"(^[dMyHhmsapAPt .:/,'-]+$)"));
    if (text.isEmpty() || format.match(text).hasMatch()) {
        return text;
    }
    // Kept as they are: placeholders (%1, %L2, %n), HTML tags and entities, the mnemonic's "&x" and "&&".
    static const QRegularExpression kept(QStringLiteral(R"(%L?(\d{1,2}|n)|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&.)"));
    QString out;
    out.reserve(text.size() * 2);
    qsizetype at = 0;
    auto matches = kept.globalMatch(text);
    const auto addPlain = [&](QStringView plain) {
        for (QChar c : plain) {
            out += accented(c);
        }
    };
    while (matches.hasNext()) {
        const auto match = matches.next();
        addPlain(QStringView(text).mid(at, match.capturedStart() - at));
        out += match.captured();
        at = match.capturedEnd();
    }
    addPlain(QStringView(text).mid(at));
    // 35 % longer, brackets included, as the longer translations are (French and Vietnamese run 20 to 40 % past
    // English).
    const int padding = std::max(1, int(std::ceil(text.size() * 1.35)) - int(out.size()) - 2);
    const QString pad(padding, QChar(0x00B7)); // "·"
    // Each line of a text of several gets its brackets, so that a cut second line shows too.
    if (out.contains(QLatin1Char('\n'))) {
        QStringList lines = out.split(QLatin1Char('\n'));
        for (QString& line : lines) {
            if (!line.isEmpty()) {
                line = QLatin1Char('[') + line + QLatin1Char(']');
            }
        }
        return lines.join(QLatin1Char('\n')) + pad;
    }
    return QLatin1Char('[') + out + pad + QLatin1Char(']');
}

} // namespace Kindred
