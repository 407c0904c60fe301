// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/ExpectedArrivals.h"

namespace Kindred {

bool ExpectedArrivals::isBookedOn(const Child& child, QDate day)
{
    Q_UNUSED(child)
    Q_UNUSED(day)
    return true;
}

bool ExpectedArrivals::isToCheckIn(const Child& child, QDate day, bool here, bool absent)
{
    return !here && !absent && isBookedOn(child, day);
}

} // namespace Kindred
