// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/BookingPolicy.h"

#include <algorithm>

namespace Kindred {

const ChildBooking* BookingPolicy::bookingOn(const QList<ChildBooking>& bookings, QDate day)
{
    const ChildBooking* found = nullptr;
    for (const ChildBooking& booking : bookings) {
        if (booking.covers(day) && (!found || booking.startsOn < found->startsOn)) {
            found = &booking;
        }
    }
    return found;
}

bool BookingPolicy::isExpected(const QList<ChildBooking>& bookings, QDate day, bool absent)
{
    return !absent && bookingOn(bookings, day) != nullptr;
}

QDateTime BookingPolicy::lateFrom(const ChildBooking& booking, QDate day, const QTimeZone& zone, int lateMinutes)
{
    if (!booking.arrival.isValid() || !day.isValid()) {
        return {};
    }
    // In the zone, so that the morning after a daylight-saving change is late at the local hour. An arrival
    // that falls in a skipped hour is moved forward by QDateTime, as the clocks were.
    return QDateTime(day, booking.arrival, zone).addSecs(qint64(std::max(0, lateMinutes)) * 60);
}

DayStatus BookingPolicy::status(const QList<ChildBooking>& bookings, QDate day, bool absent, DayPresence presence,
                                const QDateTime& now, const QTimeZone& zone, int lateMinutes)
{
    if (presence == DayPresence::Here) {
        return DayStatus::Here;
    }
    if (presence == DayPresence::GoneHome) {
        return DayStatus::GoneHome;
    }
    if (absent) {
        return DayStatus::Absent;
    }
    const ChildBooking* booking = bookingOn(bookings, day);
    if (!booking) {
        return DayStatus::NotBooked;
    }
    const QDateTime late = lateFrom(*booking, day, zone, lateMinutes);
    return now.toUTC() >= late.toUTC() ? DayStatus::Late : DayStatus::ToArrive;
}

} // namespace Kindred
