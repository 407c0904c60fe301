// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceFactsReader.h"

#include "base/BidiText.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ChildSql = QStringLiteral(R"(
    SELECT c.family_id, c.room_id, c.first_name || ' ' || c.last_name, c.archived_at IS NOT NULL, c.site_id,
           coalesce(s.name, '')
    FROM children c LEFT JOIN sites s ON s.id = c.site_id WHERE c.id = :id)");
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

} // namespace

AttendanceFactsReader::AttendanceFactsReader(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<ChildFacts> AttendanceFactsReader::child(qint64 childId, qint64 siteId) const
{
    StoreQuery query(m_db);
    query.prepare(ChildSql);
    query.bindValue(QStringLiteral(":id"), childId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next() || query.value(3).toBool()) {
        return Error {tr("This child is no longer on file (the family may have been archived). Nothing was "
                         "recorded.")};
    }
    const ChildFacts facts {childId, query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toString(), query.value(4).toLongLong()};
    // Issue 16, point 8: a child is checked in, out or marked away at the desk of the site they are enrolled
    // at, so that each site's board, ratios and roll call hold exactly the children on its premises.
    if (facts.siteId != siteId) {
        return fieldError(QStringLiteral("site"),
                          tr("%1 is enrolled at %2: check them in and out at that site's desk. Nothing was recorded.")
                              .arg(isolated(facts.name), isolated(query.value(5).toString())));
    }
    return facts;
}

Result<PickupCandidate> AttendanceFactsReader::adult(qint64 personId) const
{
    StoreQuery query(m_db);
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

Result<QString> AttendanceFactsReader::staffName(qint64 staffId) const
{
    StoreQuery query(m_db);
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

Result<PickupRules> AttendanceFactsReader::rules(const ChildFacts& child) const
{
    PickupRules rules {child.childId, child.familyId, child.name, {}, {}};
    StoreQuery query(m_db);
    setForwardOnlyAlongsideStatements(query);
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

Result<qint64> AttendanceFactsReader::openAttendanceId(qint64 childId) const
{
    StoreQuery query(m_db);
    query.prepare(OpenSql);
    query.bindValue(QStringLiteral(":child"), childId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<AttendanceFactsReader::WithStaff> AttendanceFactsReader::leftWithStaff(qint64 childId, QDate today,
                                                                              const QTimeZone& zone) const
{
    StoreQuery query(m_db);
    setForwardOnlyAlongsideStatements(query);
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

} // namespace Kindred
