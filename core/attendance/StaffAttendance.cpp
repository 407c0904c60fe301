// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/StaffAttendance.h"

#include "attendance/StaffPresence.h"
#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto StaffSql = QStringLiteral(R"(
    SELECT first_name || ' ' || last_name, archived_at IS NOT NULL FROM staff WHERE id = :id)");
const auto OpenShiftSql = QStringLiteral(R"(
    SELECT id, room_id, day, clocked_in_at FROM staff_shifts WHERE staff_id = :id AND clocked_out_at IS NULL)");
const auto InsertShiftSql = QStringLiteral(R"(
    INSERT INTO staff_shifts (staff_id, room_id, day, clocked_in_at, recorded_by_staff_id, site_id)
    VALUES (:staff, :room, :day, :at, :by, :site) RETURNING id)");
const auto CloseShiftSql = QStringLiteral(R"(UPDATE staff_shifts SET clocked_out_at = :at WHERE id = :id)");
} // namespace

StaffAttendance::StaffAttendance(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<StaffShift> StaffAttendance::clockIn(qint64 staffId, qint64 roomId)
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    auto shift = WriteAttempts::run(db, [&]() -> Result<StaffShift> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        StoreQuery staff(db);
        staff.prepare(StaffSql);
        staff.bindValue(QStringLiteral(":id"), staffId);
        if (!staff.exec() || !staff.next() || staff.value(1).toBool()) {
            return fieldError(QStringLiteral("staff"), tr("Choose a current staff member to clock in."));
        }
        const QString name = staff.value(0).toString();
        staff.finish();
        StoreQuery open(db);
        open.prepare(OpenShiftSql);
        open.bindValue(QStringLiteral(":id"), staffId);
        if (!open.exec()) {
            return StoreError::fromSql(open.lastError());
        }
        if (open.next()) {
            return Error {tr("%1 is already clocked in. Clock out first to change rooms.").arg(name)};
        }
        open.finish();
        const QDateTime now = Clock::currentDateTimeUtc();
        StaffShift shift {0, staffId, name, roomId, Clock::currentDate(), now, {}};
        StoreQuery insert(db);
        insert.prepare(InsertShiftSql);
        insert.bindValue(QStringLiteral(":staff"), staffId);
        insert.bindValue(QStringLiteral(":room"), sqlId(roomId));
        insert.bindValue(QStringLiteral(":day"), shift.day.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":at"), now.toString(Qt::ISODateWithMs));
        insert.bindValue(QStringLiteral(":by"), sqlId(m_session.actorId()));
        insert.bindValue(QStringLiteral(":site"), m_session.siteId()); // on shift at this station's site
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        shift.id = newId.value();
        AuditEntry entry {m_session.actorId(),
                          QStringLiteral("staff.clockin"),
                          QStringLiteral("staff_shift"),
                          shift.id,
                          {{QStringLiteral("staffId"), staffId}, {QStringLiteral("roomId"), roomId}},
                          {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return shift;
    });
    if (!shift) {
        return shift.error();
    }
    emit staffAttendanceChanged(staffId);
    return shift;
}

Result<StaffShift> StaffAttendance::clockOut(qint64 staffId)
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    auto shift = WriteAttempts::run(db, [&]() -> Result<StaffShift> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        StoreQuery open(db);
        open.prepare(OpenShiftSql);
        open.bindValue(QStringLiteral(":id"), staffId);
        if (!open.exec()) {
            return StoreError::fromSql(open.lastError());
        }
        if (!open.next()) {
            return Error {tr("This staff member is not clocked in.")};
        }
        StaffShift shift {open.value(0).toLongLong(),
                          staffId,
                          {},
                          open.value(1).toLongLong(),
                          QDate::fromString(open.value(2).toString(), Qt::ISODate),
                          instantFromSql(open.value(3)),
                          Clock::currentDateTimeUtc()};
        open.finish();
        StoreQuery close(db);
        close.prepare(CloseShiftSql);
        close.bindValue(QStringLiteral(":at"), shift.clockedOutAt.toString(Qt::ISODateWithMs));
        close.bindValue(QStringLiteral(":id"), shift.id);
        if (auto done = execQuery(close); !done) {
            return done.error();
        }
        AuditEntry entry {m_session.actorId(),
                          QStringLiteral("staff.clockout"),
                          QStringLiteral("staff_shift"),
                          shift.id,
                          {{QStringLiteral("staffId"), staffId}},
                          {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return shift;
    });
    if (!shift) {
        return shift.error();
    }
    emit staffAttendanceChanged(staffId);
    return shift;
}

// Who is on duty is StaffPresence's, the one "present" rule of group check-out, ratios and the roll call:
// these two reads were a second copy of its query for today's shifts (and counted a shift forgotten open
// from an earlier day as someone here).
Result<QList<StaffShift>> StaffAttendance::onDuty(qint64 roomId) const
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    return StaffPresence(m_database, m_session).presentNow(roomId);
}

Result<QList<StaffShift>> StaffAttendance::shiftsOn(QDate day, qint64 roomId) const
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    return StaffPresence(m_database, m_session).presentOn(day, roomId);
}

} // namespace Kindred
