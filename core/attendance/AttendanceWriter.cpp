// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceWriter.h"

#include "attendance/SecurityCode.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/Station.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ChildSql = QStringLiteral(R"(
    SELECT c.family_id, c.room_id, c.first_name || ' ' || c.last_name, c.archived_at IS NOT NULL
    FROM children c WHERE c.id = :id)");
const auto PersonSql = QStringLiteral(R"(
    SELECT family_id, first_name || ' ' || last_name, archived_at IS NOT NULL FROM people WHERE id = :id)");
const auto StaffSql = QStringLiteral(R"(SELECT first_name || ' ' || last_name FROM staff WHERE id = :id)");
const auto AuthorisationsSql = QStringLiteral(R"(
    SELECT person_id, valid_from, valid_until, note FROM pickup_authorisations WHERE child_id = :id)");
const auto RestrictionsSql = QStringLiteral(R"(
    SELECT person_id, reason, court_order_ref FROM pickup_restrictions WHERE child_id = :id)");
const auto OpenSql = QStringLiteral(R"(
    SELECT id, checked_in_at FROM attendance WHERE child_id = :child AND checked_out_at IS NULL AND voided_at IS NULL)");
// The child's latest stay of yesterday or today (a stay checked in yesterday may end today).
const auto LatestStaySql = QStringLiteral(R"(
    SELECT a.id, a.checked_out_at, a.collected_by_person_id IS NULL AND a.collected_by_staff_id IS NOT NULL,
           coalesce(s.first_name || ' ' || s.last_name, ''), a.group_label
    FROM attendance a LEFT JOIN staff s ON s.id = a.collected_by_staff_id
    WHERE a.child_id = :child AND a.day >= :from AND a.voided_at IS NULL
    ORDER BY a.checked_in_at DESC, a.id DESC LIMIT 1)");
const auto CodeTakenSql = QStringLiteral(R"(SELECT 1 FROM attendance WHERE day = :day AND security_code = :code)");
const auto InsertSql = QStringLiteral(R"(
    INSERT INTO attendance (child_id, family_id, room_id, day, security_code, checked_in_at, brought_by_person_id,
                            brought_by_staff_id, checkin_desk_staff_id, group_label, checkin_station)
    VALUES (:child, :family, :room, :day, :code, :at, :person, :staff, :desk, :group, :station))");
const auto CloseSql = QStringLiteral(R"(
    UPDATE attendance SET checked_out_at = :at, collected_by_person_id = :person, collected_by_staff_id = :staff,
        checkout_desk_staff_id = :desk, override_reason = :reason, override_by_staff_id = :overrider,
        late_minutes = :late, checkout_station = :station
    WHERE id = :id AND checked_out_at IS NULL)");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

AttendanceWriter::AttendanceWriter(QSqlDatabase db, qint64 actorId)
    : m_db(std::move(db))
    , m_actorId(actorId)
{ }

Result<ChildFacts> AttendanceWriter::child(qint64 childId) const
{
    QSqlQuery query(m_db);
    query.prepare(ChildSql);
    query.bindValue(QStringLiteral(":id"), childId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next() || query.value(3).toBool()) {
        return Error {tr("This child is no longer on file (the family may have been archived). Nothing was "
                         "recorded.")};
    }
    return ChildFacts {childId, query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()};
}

Result<PickupCandidate> AttendanceWriter::adult(qint64 personId) const
{
    QSqlQuery query(m_db);
    query.prepare(PersonSql);
    query.bindValue(QStringLiteral(":id"), personId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next() || query.value(2).toBool()) {
        return fieldError(QStringLiteral("adult"), tr("Choose the adult at the desk from the family's list."));
    }
    return PickupCandidate {personId, query.value(0).toLongLong(), query.value(1).toString()};
}

Result<QString> AttendanceWriter::staffName(qint64 staffId) const
{
    QSqlQuery query(m_db);
    query.prepare(StaffSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next()) {
        return fieldError(QStringLiteral("staff"), tr("Choose a staff member from the list."));
    }
    return query.value(0).toString();
}

Result<PickupRules> AttendanceWriter::rules(const ChildFacts& child) const
{
    PickupRules rules {child.childId, child.familyId, child.name, {}, {}};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(AuthorisationsSql);
    query.bindValue(QStringLiteral(":id"), child.childId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    while (query.next()) {
        rules.authorisations << PickupAuthorisation {query.value(0).toLongLong(), dateFromSql(query.value(1)),
                                                     dateFromSql(query.value(2)), query.value(3).toString()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.prepare(RestrictionsSql);
    query.bindValue(QStringLiteral(":id"), child.childId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    while (query.next()) {
        rules.restrictions << PickupRestriction {query.value(0).toLongLong(), query.value(1).toString(),
                                                 query.value(2).toString()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return rules;
}

Result<qint64> AttendanceWriter::openAttendanceId(qint64 childId) const
{
    QSqlQuery query(m_db);
    query.prepare(OpenSql);
    query.bindValue(QStringLiteral(":child"), childId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<AttendanceWriter::WithStaff> AttendanceWriter::leftWithStaff(qint64 childId, QDate today,
                                                                    const QTimeZone& zone) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(LatestStaySql);
    query.bindValue(QStringLiteral(":child"), childId);
    query.bindValue(QStringLiteral(":from"), today.addDays(-1).toString(Qt::ISODate));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    WithStaff away;
    if (query.next()) {
        const QDateTime out = query.value(1).isNull()
            ? QDateTime()
            : QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
        if (out.isValid() && query.value(2).toBool() && out.toTimeZone(zone).date() == today) {
            away = WithStaff {query.value(0).toLongLong(), query.value(3).toString(), query.value(4).toString(), out};
        }
        return away;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return away;
}

Result<QString> AttendanceWriter::freshCode(QDate day) const
{
    QSqlQuery taken(m_db);
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
    auto open = openAttendanceId(child.childId);
    if (!open) {
        return open.error();
    }
    if (open.value() != 0) {
        return Error {tr("%1 is already checked in. Nothing was recorded.").arg(child.name)};
    }
    auto code = freshCode(day);
    if (!code) {
        return code.error();
    }
    const QString at = nowUtc.toString(Qt::ISODateWithMs);
    QSqlQuery insert(m_db);
    insert.prepare(InsertSql);
    insert.bindValue(QStringLiteral(":child"), child.childId);
    insert.bindValue(QStringLiteral(":family"), child.familyId);
    insert.bindValue(QStringLiteral(":room"), idOrNull(child.roomId));
    insert.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    insert.bindValue(QStringLiteral(":code"), code.value());
    insert.bindValue(QStringLiteral(":at"), at);
    insert.bindValue(QStringLiteral(":person"), idOrNull(arrival.broughtByPersonId));
    insert.bindValue(QStringLiteral(":staff"), idOrNull(arrival.broughtByStaffId));
    insert.bindValue(QStringLiteral(":desk"), idOrNull(arrival.deskStaffId));
    insert.bindValue(QStringLiteral(":group"), sqlText(arrival.groupLabel));
    insert.bindValue(QStringLiteral(":station"), Station::current());
    if (auto done = execQuery(insert); !done) {
        return done.error();
    }
    const qint64 id = insert.lastInsertId().toLongLong();
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
    auto open = openAttendanceId(child.childId);
    if (!open) {
        return open.error();
    }
    if (open.value() == 0) {
        return Error {tr("%1 is not checked in, so cannot be checked out. Nothing was recorded.").arg(child.name)};
    }
    const QString at = nowUtc.toString(Qt::ISODateWithMs);
    QSqlQuery close(m_db);
    close.prepare(CloseSql);
    close.bindValue(QStringLiteral(":at"), at);
    close.bindValue(QStringLiteral(":person"), idOrNull(departure.collectedByPersonId));
    close.bindValue(QStringLiteral(":staff"), idOrNull(departure.collectedByStaffId));
    close.bindValue(QStringLiteral(":desk"), idOrNull(departure.deskStaffId));
    close.bindValue(QStringLiteral(":reason"), sqlText(departure.overrideReason));
    close.bindValue(QStringLiteral(":overrider"), idOrNull(departure.overrideByStaffId));
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
