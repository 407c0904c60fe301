// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/CustodySnapshot.h"

#include <sqlite3.h>

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

QString text(sqlite3_stmt* statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
}

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

Result<CustodySnapshot> CustodySnapshot::read(sqlite3* db)
{
    CustodySnapshot snapshot;
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = SelectRulesSql.toUtf8();
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    // SQLITE_DONE at the end; anything else (a failed prepare, a damaged page) is a read that failed.
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW) {
            break;
        }
        Child& child = childOf(snapshot.m_rules, sqlite3_column_int64(statement, 1));
        child.firstName = text(statement, 2);
        child.lastName = text(statement, 3);
        const qint64 personId = sqlite3_column_int64(statement, 4);
        if (!snapshot.m_rules.person(personId)) {
            Person person;
            person.id = personId;
            person.firstName = text(statement, 5);
            person.lastName = text(statement, 6);
            snapshot.m_rules.adults << person;
        }
        if (text(statement, 0) == QLatin1String("a")) {
            child.pickups << PickupAuthorisation {personId, QDate::fromString(text(statement, 7), Qt::ISODate),
                                                  QDate::fromString(text(statement, 8), Qt::ISODate),
                                                  text(statement, 9)};
        } else {
            child.restrictions << PickupRestriction {personId, text(statement, 9), text(statement, 10)};
        }
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        Error failed {tr("The pickup rules in the data file could not be read, so nothing was restored.")};
        failed.detail = error;
        return failed;
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
