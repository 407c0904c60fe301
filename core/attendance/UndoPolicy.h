// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/DeparturePolicy.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

// The desk's Undo (Ctrl+Z or its Undo button): a check-in or check-out made by mistake is taken back as a
// void (AttendanceCorrections::undo; audited, no row deleted), only from the station that recorded it and
// within the centre's few minutes (attendance/voidMinutes, 5 by default). Later, or from another desk, only
// a director voids it, with a reason (AttendanceCorrections::voidCheckIn / voidCheckOut, the Corrections
// dialog). An undo never releases a child and never passes by a pickup check:
//   * a check-in is undone only while the stay is open: once the child has left (checked out to an adult,
//     or away with staff), undoing the check-in would erase the record of who took the child;
//   * an undone check-out puts the child back on the roll call, here: the stay is open again, its collecting
//     adult and any override are cleared (kept in the void row), so the next check-out passes the pickup
//     rules afresh; it is refused once the child has been checked in again since.
// Data in, decision out: AttendanceCorrections reads the record inside its write transaction.
class UndoPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UndoPolicy)

public:
    // Ok when `request` (its station, time and window; reason and mayVoidAny are not used: an undo is the
    // desk's own) may undo the event on `record`; otherwise the refusal, saying what to do instead.
    static Result<void> mayUndo(const AttendanceRecord& record, const DeparturePolicy::VoidRequest& request);
};

} // namespace Kindred
