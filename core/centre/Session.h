// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "centre/Permission.h"
#include "centre/PermissionMatrix.h"
#include "centre/Site.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

namespace Kindred {

// The named actors that may act with nobody signed in, each with its own fixed permissions (never the
// centre's matrix, which an administrator edits): the jobs of the command line, the kiosk, and the
// emergency roll call opened from the locked screen. They are not staff: their changes are recorded
// with no staff member (actor 0) and, where a service says so, their name.
enum class SystemActorKind {
    None, // nobody: every permission is refused
    ReportJob, // `kindred report`, and the reads a report makes on the caller's behalf: read only
    Init, // `kindred init` and the first-start wizard: the centre's settings, rooms and first administrator
    Demo, // `kindred demo` and `--demo`: builds a whole centre, so may do everything
    Import, // `kindred import`
    Export, // `kindred export`
    Migrate, // `kindred migrate` and the upgrades at open
    Kiosk, // the parents' check-in kiosk
    Emergency, // the roll call from the locked screen: who is here, allergies, emergency contacts
};

// What the actor may do; empty for None.
QList<Permission> systemActorPermissions(SystemActorKind kind);
// As stored in an audit entry's details ("emergency"); empty for None.
QString systemActorKey(SystemActorKind kind);
// As a person reads it in the audit trail: "emergency, no sign-in".
QString systemActorName(SystemActorKind kind);
// False when the key names no system actor.
bool systemActorFromKey(const QString& key, SystemActorKind* kind);

// Who is acting at this station, and what they may do. Every change core records names this person
// in the audit log, and every core operation checks their role with require() or can().
// Until a staff member signs in nobody acts and everything is refused; a job with no person behind it
// acts as one of the named system actors (actAs), with that actor's own permissions. A signed-in
// staff member is never also a system actor.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    explicit Session(SystemActorKind system, QObject* parent = nullptr);

    qint64 actorId() const { return m_actor.id; }
    const StaffMember& actor() const { return m_actor; }
    bool isSignedIn() const { return m_actor.id != 0; }
    // The system actor acting now; None while a staff member is signed in or nobody acts.
    SystemActorKind systemActor() const { return m_system; }

    // `customRole` is the key of a centre's own role the account was given; empty: the member's role.
    void signIn(const StaffMember& member, const QString& customRole = {});
    // Nobody acts any more: everything is refused until the next sign-in (a locked screen).
    void signOut();
    // Signs out whoever was signed in and acts as the system actor `kind` (None: nobody).
    void actAs(SystemActorKind kind);

    // The role whose permissions apply: the custom role if any, else the staff member's own.
    QString roleKey() const;
    QString roleName() const;

    bool can(Permission permission) const;
    // Ok when the acting user may; otherwise an Error the receptionist can read:
    // "Your role (Receptionist) may not see children's medical notes; ask a director."
    Result<void> require(Permission permission) const;

    // An audit entry's details, with the system actor's key ("systemActor": "emergency") added while one
    // acts: its changes are recorded with no staff member, and the trail names the actor instead.
    QJsonObject auditDetails(QJsonObject details) const;

    // The site this station serves (issue 16, point 8): its desk, board and roll call show that site's rooms,
    // children and staff, and what is recorded here belongs to it. Set per computer (StationSite); the first
    // site until then. Not who the actor is: it stays when people change at the desk.
    qint64 siteId() const { return m_siteId; }
    void setSiteId(qint64 siteId);

    const PermissionMatrix& permissions() const { return m_permissions; }
    // The matrix from the data file (PermissionMatrix::load); the built-in defaults until then.
    void setPermissions(const PermissionMatrix& matrix);

    // What SessionCheck keeps up to date (issue 13, point 7: changes apply at once).
    // The file's security_version that the actor and matrix were last loaded at (-1: not known).
    qint64 securityVersion() const { return m_securityVersion; }
    void setSecurityVersion(qint64 version) { m_securityVersion = version; }
    // When the actor signed in (UTC): a PIN reset after that ends the session.
    QDateTime signedInAt() const { return m_signedInAt; }
    // The permissions require() granted to the signed-in user since their last write transaction ended
    // (or since the event loop last ran): what the write about to begin relies on.
    QList<Permission> grantedSinceLastWrite() const { return m_granted; }
    void clearGranted() { m_granted.clear(); }
    // The actor's role as now on file; emits actorChanged when it differs.
    void refreshActor(StaffRole role, const QString& customRole);
    // The actor may no longer act (archived, or their PIN reset): can() is false and require() fails with
    // `reason` for everything until someone signs in.
    void revoke(const QString& reason);
    bool isRevoked() const { return !m_revokedReason.isEmpty(); }

signals:
    void actorChanged();
    void permissionsChanged();
    void siteChanged();

private:
    StaffMember m_actor;
    QString m_customRole;
    SystemActorKind m_system = SystemActorKind::None;
    qint64 m_siteId = Site::First;
    PermissionMatrix m_permissions;
    qint64 m_securityVersion = -1;
    QDateTime m_signedInAt;
    QString m_revokedReason;
    mutable QList<Permission> m_granted;
    mutable bool m_grantClearQueued = false;
};

} // namespace Kindred
