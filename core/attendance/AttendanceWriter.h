// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/AttendanceFactsReader.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// The statements of a check-in and a check-out, run inside the caller's write transaction, each
// followed by its audit entry (what they need to know first: AttendanceFactsReader). Refusals come back as Errors that
// name the child.
class AttendanceWriter
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceWriter)

public:
    AttendanceWriter(QSqlDatabase db, qint64 actorId);

    struct Arrival
    {
        qint64 broughtByPersonId = 0;
        qint64 broughtByStaffId = 0;
        qint64 deskStaffId = 0;
        QString groupLabel;
    };
    // Refuses a child already here; otherwise inserts the record with a fresh code and audits it.
    Result<qint64> checkIn(const ChildFacts& child, const Arrival& arrival, const QDateTime& nowUtc, QDate day);

    struct Departure
    {
        qint64 collectedByPersonId = 0;
        qint64 collectedByStaffId = 0;
        qint64 deskStaffId = 0;
        QString overrideReason;
        qint64 overrideByStaffId = 0;
        int lateMinutes = 0;
        QString decision; // what the pickup rule said, for the audit entry
    };
    // Refuses a child not checked in; otherwise closes the open record and audits it.
    Result<qint64> checkOut(const ChildFacts& child, const Departure& departure, const QDateTime& nowUtc);

private:
    Result<QString> freshCode(QDate day) const;

    QSqlDatabase m_db;
    qint64 m_actorId = 0;
};

} // namespace Kindred
