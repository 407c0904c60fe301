// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "Clock.h"

#include <QCoreApplication>

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
    m_signedInAt = Clock::currentDateTimeUtc();
    m_revokedReason.clear();
    m_granted.clear();
    emit actorChanged();
}

void Session::signOut()
{
    m_actor = StaffMember {};
    m_actor.role = StaffRole::Administrator;
    m_customRole.clear();
    m_signedInAt = QDateTime();
    m_revokedReason.clear();
    m_granted.clear();
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
    if (isRevoked()) {
        return false;
    }
    return !isSignedIn() || m_permissions.allows(roleKey(), permission);
}

Result<void> Session::require(Permission permission) const
{
    if (isRevoked()) {
        return Error {m_revokedReason};
    }
    if (can(permission)) {
        if (isSignedIn() && !m_granted.contains(permission)) {
            m_granted.append(permission);
            // A grant belongs to the user's current action: forgotten when the event loop runs again, so
            // that a read made earlier (and a permission since taken away) never blocks a later write.
            if (!m_grantClearQueued && QCoreApplication::instance()) {
                m_grantClearQueued = true;
                QMetaObject::invokeMethod(
                    const_cast<Session*>(this),
                    [this] {
                        m_grantClearQueued = false;
                        m_granted.clear();
                    },
                    Qt::QueuedConnection);
            }
        }
        return {};
    }
    const QString who = m_permissions.allows(StaffRole::Director, permission) ? tr("ask a director")
        : m_permissions.allows(StaffRole::Administrator, permission)          ? tr("ask an administrator")
                                                                              : tr("ask the centre's administrator");
    return Error {tr("Your role (%1) may not %2; %3.").arg(roleName(), permissionAction(permission), who)};
}

void Session::refreshActor(StaffRole role, const QString& customRole)
{
    if (m_actor.role == role && m_customRole == customRole) {
        return;
    }
    m_actor.role = role;
    m_customRole = customRole;
    emit actorChanged();
}

void Session::revoke(const QString& reason)
{
    if (m_revokedReason == reason) {
        return;
    }
    m_revokedReason = reason;
    emit actorChanged();
}

void Session::setPermissions(const PermissionMatrix& matrix)
{
    m_permissions = matrix;
    emit permissionsChanged();
}

} // namespace Kindred
