// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTime>

namespace Kindred {

// One booking period of a child (issue 15, point 2): the days of the week the child comes, the usual
// arrival and departure in the centre's local time, from `startsOn` to `endsOn` inclusive (`endsOn`
// invalid: until further notice). A child may have several periods one after the other ("Monday,
// Wednesday and Friday until June, then Monday to Friday"). Whether the child is expected on a given day
// also depends on absences: attendance/BookingPolicy.
struct ChildBooking
{
    // Bit 0 Monday … bit 6 Sunday, as QDate::dayOfWeek() - 1.
    enum Day : quint8 {
        Monday = 1,
        Tuesday = 2,
        Wednesday = 4,
        Thursday = 8,
        Friday = 16,
        Saturday = 32,
        Sunday = 64,
        WeekDays = 31,
        AllDays = 127
    };

    quint8 weekdays = 0;
    QTime arrival;
    QTime departure;
    QDate startsOn;
    QDate endsOn;

    bool operator==(const ChildBooking&) const = default;

    static quint8 dayBit(QDate day) { return day.isValid() ? quint8(1u << (day.dayOfWeek() - 1)) : 0; }
    bool isBookedDay(int dayOfWeek) const
    {
        return dayOfWeek >= 1 && dayOfWeek <= 7 && (weekdays >> (dayOfWeek - 1)) & 1;
    }
    // The booking covers `day`: within its dates (both inclusive) and on one of its days of the week.
    bool covers(QDate day) const
    {
        return day.isValid() && startsOn.isValid() && day >= startsOn && (!endsOn.isValid() || day <= endsOn)
            && (weekdays & dayBit(day)) != 0;
    }
};

} // namespace Kindred
