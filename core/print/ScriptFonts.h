// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace Kindred {

// The typefaces for a language's script, chosen where Qt (through fontconfig) would pick wrongly or not at
// all: Simplified Chinese in "Noto Sans CJK SC" (fontconfig may hand the Japanese face, whose forms differ),
// Urdu in Nastaliq on screen, the way it is read, but in Naskh in documents, whose text a PDF reader can then
// search and copy, Arabic in Noto's Arabic faces. The packages are fonts-noto-core and fonts-noto-cjk
// (install-deps.sh). Each list ends with the family Kindred's documents use for Latin text, so that names,
// codes and numbers inside the text keep one face.
class ScriptFonts
{
public:
    enum class Medium { Screen, Document };

    static QStringList families(const QLocale& locale, Medium medium);
    // A font of `pointSize` for `locale` in `medium` (QFont::setFamilies, so each character takes the first
    // family that has it).
    static QFont font(const QLocale& locale, Medium medium, qreal pointSize, QFont::Weight weight = QFont::Normal);

    static inline const QString DocumentLatin = QStringLiteral("DejaVu Sans");
};

} // namespace Kindred
