// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceReader.h"

#include "centre/Session.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreDriver.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// The columns of attendance_named in the order readRecord() reads them.
const QString RecordColumns = QStringLiteral(R"(
    SELECT id, child_id, family_id, room_id, day, security_code, checked_in_at, brought_by_person_id,
           brought_by_staff_id, checkin_desk_staff_id, checked_out_at, collected_by_person_id, collected_by_staff_id,
           checkout_desk_staff_id, override_reason, override_by_staff_id, late_minutes, group_label, corrections,
           child_name, room_name, brought_by_name, checkin_desk_name, collected_by_name, checkout_desk_name,
           checkin_station, checkout_station, voided_at
    FROM attendance_named)");

const QString ByIdSql = RecordColumns + QStringLiteral(R"(
    WHERE id = :id)");
const QString OpenForChildSql = RecordColumns + QStringLiteral(R"(
    WHERE child_id = :child AND checked_out_at IS NULL AND voided_at IS NULL)");
const QString ByCodeSql = RecordColumns + QStringLiteral(R"(
    WHERE day = :day AND security_code = :code AND voided_at IS NULL)");
// Only PresentStay's columns of the view: both stores then look up no other name (the view is flattened into the
// statement, and what is not selected is not computed).
const QString PresentColumns = QStringLiteral(R"(
    SELECT id, child_id, family_id, room_id, day, security_code, checked_in_at, child_name, room_name
    FROM attendance_named)");
const QString PresentAllSql = PresentColumns + QStringLiteral(R"(
    WHERE checked_out_at IS NULL AND voided_at IS NULL AND site_id = :site ORDER BY checked_in_at, id)");
const QString PresentRoomSql = PresentColumns + QStringLiteral(R"(
    WHERE room_id IS NOT DISTINCT FROM :room AND checked_out_at IS NULL AND voided_at IS NULL AND site_id = :site
    ORDER BY checked_in_at, id)");
// The names (%1 the room's, %2 the child's) sort as the store driver says, byte by byte on both stores, so the
// sign-in sheet lists a day alike from a data file and from the server.
const QString DayAllSql = RecordColumns + QStringLiteral(R"(
    WHERE day = :day AND voided_at IS NULL AND site_id = :site
    ORDER BY (SELECT min_age_months FROM rooms WHERE rooms.id = attendance_named.room_id) NULLS FIRST,
             %1, checked_in_at, id)");
const QString DayRoomSql = RecordColumns + QStringLiteral(R"(
    WHERE day = :day AND room_id IS NOT DISTINCT FROM :room AND voided_at IS NULL AND site_id = :site
    ORDER BY checked_in_at, id)");
const QString NotCheckedOutSql = RecordColumns + QStringLiteral(R"(
    WHERE checked_out_at IS NULL AND voided_at IS NULL AND day <= :day AND site_id = :site
    ORDER BY day, (SELECT min_age_months FROM rooms WHERE rooms.id = attendance_named.room_id) NULLS FIRST,
             %1, %2)");
const QString OpenForFamilySql = RecordColumns + QStringLiteral(R"(
    WHERE checked_out_at IS NULL AND voided_at IS NULL
      AND child_id IN (SELECT id FROM children WHERE family_id = :family))");
const auto CorrectionsSql = QStringLiteral(R"(
    SELECT k.id, k.attendance_id, k.field, k.old_value, k.new_value, k.reason, k.corrected_by_staff_id,
           coalesce(s.first_name || ' ' || s.last_name, ''), k.corrected_at
    FROM attendance_corrections k LEFT JOIN staff s ON s.id = k.corrected_by_staff_id
    WHERE k.attendance_id = :id ORDER BY k.id)");
const auto AbsencesForFamilySql = QStringLiteral(R"(
    SELECT id, child_id, day, reason, recorded_by_staff_id, recorded_at FROM absences
    WHERE day = :day AND child_id IN (SELECT id FROM children WHERE family_id = :family))");
// Through attendance_child_day, child by child: a few weeks of a family's rows, never its years.
const auto LastBroughtBySql = QStringLiteral(R"(
    SELECT a.brought_by_person_id FROM children c JOIN attendance a ON a.child_id = c.id
    WHERE c.family_id = :family AND a.day >= :since AND a.brought_by_person_id IS NOT NULL AND a.voided_at IS NULL
    ORDER BY a.checked_in_at DESC LIMIT 1)");

AttendanceRecord readRecord(const QSqlQuery& q)
{
    AttendanceRecord r;
    r.id = q.value(0).toLongLong();
    r.childId = q.value(1).toLongLong();
    r.familyId = q.value(2).toLongLong();
    r.roomId = q.value(3).toLongLong();
    r.day = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.securityCode = q.value(5).toString();
    r.checkedInAt = instantFromSql(q.value(6));
    r.broughtByPersonId = q.value(7).toLongLong();
    r.broughtByStaffId = q.value(8).toLongLong();
    r.checkInDeskStaffId = q.value(9).toLongLong();
    r.checkedOutAt = instantFromSql(q.value(10));
    r.collectedByPersonId = q.value(11).toLongLong();
    r.collectedByStaffId = q.value(12).toLongLong();
    r.checkOutDeskStaffId = q.value(13).toLongLong();
    r.overrideReason = q.value(14).toString();
    r.overrideByStaffId = q.value(15).toLongLong();
    r.lateMinutes = q.value(16).toInt();
    r.groupLabel = q.value(17).toString();
    r.corrections = q.value(18).toInt();
    r.childName = q.value(19).toString();
    r.roomName = q.value(20).toString();
    r.broughtByName = q.value(21).toString();
    r.checkInDeskStaffName = q.value(22).toString();
    r.collectedByName = q.value(23).toString();
    r.checkOutDeskStaffName = q.value(24).toString();
    r.checkInStation = q.value(25).toString();
    r.checkOutStation = q.value(26).toString();
    r.voidedAt = instantFromSql(q.value(27));
    return r;
}

} // namespace

AttendanceReader::AttendanceReader(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<void> AttendanceReader::requireReader(const Session& session)
{
    if (session.can(Permission::CheckInOut)) {
        return {};
    }
    return session.require(Permission::ViewFamilies);
}

namespace {

PresentStay readPresentStay(const QSqlQuery& q)
{
    PresentStay stay;
    stay.attendanceId = q.value(0).toLongLong();
    stay.childId = q.value(1).toLongLong();
    stay.familyId = q.value(2).toLongLong();
    stay.roomId = q.value(3).toLongLong();
    stay.day = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    stay.securityCode = q.value(5).toString();
    stay.checkedInAt = instantFromSql(q.value(6));
    stay.childName = q.value(7).toString();
    stay.roomName = q.value(8).toString();
    return stay;
}

template<typename Row = AttendanceRecord, typename Bind>
Result<QList<Row>> records(const QSqlDatabase& db, const QString& sql, Bind bind,
                           Row (*read)(const QSqlQuery&) = readRecord)
{
    QList<Row> found;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    bind(query);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        found << read(query);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return found;
}

// One record: the record, a record with id 0 when there is none, or the read error.
Result<AttendanceRecord> oneRecord(StoreQuery& query)
{
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (query.next()) {
        return readRecord(query);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return AttendanceRecord {};
}

} // namespace

Result<AttendanceRecord> AttendanceReader::byId(qint64 attendanceId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    query.prepare(ByIdSql);
    query.bindValue(QStringLiteral(":id"), attendanceId);
    auto found = oneRecord(query);
    if (found && found->id == 0) {
        return Error {tr("That attendance record is not on file.")};
    }
    return found;
}

Result<AttendanceRecord> AttendanceReader::openForChild(qint64 childId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    query.prepare(OpenForChildSql);
    query.bindValue(QStringLiteral(":child"), childId);
    return oneRecord(query);
}

Result<AttendanceRecord> AttendanceReader::byCode(const QString& code, QDate day) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    query.prepare(ByCodeSql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":code"), code);
    auto found = oneRecord(query);
    if (found && found->id == 0) {
        return fieldError(
            QStringLiteral("securityCode"),
            tr("No child was checked in today with the code %1. Check the code on the receipt.").arg(code));
    }
    return found;
}

Result<qint64> AttendanceReader::familyIdForCode(const QString& code, QDate day) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    query.prepare(ByCodeSql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":code"), code);
    auto found = oneRecord(query);
    if (!found) {
        return found.error();
    }
    return found->id == 0 ? qint64(0) : found->familyId;
}

Result<QList<PresentStay>> AttendanceReader::present(qint64 roomId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    if (roomId < 0) {
        return records<PresentStay>(
            m_database.connection(), PresentAllSql,
            [&](StoreQuery& q) { q.bindValue(QStringLiteral(":site"), m_session.siteId()); }, readPresentStay);
    }
    return records<PresentStay>(
        m_database.connection(), PresentRoomSql,
        [&](StoreQuery& q) {
            q.bindValue(QStringLiteral(":room"), sqlId(roomId));
            q.bindValue(QStringLiteral(":site"), m_session.siteId());
        },
        readPresentStay);
}

Result<QList<AttendanceRecord>> AttendanceReader::forDay(QDate day, qint64 roomId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    const QString sql
        = roomId < 0 ? DayAllSql.arg(StoreDriver::of(db).textOrder(QStringLiteral("room_name"))) : DayRoomSql;
    return records(db, sql, [&](StoreQuery& q) {
        q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":site"), m_session.siteId());
        if (roomId >= 0) {
            q.bindValue(QStringLiteral(":room"), sqlId(roomId));
        }
    });
}

Result<QList<AttendanceRecord>> AttendanceReader::notCheckedOut(QDate day) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    const StoreDriver& store = StoreDriver::of(db);
    return records(db,
                   NotCheckedOutSql.arg(store.textOrder(QStringLiteral("room_name")),
                                        store.textOrder(QStringLiteral("child_name"))),
                   [&](StoreQuery& q) {
                       q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
                       q.bindValue(QStringLiteral(":site"), m_session.siteId());
                   });
}

Result<QHash<qint64, AttendanceRecord>> AttendanceReader::openForFamily(qint64 familyId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    QHash<qint64, AttendanceRecord> byChild;
    const auto found = records(m_database.connection(), OpenForFamilySql,
                               [&](StoreQuery& q) { q.bindValue(QStringLiteral(":family"), familyId); });
    if (!found) {
        return found.error();
    }
    for (const AttendanceRecord& record : found.value()) {
        byChild.insert(record.childId, record);
    }
    return byChild;
}

Result<QList<AttendanceCorrection>> AttendanceReader::corrections(qint64 attendanceId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    QList<AttendanceCorrection> found;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(CorrectionsSql);
    query.bindValue(QStringLiteral(":id"), attendanceId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        AttendanceCorrection c;
        c.id = query.value(0).toLongLong();
        c.attendanceId = query.value(1).toLongLong();
        c.field = query.value(2).toString() == QLatin1String("checked_in_at")
            ? AttendanceCorrection::Field::CheckedInAt
            : AttendanceCorrection::Field::CheckedOutAt;
        c.oldValue = instantFromSql(query.value(3));
        c.newValue = instantFromSql(query.value(4));
        c.reason = query.value(5).toString();
        c.correctedByStaffId = query.value(6).toLongLong();
        c.correctedByName = query.value(7).toString();
        c.correctedAt = instantFromSql(query.value(8));
        found << c;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return found;
}

Result<QHash<qint64, Absence>> AttendanceReader::absencesForFamily(qint64 familyId, QDate day) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    QHash<qint64, Absence> byChild;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(AbsencesForFamilySql);
    query.bindValue(QStringLiteral(":family"), familyId);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        Absence a;
        a.id = query.value(0).toLongLong();
        a.childId = query.value(1).toLongLong();
        a.day = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        a.reason = query.value(3).toString();
        a.recordedByStaffId = query.value(4).toLongLong();
        a.recordedAt = instantFromSql(query.value(5));
        byChild.insert(a.childId, a);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return byChild;
}

Result<qint64> AttendanceReader::lastBroughtBy(qint64 familyId, QDate since) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(LastBroughtBySql);
    query.bindValue(QStringLiteral(":family"), familyId);
    query.bindValue(QStringLiteral(":since"), since.toString(Qt::ISODate));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    qint64 personId = 0;
    while (query.next()) {
        personId = query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return personId;
}

} // namespace Kindred
