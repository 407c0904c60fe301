// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/AccountManagers.h"

#include "centre/PermissionMatrix.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ActiveAccountsSql = QStringLiteral(R"(
    SELECT s.id, s.role, c.custom_role FROM staff s JOIN staff_credentials c ON c.staff_id = s.id
    WHERE s.archived_at IS NULL AND (c.pin_hash IS NOT NULL OR c.password_hash IS NOT NULL))");
// Each role a member has at a site (schema 20), with whether that site is open: a member with rows manages
// accounts only where a row at an open site lets them (SiteRoles).
const auto SiteRolesSql = QStringLiteral(R"(
    SELECT r.staff_id, r.role_key, s.archived_at IS NULL FROM staff_site_roles r JOIN sites s ON s.id = r.site_id)");

} // namespace

Result<int> AccountManagers::count(const QSqlDatabase& db)
{
    const auto matrix = PermissionMatrix::load(db);
    if (!matrix) {
        return matrix.error();
    }
    QHash<qint64, bool> bySite; // staff id → whether a row at an open site allows it
    {
        StoreQuery sites(db);
        setForwardOnlyAlongsideStatements(sites);
        if (auto done = execRead(sites, SiteRolesSql); !done) {
            return done.error();
        }
        while (sites.next()) {
            bool& manages = bySite[sites.value(0).toLongLong()];
            manages = manages
                || (sites.value(2).toBool() && matrix->allows(sites.value(1).toString(), Permission::ManageAccounts));
        }
        if (auto done = readComplete(sites); !done) {
            return done.error();
        }
    }
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (auto done = execRead(query, ActiveAccountsSql); !done) {
        return done.error();
    }
    int managers = 0;
    while (query.next()) {
        const qint64 staffId = query.value(0).toLongLong();
        const QString customRole = query.value(2).toString();
        const QString role = customRole.isEmpty() ? query.value(1).toString() : customRole;
        if (bySite.contains(staffId) ? bySite.value(staffId) : matrix->allows(role, Permission::ManageAccounts)) {
            ++managers;
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return managers;
}

Result<void> AccountManagers::requireOneLeft(const QSqlDatabase& db, int before, const QString& field)
{
    if (before <= 0) {
        return {};
    }
    const auto after = count(db);
    if (!after) {
        return after.error();
    }
    if (after.value() == 0) {
        return fieldError(field,
                          tr("Nothing was changed: nobody would be left who can manage accounts. Give "
                             "another staff member that right first."));
    }
    return {};
}

} // namespace Kindred
