// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/PermissionMatrix.h"

#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectRolesSql = QStringLiteral(R"(SELECT key, name, built_in FROM roles ORDER BY built_in DESC, name)");
const auto SelectPermissionsSql = QStringLiteral(R"(SELECT role_key, permission FROM role_permissions)");

} // namespace

PermissionMatrix PermissionMatrix::defaults()
{
    using P = Permission;
    PermissionMatrix matrix;
    matrix.m_roles = {
        {staffRoleKey(StaffRole::Receptionist),
         staffRoleName(StaffRole::Receptionist),
         true,
         {P::ViewFamilies, P::EditFamilies, P::ViewCustody, P::CheckInOut, P::CorrectAttendance, P::ManageTickets}},
        {staffRoleKey(StaffRole::Staff),
         staffRoleName(StaffRole::Staff),
         true,
         {P::ViewFamilies, P::ViewMedical, P::ViewCustody, P::CheckInOut, P::CorrectAttendance, P::LogIncidents,
          P::ManageTickets}},
        {staffRoleKey(StaffRole::Director),
         staffRoleName(StaffRole::Director),
         true,
         {P::ViewFamilies,     P::EditFamilies,      P::ArchiveFamilies,   P::ViewMedical,   P::ViewCustody,
          P::CheckInOut,       P::OverridePickup,    P::CorrectAttendance, P::ManageRooms,   P::ManageStaff,
          P::LogIncidents,     P::SignOffIncidents,  P::ManageTickets,     P::ViewReports,   P::ViewAudit,
          P::ExportFamilyData, P::AnonymiseFamilies, P::ManageSettings,    P::ManageCustody, P::VoidAttendance,
          P::ViewAllSites}},
        // The administrator runs the system (accounts, settings, records) but makes no care decisions and
        // reads no medical notes or court orders.
        {staffRoleKey(StaffRole::Administrator),
         staffRoleName(StaffRole::Administrator),
         true,
         {P::ViewFamilies, P::EditFamilies, P::ArchiveFamilies, P::ManageRooms, P::ManageStaff, P::ManageAccounts,
          P::ViewReports, P::ViewAudit, P::AnonymiseFamilies, P::ManageSettings, P::ViewAllSites}},
    };
    return matrix;
}

Result<PermissionMatrix> PermissionMatrix::load(const QSqlDatabase& db)
{
    PermissionMatrix matrix;
    StoreQuery roles(db);
    setForwardOnlyAlongsideStatements(roles);
    if (!roles.exec(SelectRolesSql)) {
        return StoreError::fromSql(roles.lastError());
    }
    while (roles.next()) {
        RoleDefinition role {roles.value(0).toString(), roles.value(1).toString(), roles.value(2).toBool(), {}};
        if (role.builtIn) {
            role.name = staffRoleName(staffRoleFromKey(role.key)); // translated
        }
        matrix.m_roles << role;
    }
    if (auto done = readComplete(roles); !done) {
        return done.error();
    }
    roles.finish();

    StoreQuery rows(db);
    setForwardOnlyAlongsideStatements(rows);
    if (!rows.exec(SelectPermissionsSql)) {
        return StoreError::fromSql(rows.lastError());
    }
    while (rows.next()) {
        Permission permission;
        if (!permissionFromKey(rows.value(1).toString(), &permission)) {
            continue;
        }
        const QString key = rows.value(0).toString();
        for (RoleDefinition& role : matrix.m_roles) {
            if (role.key == key) {
                role.permissions << permission;
            }
        }
    }
    if (auto done = readComplete(rows); !done) {
        return done.error();
    }
    return matrix;
}

bool PermissionMatrix::allows(const QString& roleKey, Permission permission) const
{
    const RoleDefinition* found = role(roleKey);
    return found && found->allows(permission);
}

const RoleDefinition* PermissionMatrix::role(const QString& key) const
{
    for (const RoleDefinition& role : m_roles) {
        if (role.key == key) {
            return &role;
        }
    }
    return nullptr;
}

QString PermissionMatrix::roleName(const QString& key) const
{
    const RoleDefinition* found = role(key);
    return found ? found->name : key;
}

void PermissionMatrix::setRole(const RoleDefinition& role)
{
    for (RoleDefinition& existing : m_roles) {
        if (existing.key == role.key) {
            existing = role;
            return;
        }
    }
    m_roles << role;
}

} // namespace Kindred
