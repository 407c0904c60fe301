// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Kindred {

// When the daily backup is due: once a day at a time of the centre's day (13:00 unless the centre chose
// another), or at once when the last one was missed (Kindred was not running then, or it failed). Pure:
// the last backup, now and the settings in; the verdict out.
class BackupSchedule
{
public:
    static constexpr int DefaultKeep = 14; // verified copies kept in the backup folder
    static constexpr qint64 StaleAfterSecs = 36 * 3600; // the status bar turns amber after this
    static QTime defaultTime() { return {13, 0}; }

    struct Verdict
    {
        bool due = false;
        QDateTime nextDueUtc; // now when due; otherwise the next daily time
    };

    // `lastUtc` invalid: no backup was ever made (due at once). `at` is local time in `zone`; on a day when
    // that time does not exist (clocks put forward through it) the backup is due at the first time after.
    static Verdict evaluate(const QDateTime& lastUtc, const QDateTime& nowUtc, QTime at, const QTimeZone& zone);
    // The instant of `at` on `day` in `zone`.
    static QDateTime dailyTime(QDate day, QTime at, const QTimeZone& zone);
    // True when no backup was ever made or the last is older than StaleAfterSecs.
    static bool isStale(const QDateTime& lastUtc, const QDateTime& nowUtc);
};

} // namespace Kindred
