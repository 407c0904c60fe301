// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QDate>

namespace Kindred {

// Which of a family's children the desk offers to check in: those booked on the day who are neither here
// nor marked absent. The front desk ticks them when the family opens, and F2 on a typed search checks them in.
class ExpectedArrivals
{
public:
    // Whether `child` is booked to come on `day`. Until the centre keeps bookings every child is: this is
    // where the bookings (issue 15, point 2) decide.
    static bool isBookedOn(const Child& child, QDate day);
    // Booked on `day`, not `here` and not `absent`.
    static bool isToCheckIn(const Child& child, QDate day, bool here, bool absent);
};

} // namespace Kindred
