// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendance.h"
#include "Result.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// Corrects a wrong check-in time or records a forgotten check-out. The record shows the corrected
// time; the value it replaced, who corrected it, when and why are kept in a correction row (which
// cannot be edited or deleted) and in the audit log.
class AttendanceCorrections : public QObject
{
    Q_OBJECT

public:
    AttendanceCorrections(Database& database, Session& session, QObject* parent = nullptr);

    // Fails, changing nothing, without a reason, with a time in the future, or with a check-out
    // before the check-in (or a check-in after the check-out).
    Result<AttendanceRecord> correct(qint64 attendanceId, AttendanceCorrection::Field field, const QDateTime& newUtc,
                                     const QString& reason);
    // Children still checked in from `day` or earlier: the end-of-day list.
    Result<QList<AttendanceRecord>> notCheckedOut(QDate day) const;

signals:
    void attendanceCorrected(qint64 attendanceId);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
