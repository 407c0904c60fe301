// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceWriter.h"

#include "attendance/AttendanceFactsReader.h"
#include "attendance/SecurityCode.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/BidiText.h"
#include "base/Station.h"
#include "store/InsertId.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto CodeTakenSql = QStringLiteral(R"(SELECT 1 FROM attendance WHERE day = :day AND security_code = :code)");
const auto InsertSql = QStringLiteral(R"(
    INSERT INTO attendance (child_id, family_id, room_id, day, security_code, checked_in_at, brought_by_person_id,
                            brought_by_staff_id, checkin_desk_staff_id, group_label, checkin_station, site_id)
    VALUES (:child, :family, :room, :day, :code, :at, :person, :staff, :desk, :group, :station, :site) RETURNING id)");
const auto CloseSql = QStringLiteral(R"(
    UPDATE attendance SET checked_out_at = :at, collected_by_person_id = :person, collected_by_staff_id = :staff,
        checkout_desk_staff_id = :desk, override_reason = :reason, override_by_staff_id = :overrider,
        late_minutes = :late, checkout_station = :station
    WHERE id = :id AND checked_out_at IS NULL)");

} // namespace

AttendanceWriter::AttendanceWriter(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{ }

Result<QString> AttendanceWriter::freshCode(QDate day) const
{
    StoreQuery taken(m_db);
    taken.prepare(CodeTakenSql);
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QString code = SecurityCode::generate();
        taken.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        taken.bindValue(QStringLiteral(":code"), code);
        if (!taken.exec()) {
            return StoreError::fromSql(taken.lastError());
        }
        if (!taken.next()) {
            return code;
        }
    }
    return Error {tr("Kindred ran out of security codes for today. Nothing was recorded; call support.")};
}

Result<qint64> AttendanceWriter::checkIn(const ChildFacts& child, const Arrival& arrival, const QDateTime& nowUtc,
                                         QDate day)
{
    auto open = AttendanceFactsReader(m_db).openAttendanceId(child.childId);
    if (!open) {
        return open.error();
    }
    if (open.value() != 0) {
        return Error {tr("%1 is already checked in. Nothing was recorded.").arg(isolated(child.name))};
    }
    auto code = freshCode(day);
    if (!code) {
        return code.error();
    }
    const QString at = nowUtc.toString(Qt::ISODateWithMs);
    StoreQuery insert(m_db);
    insert.prepare(InsertSql);
    insert.bindValue(QStringLiteral(":child"), child.childId);
    insert.bindValue(QStringLiteral(":family"), child.familyId);
    insert.bindValue(QStringLiteral(":room"), sqlId(child.roomId));
    insert.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    insert.bindValue(QStringLiteral(":code"), code.value());
    insert.bindValue(QStringLiteral(":at"), at);
    insert.bindValue(QStringLiteral(":person"), sqlId(arrival.broughtByPersonId));
    insert.bindValue(QStringLiteral(":staff"), sqlId(arrival.broughtByStaffId));
    insert.bindValue(QStringLiteral(":desk"), sqlId(arrival.deskStaffId));
    insert.bindValue(QStringLiteral(":group"), sqlText(arrival.groupLabel));
    insert.bindValue(QStringLiteral(":station"), Station::current());
    insert.bindValue(QStringLiteral(":site"), child.siteId); // the site refused any other (AttendanceFactsReader)
    auto newId = execInsertReturningId(insert);
    if (!newId) {
        return newId.error();
    }
    const qint64 id = newId.value();
    if (auto sealed = RecordDigest::seal(m_db, QStringLiteral("attendance"), id); !sealed) {
        return sealed.error();
    }
    AuditEntry entry {m_actorId,
                      QStringLiteral("attendance.checkin"),
                      QStringLiteral("attendance"),
                      id,
                      {{QStringLiteral("childId"), child.childId},
                       {QStringLiteral("at"), at},
                       {QStringLiteral("code"), code.value()},
                       {QStringLiteral("broughtByPersonId"), arrival.broughtByPersonId},
                       {QStringLiteral("broughtByStaffId"), arrival.broughtByStaffId},
                       {QStringLiteral("deskStaffId"), arrival.deskStaffId},
                       {QStringLiteral("group"), arrival.groupLabel}},
                      {}};
    if (auto audited = AuditLog::append(m_db, entry); !audited) {
        return audited.error();
    }
    return id;
}

Result<qint64> AttendanceWriter::checkOut(const ChildFacts& child, const Departure& departure, const QDateTime& nowUtc)
{
    auto open = AttendanceFactsReader(m_db).openAttendanceId(child.childId);
    if (!open) {
        return open.error();
    }
    if (open.value() == 0) {
        return Error {
            tr("%1 is not checked in, so cannot be checked out. Nothing was recorded.").arg(isolated(child.name))};
    }
    const QString at = nowUtc.toString(Qt::ISODateWithMs);
    StoreQuery close(m_db);
    close.prepare(CloseSql);
    close.bindValue(QStringLiteral(":at"), at);
    close.bindValue(QStringLiteral(":person"), sqlId(departure.collectedByPersonId));
    close.bindValue(QStringLiteral(":staff"), sqlId(departure.collectedByStaffId));
    close.bindValue(QStringLiteral(":desk"), sqlId(departure.deskStaffId));
    close.bindValue(QStringLiteral(":reason"), sqlText(departure.overrideReason));
    close.bindValue(QStringLiteral(":overrider"), sqlId(departure.overrideByStaffId));
    close.bindValue(QStringLiteral(":late"), departure.lateMinutes);
    close.bindValue(QStringLiteral(":station"), Station::current());
    close.bindValue(QStringLiteral(":id"), open.value());
    if (auto done = execQuery(close); !done) {
        return done.error();
    }
    if (auto sealed = RecordDigest::seal(m_db, QStringLiteral("attendance"), open.value()); !sealed) {
        return sealed.error();
    }
    AuditEntry entry {m_actorId,
                      departure.overrideReason.isEmpty() ? QStringLiteral("attendance.checkout")
                                                         : QStringLiteral("attendance.checkout.override"),
                      QStringLiteral("attendance"),
                      open.value(),
                      {{QStringLiteral("childId"), child.childId},
                       {QStringLiteral("at"), at},
                       {QStringLiteral("collectedByPersonId"), departure.collectedByPersonId},
                       {QStringLiteral("collectedByStaffId"), departure.collectedByStaffId},
                       {QStringLiteral("deskStaffId"), departure.deskStaffId},
                       {QStringLiteral("lateMinutes"), departure.lateMinutes},
                       {QStringLiteral("decision"), departure.decision}},
                      departure.overrideReason};
    if (auto audited = AuditLog::append(m_db, entry); !audited) {
        return audited.error();
    }
    return open.value();
}

} // namespace Kindred
