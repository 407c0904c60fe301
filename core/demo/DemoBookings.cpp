// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoBookings.h"

#include <algorithm>
#include <bit>

namespace Kindred {
namespace {

int below(QRandomGenerator& random, int n)
{
    return n > 0 ? int(random.bounded(quint32(n))) : 0;
}

// `count` different weekdays, Monday to Friday.
quint8 weekdays(QRandomGenerator& random, int count)
{
    if (count >= 5) {
        return ChildBooking::WeekDays;
    }
    quint8 days = 0;
    while (std::popcount(days) < count) {
        days |= quint8(1u << below(random, 5));
    }
    return days;
}

QTime at(int minutes)
{
    return QTime(minutes / 60, minutes % 60);
}

// A Monday on or before `day`: periods change at the start of a week.
QDate monday(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

ChildBooking period(QRandomGenerator& random, int days, QDate startsOn)
{
    ChildBooking booking;
    booking.weekdays = weekdays(random, days);
    const int arrival = 7 * 60 + 5 * below(random, 31); // 07:00–09:30, five minutes apart
    const bool mornings = days <= 3 && below(random, 100) < 20;
    const int departure = mornings ? 12 * 60 + 15 * below(random, 5) // 12:00–13:00
                                   : 15 * 60 + 5 * below(random, 34); // 15:00–17:45
    booking.arrival = at(arrival);
    booking.departure = at(std::max(departure, arrival + 60));
    booking.startsOn = startsOn;
    return booking;
}

} // namespace

QList<ChildBooking> DemoBookings::draw(QRandomGenerator& random, QDate dateOfBirth, QDate today)
{
    // Most three to five days; a few two.
    static const int DaysPerWeek[] = {2, 3, 3, 4, 4, 4, 5, 5, 5, 5};
    const int days = DaysPerWeek[below(random, 10)];
    const QDate enrolled = std::max(dateOfBirth.addMonths(6), monday(today.addDays(-30 - below(random, 700))));
    const int roll = below(random, 100);
    if (roll < 12 && enrolled < today.addDays(-60)) {
        // Changed days a while ago: fewer days until then, the current days since.
        const QDate change = monday(today.addDays(-14 - below(random, 40)));
        if (change > enrolled) {
            ChildBooking before = period(random, std::max(2, days - 1 - below(random, 2)), enrolled);
            before.endsOn = change.addDays(-1);
            return {before, period(random, days, change)};
        }
    } else if (roll < 20 && enrolled < today) {
        // Will change days soon: the current days until then, then more (or fewer) days.
        const QDate change = monday(today.addDays(14 + below(random, 60)));
        ChildBooking now = period(random, days, enrolled);
        now.endsOn = change.addDays(-1);
        return {now, period(random, days == 5 ? 3 : days + 1, change)};
    }
    return {period(random, days, enrolled)}; // a baby's may start in the coming months
}

} // namespace Kindred
