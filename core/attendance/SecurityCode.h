// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// The short code printed on a child's label and the adult's receipt. Four characters from an
// alphabet with no look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B): 25^4 = 390,625 codes a day.
class SecurityCode
{
public:
    static constexpr int Length = 4;
    static QString alphabet();
    static QString generate();
    // What the adult typed, in the form stored: trimmed, upper case, spaces and dashes removed.
    static QString normalise(const QString& typed);
    static bool isWellFormed(const QString& code);
};

} // namespace Kindred
