// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/CustodySnapshot.h"

#include "store/BackupFile.h"
#include "store/ReadCheck.h"

#include <QSqlDatabase>

namespace Kindred {
namespace {

const auto SelectRulesSql = QStringLiteral(R"(
    SELECT 'a', r.child_id, c.first_name, c.last_name, r.person_id, p.first_name, p.last_name,
           r.valid_from, r.valid_until, r.note, NULL
    FROM pickup_authorisations r LEFT JOIN children c ON c.id = r.child_id LEFT JOIN people p ON p.id = r.person_id
    UNION ALL
    SELECT 'r', r.child_id, c.first_name, c.last_name, r.person_id, p.first_name, p.last_name,
           NULL, NULL, r.reason, r.court_order_ref
    FROM pickup_restrictions r LEFT JOIN children c ON c.id = r.child_id LEFT JOIN people p ON p.id = r.person_id
    ORDER BY 2, 1, 5)");

Child& childOf(Family& family, qint64 id)
{
    for (Child& child : family.children) {
        if (child.id == id) {
            return child;
        }
    }
    Child child;
    child.id = id;
    family.children << child;
    return family.children.last();
}

} // namespace

Result<CustodySnapshot> CustodySnapshot::read(const QSqlDatabase& live)
{
    return fromRows(readRows(live, SelectRulesSql));
}

Result<CustodySnapshot> CustodySnapshot::read(const BackupFile& backup)
{
    return fromRows(backup.rows(SelectRulesSql));
}

Result<CustodySnapshot> CustodySnapshot::fromRows(const Result<QList<QVariantList>>& rows)
{
    // A read that failed (a damaged page) is an error, never "no rules".
    if (!rows) {
        Error failed {tr("The pickup rules in the data file could not be read, so nothing was restored.")};
        failed.detail = rows.error().detail.isEmpty() ? rows.errorString() : rows.error().detail;
        return failed;
    }
    CustodySnapshot snapshot;
    for (const QVariantList& row : rows.value()) {
        Child& child = childOf(snapshot.m_rules, row.value(1).toLongLong());
        child.firstName = row.value(2).toString();
        child.lastName = row.value(3).toString();
        const qint64 personId = row.value(4).toLongLong();
        if (!snapshot.m_rules.person(personId)) {
            Person person;
            person.id = personId;
            person.firstName = row.value(5).toString();
            person.lastName = row.value(6).toString();
            snapshot.m_rules.adults << person;
        }
        if (row.value(0).toString() == QLatin1String("a")) {
            child.pickups << PickupAuthorisation {personId, QDate::fromString(row.value(7).toString(), Qt::ISODate),
                                                  QDate::fromString(row.value(8).toString(), Qt::ISODate),
                                                  row.value(9).toString()};
        } else {
            child.restrictions << PickupRestriction {personId, row.value(9).toString(), row.value(10).toString()};
        }
    }
    return snapshot;
}

QList<CustodyChange> CustodySnapshot::changesTo(const CustodySnapshot& other) const
{
    // Both sides list every child either has, so that rules of a child on one side only are compared too.
    Family before = m_rules;
    Family after = other.m_rules;
    for (const Child& child : std::as_const(m_rules.children)) {
        Child& there = childOf(after, child.id);
        if (there.firstName.isEmpty() && there.lastName.isEmpty()) {
            there.firstName = child.firstName;
            there.lastName = child.lastName;
        }
    }
    for (const Child& child : std::as_const(other.m_rules.children)) {
        childOf(before, child.id);
    }
    for (const Person& person : std::as_const(m_rules.adults)) {
        if (!after.person(person.id)) {
            after.adults << person;
        }
    }
    return CustodyRules::changes(before, after);
}

} // namespace Kindred
