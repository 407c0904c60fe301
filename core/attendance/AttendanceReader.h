// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace Kindred {

class Database;
class Session;

// Reads attendance: who is here, one record by code or child, a day's records for the sheet, the
// corrections of a record, absences. Every statement is served by an index of 002_attendance.sql.
// A read that fails (a damaged page, a disk error) is an Error, never a shorter list. A voided check-in
// is left out of every read but byId (which says it was voided). Every read is refused to a reader who may
// not see who is here (requireReader).
class AttendanceReader
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceReader)

public:
    AttendanceReader(Database& database, const Session& session);

    // Who may see who is here, and so read attendance, the room board, group rosters and the roll call:
    // whoever checks children in and out, or looks families up (ViewFamilies: the emergency roll call from
    // the locked screen, the report job). Otherwise the Session::require error for ViewFamilies.
    static Result<void> requireReader(const Session& session);

    Result<AttendanceRecord> byId(qint64 attendanceId) const;
    // The child's open attendance; a record with id 0 when the child is not here.
    Result<AttendanceRecord> openForChild(qint64 childId) const;
    // Today's record carrying this security code (typed or scanned at pickup, or for a reprint).
    Result<AttendanceRecord> byCode(const QString& code, QDate day) const;
    // The family of the child who carried this security code on `day` (here or gone home), or 0: what the desk's
    // search finds for a typed or scanned pickup code.
    Result<qint64> familyIdForCode(const QString& code, QDate day) const;
    // Children here now (open stays) at the session's site, in one room or all (roomId -1), by check-in time.
    Result<QList<PresentStay>> present(qint64 roomId = -1) const;
    // A day's records at the session's site, in one room or all (roomId -1), by check-in time: the sign-in sheet.
    Result<QList<AttendanceRecord>> forDay(QDate day, qint64 roomId = -1) const;
    // Records at the session's site still open from `day` or earlier: forgotten check-outs.
    Result<QList<AttendanceRecord>> notCheckedOut(QDate day) const;
    // Open records of a family's children, by child id.
    Result<QHash<qint64, AttendanceRecord>> openForFamily(qint64 familyId) const;
    Result<QList<AttendanceCorrection>> corrections(qint64 attendanceId) const;
    // Absences recorded for a family's children on `day`, by child id.
    Result<QHash<qint64, Absence>> absencesForFamily(qint64 familyId, QDate day) const;
    // The adult of the family who last brought one of its children, since `since` (0: none): what the
    // desk offers as "brought by", named, for the receptionist to keep or change.
    Result<qint64> lastBroughtBy(qint64 familyId, QDate since) const;

private:
    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
