// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/ChildBooking.h"

#include <QList>
#include <QRandomGenerator>

namespace Kindred {

// Bookings that look like a real centre's (issue 15, point 13), for the demo centre and kindred-gen:
// most children come three to five days a week, arriving between 07:00 and 09:30 and leaving between
// 15:00 and 17:45; some are part-time (two days, or mornings only); some changed their days a while
// ago or will change them soon ("Monday, Wednesday and Friday until June, then Monday to Friday").
// Every booking passes FamilyValidation. Deterministic for the generator's state.
class DemoBookings
{
public:
    // A child born on `dateOfBirth`, enrolled from six months old at the earliest, on `today`.
    static QList<ChildBooking> draw(QRandomGenerator& random, QDate dateOfBirth, QDate today);
};

} // namespace Kindred
