// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace Kindred {

class Database;

// The arithmetic of the day, in the centre's zone: which calendar day an instant belongs to, when
// the centre closes, and how late a pickup was. Every figure is computed from UTC instants, so a
// 23- or 25-hour day of a daylight-saving change comes out right.
class AttendanceRules
{
public:
    // The closing time in the settings ("18:00"), or 18:00 when unset or not a time; the read error when
    // the setting cannot be read (a late-pickup fee is never worked out from a guessed closing time).
    static Result<QTime> closingTime(Database& database);
    static QTime parseTime(const QString& text, QTime fallback);
    // The instant the centre closes on `day` in `zone`.
    static QDateTime closingInstant(QDate day, QTime closing, const QTimeZone& zone);
    // Whole minutes after closing on the centre's day of `checkOutUtc`; 0 when on time.
    static int lateMinutes(const QDateTime& checkOutUtc, QTime closing, const QTimeZone& zone);
    // A child checked in on `checkInDay` and still here at `nowUtc` is late when the day's closing has passed.
    static bool isStillHereAfterClosing(QDate checkInDay, const QDateTime& nowUtc, QTime closing,
                                        const QTimeZone& zone);
    static QDate localDay(const QDateTime& utc, const QTimeZone& zone);
};

} // namespace Kindred
