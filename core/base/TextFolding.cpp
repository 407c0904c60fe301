// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/TextFolding.h"

namespace Kindred {

namespace {

// One character of a decomposed (NFKD) text, folded onto `folded`: marks and format characters dropped.
void foldCharacter(QChar c, QString& folded)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return;
    default:
        break;
    }
    switch (c.unicode()) {
    case 0x00DF: // ß
        folded += QLatin1String("ss");
        return;
    case 0x00D8: // Ø
    case 0x00F8: // ø
        folded += QLatin1Char('o');
        return;
    case 0x0141: // Ł
    case 0x0142: // ł
        folded += QLatin1Char('l');
        return;
    case 0x0110: // Đ
    case 0x0111: // đ
        folded += QLatin1Char('d');
        return;
    case 0x00C6: // Æ
    case 0x00E6: // æ
        folded += QLatin1String("ae");
        return;
    case 0x0152: // Œ
    case 0x0153: // œ
        folded += QLatin1String("oe");
        return;
    default:
        break;
    }
    folded += c.toLower();
}

} // namespace

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        foldCharacter(c, folded);
    }
    return folded.simplified();
}

QString foldKeepingPositions(const QString& text, QList<qsizetype>* origins)
{
    QString folded;
    folded.reserve(text.size());
    origins->clear();
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString decomposed = text.mid(i, length).normalized(QString::NormalizationForm_KD);
        const qsizetype before = folded.size();
        for (QChar c : decomposed) {
            foldCharacter(c, folded);
        }
        for (qsizetype k = before; k < folded.size(); ++k) {
            origins->append(i);
        }
        i += length;
    }
    return folded;
}

QStringList searchWords(const QString& typed)
{
    static const QString Glued = QStringLiteral("\"'*\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB`");
    QStringList words;
    for (QString word : foldForSearch(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        qsizetype from = 0;
        qsizetype to = word.size();
        while (from < to && Glued.contains(word.at(from))) {
            ++from;
        }
        while (to > from && Glued.contains(word.at(to - 1))) {
            --to;
        }
        if (to > from) {
            words << word.mid(from, to - from);
        }
    }
    return words;
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
