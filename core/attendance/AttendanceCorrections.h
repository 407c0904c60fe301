// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/DeparturePolicy.h"
#include "base/Result.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;
class WriteTransaction;

// Corrects a wrong check-in time or records a forgotten check-out of an earlier day, and voids a
// mistaken check-in or check-out. The record shows the corrected time; the value it replaced, who
// corrected it, when and why are kept in a correction row (which cannot be edited or deleted) and in
// the audit log. What may end a stay is DeparturePolicy's.
class AttendanceCorrections : public QObject
{
    Q_OBJECT

public:
    AttendanceCorrections(Database& database, Session& session, QObject* parent = nullptr);

    // Fails, changing nothing, without a reason, with a time in the future, or with a check-out
    // before the check-in (or a check-in after the check-out). Never a release: a check-out time is set
    // only on a check-out that happened, or to close a stay from an earlier day at a time before today
    // (DeparturePolicy::mayCorrect); a child still here today leaves only through a check-out.
    Result<AttendanceRecord> correct(qint64 attendanceId, AttendanceCorrection::Field field, const QDateTime& newUtc,
                                     const QString& reason);

    // Voids a mistaken check-in: the record is kept but counts nowhere (the child leaves the roll call,
    // the board, the sheets and the ratios). Voids a mistaken check-out: the stay is open again (the
    // check-out it held is kept in attendance_voids). The station that recorded the event may void it
    // within voidWindowMinutes() (needs CheckInOut); later, or from another station, only with
    // VoidAttendance and a reason. Nothing is deleted; each void is audited. Fails changing nothing.
    Result<AttendanceRecord> voidCheckIn(qint64 attendanceId, const QString& reason);
    Result<AttendanceRecord> voidCheckOut(qint64 attendanceId, const QString& reason);
    // The desk's Undo of its own check-in or check-out of these records (one event, several children):
    // UndoPolicy's rule (this station, within voidWindowMinutes(), a check-in only while the stay is open),
    // needs CheckInOut, recorded as voids with the reason "Undone at the desk". All or nothing: one refusal
    // (its text names the child and what to do instead) changes nothing. The records as they are after.
    Result<QList<AttendanceRecord>> undo(const QList<qint64>& attendanceIds, DeparturePolicy::VoidKind kind);
    // The station's few minutes (the centre's setting, 5 when unset or unreadable).
    Result<int> voidWindowMinutes() const;
    // The record as it is now, voided or not (for the dialog to offer what applies).
    Result<AttendanceRecord> record(qint64 attendanceId) const;
    // Children still checked in from `day` or earlier: the end-of-day list.
    Result<QList<AttendanceRecord>> notCheckedOut(QDate day) const;
    // The check-outs of `day` (a mistaken one is voided from here).
    Result<QList<AttendanceRecord>> checkedOutOn(QDate day) const;

signals:
    void attendanceCorrected(qint64 attendanceId);

private:
    // Begins `transaction` and reads the record inside it, so that the rules decide on the row as it stands
    // under the write lock (correct and voidEvent alike). The error of either otherwise.
    Result<AttendanceRecord> beginOn(WriteTransaction& transaction, qint64 attendanceId) const;
    Result<AttendanceRecord> voidEvent(qint64 attendanceId, bool checkIn, const QString& reason);
    // Inside a begun transaction, once the rules allowed it: the void row, the record's update, its seal and
    // the audit entry (`undo`: asked by the desk's Undo).
    Result<void> writeVoid(const AttendanceRecord& record, const DeparturePolicy::VoidRequest& request, bool undo);

    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
