// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/StaffShift.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

class Database;
class Session;

// Which staff are present: the one rule that group check-out (who may take a group out), the ratios
// (the room board and the ratio compliance report) and the roll call all use. A staff member is present
// when clocked in today (StaffAttendance) — or, when the centre does not use clock-in
// (attendance/usesClockIn = 0), when signed in at a desk today (from the "account.signin" audit entry),
// counted in their usual room from their first sign-in of the day. A shift left open from an earlier
// day is a forgotten clock-out, not someone here. A read that fails is an Error, never nobody; a reader
// who may not see who is here (AttendanceReader::requireReader) is refused.
class StaffPresence
{
    Q_DECLARE_TR_FUNCTIONS(StaffPresence)

public:
    StaffPresence(Database& database, const Session& session);

    // True unless the centre's setting says it counts staff by their sign-in at a desk.
    static Result<bool> usesClockIn(const Database& database);

    // Staff present now, in one room or all (roomId -1), as shifts (a desk sign-in has no clock-out).
    Result<QList<StaffShift>> presentNow(qint64 roomId = -1) const;
    // Staff present at some time of `day`, with when they came and left (invalid: still here, or,
    // counted by sign-in, until closing): the ratio compliance report's staff side.
    Result<QList<StaffShift>> presentOn(QDate day, qint64 roomId = -1) const;
    Result<bool> isPresent(qint64 staffId) const;

private:
    Result<QList<StaffShift>> read(QDate day, bool openOnly, const QDateTime& untilUtc, qint64 roomId) const;

    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
