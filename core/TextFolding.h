// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// Search keys are folded at index time and at query time alike: lower case, accents removed
// ("José" and "jose" meet), a few letters with no decomposition spelled out (ß → ss, ø → o).
QString foldForSearch(const QString& text);
// Just the digits, for phone numbers typed any which way.
QString digitsOnly(const QString& text);

} // namespace Kindred
