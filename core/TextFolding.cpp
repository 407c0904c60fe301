// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

namespace Kindred {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        switch (c.unicode()) {
        case 0x00DF: // ß
            folded += QLatin1String("ss");
            continue;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            folded += QLatin1Char('o');
            continue;
        case 0x0141: // Ł
        case 0x0142: // ł
            folded += QLatin1Char('l');
            continue;
        case 0x0110: // Đ
        case 0x0111: // đ
            folded += QLatin1Char('d');
            continue;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            folded += QLatin1String("ae");
            continue;
        case 0x0152: // Œ
        case 0x0153: // œ
            folded += QLatin1String("oe");
            continue;
        default:
            break;
        }
        folded += c.toLower();
    }
    return folded.simplified();
}

QString digitsOnly(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

} // namespace Kindred
