// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

namespace Kindred {

Session::Session(QObject* parent)
    : QObject(parent)
    , m_permissions(PermissionMatrix::defaults())
{
    m_actor.role = StaffRole::Administrator;
}

void Session::signIn(const StaffMember& member, const QString& customRole)
{
    m_actor = member;
    m_customRole = customRole;
    emit actorChanged();
}

void Session::signOut()
{
    m_actor = StaffMember {};
    m_actor.role = StaffRole::Administrator;
    m_customRole.clear();
    emit actorChanged();
}

QString Session::roleKey() const
{
    return m_customRole.isEmpty() ? staffRoleKey(m_actor.role) : m_customRole;
}

QString Session::roleName() const
{
    return m_permissions.roleName(roleKey());
}

bool Session::can(Permission permission) const
{
    return !isSignedIn() || m_permissions.allows(roleKey(), permission);
}

Result<void> Session::require(Permission permission) const
{
    if (can(permission)) {
        return {};
    }
    const QString who = m_permissions.allows(StaffRole::Director, permission) ? tr("ask a director")
        : m_permissions.allows(StaffRole::Administrator, permission)          ? tr("ask an administrator")
                                                                              : tr("ask the centre's administrator");
    return Error {tr("Your role (%1) may not %2; %3.").arg(roleName(), permissionAction(permission), who)};
}

void Session::setPermissions(const PermissionMatrix& matrix)
{
    m_permissions = matrix;
    emit permissionsChanged();
}

} // namespace Kindred
