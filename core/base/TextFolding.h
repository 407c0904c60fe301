// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Kindred {

// Search keys are folded at index time and at query time alike: lower case, accents removed
// ("José" and "jose" meet), a few letters with no decomposition spelled out (ß → ss, ø → o), and
// invisible format characters (Unicode Cf: zero-width space and joiners, direction marks, BOM) dropped,
// so that a name pasted from a message or a web page meets the same name typed.
QString foldForSearch(const QString& text);
// The same folding with the white space left as it was, and for each folded character the index in `text`
// of the character it came from: to find a folded name in a text and replace it there.
QString foldKeepingPositions(const QString& text, QList<qsizetype>* origins);
// What was typed into a search box as folded words, each without the quotes or asterisks a search habit
// glues to it ("Okafor", Oka*, “Nguyen”); words left empty are dropped.
QStringList searchWords(const QString& typed);
// Just the digits, for phone numbers typed any which way.
QString digitsOnly(const QString& text);

} // namespace Kindred
