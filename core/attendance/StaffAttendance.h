// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/StaffShift.h"
#include "base/Result.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// Staff clocking in and out at the desk, per room: the staff side of the ratio. Each clock event
// is one audited write transaction.
class StaffAttendance : public QObject
{
    Q_OBJECT

public:
    StaffAttendance(Database& database, Session& session, QObject* parent = nullptr);

    // Refused when the staff member is already clocked in (clock out first to change rooms).
    Result<StaffShift> clockIn(qint64 staffId, qint64 roomId);
    Result<StaffShift> clockOut(qint64 staffId);
    // Staff on duty now, in one room or all (roomId -1): StaffPresence::presentNow.
    Result<QList<StaffShift>> onDuty(qint64 roomId = -1) const;
    // Staff present on `day`, in one room or all (roomId -1): StaffPresence::presentOn (the shifts of the
    // day when the centre uses clock-in).
    Result<QList<StaffShift>> shiftsOn(QDate day, qint64 roomId = -1) const;

signals:
    void staffAttendanceChanged(qint64 staffId);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
