// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/Session.h"

#include "base/Clock.h"

#include <QCoreApplication>

namespace Kindred {
namespace {

struct SystemActorInfo
{
    SystemActorKind kind;
    const char* key;
};

const SystemActorInfo SystemActors[] = {
    {SystemActorKind::ReportJob, "report"}, {SystemActorKind::Init, "init"},
    {SystemActorKind::Demo, "demo"},        {SystemActorKind::Import, "import"},
    {SystemActorKind::Export, "export"},    {SystemActorKind::Migrate, "migrate"},
    {SystemActorKind::Kiosk, "kiosk"},      {SystemActorKind::Emergency, "emergency"},
};

} // namespace

QList<Permission> systemActorPermissions(SystemActorKind kind)
{
    using P = Permission;
    switch (kind) {
    case SystemActorKind::None:
        return {};
    case SystemActorKind::ReportJob:
        return {P::ViewFamilies, P::ViewMedical, P::ViewCustody, P::ViewReports, P::ViewAudit, P::ViewAllSites};
    case SystemActorKind::Init:
        return {P::ManageSettings, P::ManageRooms, P::ManageStaff, P::ManageAccounts};
    case SystemActorKind::Demo:
        return allPermissions();
    case SystemActorKind::Import:
        return {P::ViewFamilies, P::EditFamilies, P::ManageRooms, P::ManageStaff};
    case SystemActorKind::Export:
        return {P::ViewFamilies, P::ViewMedical, P::ViewCustody, P::ViewReports, P::ExportFamilyData};
    case SystemActorKind::Migrate:
        return {P::ManageSettings};
    case SystemActorKind::Kiosk:
        return {P::ViewFamilies, P::CheckInOut};
    case SystemActorKind::Emergency:
        return {P::ViewFamilies, P::ViewMedical};
    }
    return {};
}

QString systemActorKey(SystemActorKind kind)
{
    for (const SystemActorInfo& info : SystemActors) {
        if (info.kind == kind) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

bool systemActorFromKey(const QString& key, SystemActorKind* kind)
{
    for (const SystemActorInfo& info : SystemActors) {
        if (key == QLatin1String(info.key)) {
            *kind = info.kind;
            return true;
        }
    }
    return false;
}

QString systemActorName(SystemActorKind kind)
{
    switch (kind) {
    case SystemActorKind::None:
        return Session::tr("nobody signed in");
    case SystemActorKind::ReportJob:
        return Session::tr("report job");
    case SystemActorKind::Init:
        return Session::tr("first start");
    case SystemActorKind::Demo:
        return Session::tr("demo builder");
    case SystemActorKind::Import:
        return Session::tr("import");
    case SystemActorKind::Export:
        return Session::tr("export");
    case SystemActorKind::Migrate:
        return Session::tr("upgrade");
    case SystemActorKind::Kiosk:
        return Session::tr("kiosk");
    case SystemActorKind::Emergency:
        return Session::tr("emergency, no sign-in");
    }
    return {};
}

Session::Session(QObject* parent)
    : Session(SystemActorKind::None, parent)
{ }

Session::Session(SystemActorKind system, QObject* parent)
    : QObject(parent)
    , m_system(system)
    , m_permissions(PermissionMatrix::defaults())
{ }

void Session::signIn(const StaffMember& member, const QString& customRole)
{
    m_actor = member;
    m_customRole = customRole;
    m_signedInAt = Clock::currentDateTimeUtc();
    m_revokedReason.clear();
    m_granted.clear();
    m_system = SystemActorKind::None;
    emit actorChanged();
}

void Session::setSiteId(qint64 siteId)
{
    if (siteId == m_siteId) {
        return;
    }
    m_siteId = siteId;
    emit siteChanged();
}

void Session::signOut()
{
    actAs(SystemActorKind::None);
}

void Session::actAs(SystemActorKind kind)
{
    m_actor = StaffMember {};
    m_customRole.clear();
    m_signedInAt = QDateTime();
    m_revokedReason.clear();
    m_granted.clear();
    m_system = kind;
    emit actorChanged();
}

QString Session::roleKey() const
{
    return m_customRole.isEmpty() ? staffRoleKey(m_actor.role) : m_customRole;
}

QString Session::roleName() const
{
    if (!isSignedIn()) {
        return systemActorName(m_system);
    }
    return m_permissions.roleName(roleKey());
}

bool Session::can(Permission permission) const
{
    if (isRevoked()) {
        return false;
    }
    if (!isSignedIn()) {
        // Nobody, or a job with no person behind it: only the actor's own fixed permissions, never the
        // matrix of the previous person at the desk.
        return systemActorPermissions(m_system).contains(permission);
    }
    return m_permissions.allows(roleKey(), permission);
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
    if (!isSignedIn()) {
        if (m_system == SystemActorKind::None) {
            return Error {tr("Nobody is signed in at this desk: sign in to %1.").arg(permissionAction(permission))};
        }
        return Error {tr("Nobody is signed in (%1): sign in to %2.")
                          .arg(systemActorName(m_system), permissionAction(permission))};
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

QJsonObject Session::auditDetails(QJsonObject details) const
{
    if (!isSignedIn() && m_system != SystemActorKind::None) {
        details.insert(QStringLiteral("systemActor"), systemActorKey(m_system));
    }
    return details;
}

void Session::setPermissions(const PermissionMatrix& matrix)
{
    m_permissions = matrix;
    emit permissionsChanged();
}

} // namespace Kindred
