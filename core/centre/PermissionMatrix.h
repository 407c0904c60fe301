// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "centre/Permission.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace Kindred {

// A role and what it may do. The four built-in roles have the keys of StaffRole ("director"); a
// centre's own roles have keys of their own ("cook", "casual educator").
struct RoleDefinition
{
    QString key;
    QString name;
    bool builtIn = false;
    QList<Permission> permissions;

    bool allows(Permission permission) const { return permissions.contains(permission); }
};

// Which role may do what. The defaults of the built-in roles live here (and are seeded by
// migration 005); load() reads the centre's current matrix, with its own roles, from the file.
// A role the matrix does not know may do nothing.
class PermissionMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PermissionMatrix)

public:
    static PermissionMatrix defaults();
    // The matrix kept in the data file; fails only when the file cannot be read.
    static Result<PermissionMatrix> load(const QSqlDatabase& db);

    bool allows(const QString& roleKey, Permission permission) const;
    bool allows(StaffRole role, Permission permission) const { return allows(staffRoleKey(role), permission); }

    QList<RoleDefinition> roles() const { return m_roles; }
    const RoleDefinition* role(const QString& key) const;
    QString roleName(const QString& key) const;
    // Adds or replaces a role (in memory; RoleService writes it to the file).
    void setRole(const RoleDefinition& role);

private:
    QList<RoleDefinition> m_roles;
};

} // namespace Kindred
