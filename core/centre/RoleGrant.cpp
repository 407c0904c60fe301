// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/RoleGrant.h"

#include "centre/Session.h"
#include "centre/SiteRoles.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSet>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto OwnRoleSql = QStringLiteral(R"(
    SELECT s.role, c.custom_role FROM staff s LEFT JOIN staff_credentials c ON c.staff_id = s.id WHERE s.id = :id)");

// The roles whose permissions are, or may become, the member's own: the role at each site where they have rows
// (SiteRoles), else the account's custom role, else the staff role.
Result<QSet<QString>> rolesHeldBy(const QSqlDatabase& db, qint64 staffId)
{
    const auto rows = SiteRoles::of(db, staffId);
    if (!rows) {
        return rows.error();
    }
    QSet<QString> held;
    for (const SiteRole& row : rows.value()) {
        held.insert(row.roleKey);
    }
    if (!held.isEmpty()) {
        return held;
    }
    StoreQuery query(db);
    query.prepare(OwnRoleSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (query.next()) {
        const QString custom = query.value(1).toString();
        held.insert(custom.isEmpty() ? query.value(0).toString() : custom);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return held;
}

} // namespace

Result<void> RoleGrant::requireMayChangeRoleOf(const Session& session, qint64 staffId, const QString& field)
{
    if (auto allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    // Raising one's own power, or dropping it by mistake, are both someone else's decision.
    if (session.isSignedIn() && staffId == session.actorId()) {
        return fieldError(field, tr("Nothing was changed: nobody changes their own role. Ask another administrator."));
    }
    return {};
}

Result<void> RoleGrant::requireMayEdit(const QSqlDatabase& db, const Session& session, const RoleDefinition& role)
{
    if (auto allowed = session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    if (!session.isSignedIn()) {
        return {};
    }
    const QString field = QStringLiteral("permissions");
    // Unticking this for one's own role would shut the door behind the last person who may open it.
    if (role.key == session.roleKey() && !role.allows(Permission::ManageAccounts)) {
        return fieldError(field,
                          tr("Nothing was changed: you are signed in as %1 and would lose the right to manage "
                             "accounts yourself. Another administrator can change what %1 may do.")
                              .arg(session.roleName()));
    }
    const auto held = rolesHeldBy(db, session.actorId());
    if (!held) {
        return held.error();
    }
    if (role.key != session.roleKey() && !held->contains(role.key)) {
        return {};
    }
    const RoleDefinition* before = session.permissions().role(role.key);
    for (Permission permission : role.permissions) {
        if (!before || !before->allows(permission)) {
            return fieldError(field,
                              tr("Nothing was changed: you hold the role %1 yourself, and nobody gives themselves "
                                 "more power. Another administrator can let %1 %2.")
                                  .arg(before ? before->name : role.name, permissionAction(permission)));
        }
    }
    return {};
}

} // namespace Kindred
