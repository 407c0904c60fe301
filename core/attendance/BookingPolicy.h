// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/ChildBooking.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Kindred {

// Where a child stands today, as the desk counts it.
enum class DayStatus {
    NotBooked, // no booking covers the day, and the child has not come
    Absent, // an absence is recorded for the day, and the child has not come
    ToArrive, // booked, not absent, not here yet, not yet late
    Late, // booked, not absent, not here, past the booked arrival and the grace minutes
    Here, // checked in and not checked out (whether booked or not)
    GoneHome, // checked in today and out again
};

// What the attendance records say about a child on a day.
enum class DayPresence { NotArrived, Here, GoneHome };

// The bookings rule (issue 15, point 2): a child is *expected* on a day one of their bookings covers
// (one of its days of the week, between its first and last day, both inclusive, in the centre's calendar),
// unless an absence is recorded for that day; *late* when still not here `lateMinutes` after the booked
// arrival, in the centre's time zone. Pure: data in, decision out. ExpectedToday reads the data.
class BookingPolicy
{
public:
    // The booking that covers `day`, or nullptr (validation keeps periods from overlapping on a day; the
    // first by start date wins if a file holds two).
    static const ChildBooking* bookingOn(const QList<ChildBooking>& bookings, QDate day);
    static bool isExpected(const QList<ChildBooking>& bookings, QDate day, bool absent);
    // The instant from which a child booked on `day` and not here is late: the booked arrival on that
    // day in `zone`, plus `lateMinutes`. Invalid when `booking` is invalid.
    static QDateTime lateFrom(const ChildBooking& booking, QDate day, const QTimeZone& zone, int lateMinutes);
    // The child's status at `now` (any time spec) on the centre's day `day`.
    static DayStatus status(const QList<ChildBooking>& bookings, QDate day, bool absent, DayPresence presence,
                            const QDateTime& now, const QTimeZone& zone, int lateMinutes);
};

} // namespace Kindred
