// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/GroupRoster.h"

#include "attendance/AttendanceReader.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kindred {
namespace {

const auto RoomChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.family_id, coalesce(c.room_id, 0),
           CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.first_name END || ' ' || c.last_name,
           EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = c.id AND a.checked_out_at IS NULL AND a.voided_at IS NULL)
    FROM children c
    JOIN families f ON f.id = c.family_id
    WHERE c.archived_at IS NULL AND f.status = 'enrolled'
      AND (:everyRoom = 1 OR c.room_id = :room)
    ORDER BY c.first_name, c.last_name, c.id)");

// Many children in one statement: the board and a room's roll hold a few hundred, and one round trip to a
// server per child made the board slow there. Each list is an index seek on allergies_child.
const auto ChildrenAllergensSql = QStringLiteral(R"(
    SELECT child_id, allergen FROM allergies
    WHERE child_id IN (:ids) AND severity = 'life_threatening'
    ORDER BY child_id, allergen)");

} // namespace

GroupRoster::GroupRoster(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<QList<RosterChild>> GroupRoster::room(qint64 roomId) const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    QList<RosterChild> children;
    {
        StoreQuery query(m_database.connection());
        query.prepare(RoomChildrenSql);
        query.bindValue(QStringLiteral(":everyRoom"), roomId < 0 ? 1 : 0);
        query.bindValue(QStringLiteral(":room"), roomId);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            RosterChild child;
            child.childId = query.value(0).toLongLong();
            child.familyId = query.value(1).toLongLong();
            child.roomId = query.value(2).toLongLong();
            child.name = query.value(3).toString();
            child.present = query.value(4).toBool();
            children << child;
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    QList<qint64> ids;
    for (const RosterChild& child : std::as_const(children)) {
        ids << child.childId;
    }
    const auto allergens = lifeThreateningAllergens(ids);
    if (!allergens) {
        return allergens.error();
    }
    for (RosterChild& child : children) {
        child.lifeThreateningAllergens = allergens->value(child.childId);
    }
    return children;
}

Result<QHash<qint64, QStringList>> GroupRoster::lifeThreateningAllergens(const QList<qint64>& childIds) const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    QHash<qint64, QStringList> allergens;
    for (const QList<qint64>& chunk : SqlList::chunks(childIds)) {
        const SqlList ids(QStringLiteral(":ids"), chunk);
        StoreQuery query(m_database.connection());
        query.prepare(ids.expand(ChildrenAllergensSql));
        ids.bind(query);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            allergens[query.value(0).toLongLong()] << query.value(1).toString();
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    return allergens;
}

} // namespace Kindred
