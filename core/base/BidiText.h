// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// A name (or any text of its own direction) put into a sentence of another: a right-to-left name such as
// "نور حداد" inside an English message would otherwise pull the words and punctuation beside it out of order
// ("Checked in: نور حداد (code 4821), brought by …"). Wrapped in Unicode's FIRST STRONG ISOLATE … POP
// DIRECTIONAL ISOLATE (U+2068 … U+2069), which display as nothing, when it holds right-to-left letters; returned
// as it is otherwise, so that left-to-right text, files and searches are unchanged.
QString isolated(const QString& text);

// A phone number as one run that is never broken across lines and reads left to right in any sentence: its spaces
// become no-break spaces and its hyphens non-breaking hyphens (a wrapped "0412 / 345 678" is misdialled in an
// emergency), isolated left to right (LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE) when the number has any
// separators a right-to-left line could reorder. For display and print only; what is stored and searched is unchanged.
QString phoneText(const QString& phone);
// The same without the isolates, for text that also goes into a spreadsheet (CSV), where they would be stray
// characters: only the no-break space and the non-breaking hyphen.
QString unbreakablePhone(const QString& phone);

// True when `text` holds a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko…).
bool hasRightToLeft(const QString& text);

} // namespace Kindred
