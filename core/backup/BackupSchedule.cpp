// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupSchedule.h"

namespace Kindred {

QDateTime BackupSchedule::dailyTime(QDate day, QTime at, const QTimeZone& zone)
{
    // A time skipped by the clocks going forward does not exist that day (Qt gives an invalid or a shifted
    // time): the first minute after it that does, which is the moment of the jump.
    for (int minutes = 0; minutes <= 180; ++minutes) {
        const QTime wanted = at.addSecs(minutes * 60);
        const QDateTime local(day, wanted, zone);
        if (local.isValid() && local.time() == wanted) {
            return local.toUTC();
        }
    }
    return QDateTime(day, at, zone).toUTC();
}

BackupSchedule::Verdict BackupSchedule::evaluate(const QDateTime& lastUtc, const QDateTime& nowUtc, QTime at,
                                                 const QTimeZone& zone)
{
    // The most recent daily time that has come: today's, or yesterday's before today's time.
    QDate day = nowUtc.toTimeZone(zone).date();
    QDateTime latest = dailyTime(day, at, zone);
    if (latest > nowUtc) {
        day = day.addDays(-1);
        latest = dailyTime(day, at, zone);
    }
    if (!lastUtc.isValid() || lastUtc < latest) {
        return {true, nowUtc};
    }
    return {false, dailyTime(day.addDays(1), at, zone)};
}

bool BackupSchedule::isStale(const QDateTime& lastUtc, const QDateTime& nowUtc)
{
    return !lastUtc.isValid() || lastUtc.secsTo(nowUtc) > StaleAfterSecs;
}

} // namespace Kindred
