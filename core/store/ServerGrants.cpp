// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerGrants.h"

#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>
#include <QVariant>

namespace Kindred {
namespace {

// Everything revoked first, so that what a station may do is this list whatever an earlier version granted.
// Revoking a table's privilege also revokes it on each of its columns (the redaction's UPDATE below).
const auto GrantsSql = QStringLiteral(R"(
DO $grants$
DECLARE
    s TEXT := quote_ident(current_schema());
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kindred_station') THEN
        RETURN;
    END IF;
    EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA ' || s || ' FROM kindred_station';
    EXECUTE 'REVOKE ALL ON ALL SEQUENCES IN SCHEMA ' || s || ' FROM kindred_station';
    EXECUTE 'GRANT USAGE ON SCHEMA ' || s || ' TO kindred_station';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ' || s || ' TO kindred_station';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ' || s || ' TO kindred_station';
    REVOKE INSERT, UPDATE, DELETE ON kindred_schema FROM kindred_station;
    REVOKE UPDATE, DELETE ON audit_log FROM kindred_station;
    GRANT UPDATE (details, reason) ON audit_log TO kindred_station;
    REVOKE DELETE ON audit_head FROM kindred_station;
END
$grants$)");

const auto OwnerSql = QStringLiteral(R"(
    SELECT pg_has_role(current_user, d.datdba, 'MEMBER'), pg_get_userbyid(d.datdba), current_user
    FROM pg_database d WHERE d.datname = current_database())");

} // namespace

Result<void> ServerGrants::apply(const QSqlDatabase& db)
{
    return execStatement(db, GrantsSql);
}

Result<void> ServerGrants::checkMayUpgrade(const QSqlDatabase& db, int targetVersion)
{
    StoreQuery query(db);
    if (auto done = execRead(query, OwnerSql); !done) {
        return done;
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done;
        }
        return {}; // no such database row: nothing to tell, the upgrade will say what fails
    }
    if (query.value(0).toBool()) {
        return {};
    }
    const QString owner = query.value(1).toString();
    const QString user = query.value(2).toString();
    return Error {tr("The centre server's database needs upgrading to schema %1, which only its owner (the database "
                     "role %2) may do; this station connects as %3. Ask whoever looks after the server to run "
                     "kindred migrate --server with user=%2 once, then start Kindred here again.")
                      .arg(targetVersion)
                      .arg(owner, user)};
}

} // namespace Kindred
