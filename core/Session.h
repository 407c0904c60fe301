// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"
#include "Permission.h"
#include "PermissionMatrix.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace Kindred {

// Who is acting at this station, and what they may do. Every change core records names this person
// in the audit log, and every core operation checks their role with require() or can().
// Until a staff member signs in, the acting user is "the system" (id 0), which is what the demo
// generator and command-line jobs use; the system may do everything.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);

    qint64 actorId() const { return m_actor.id; }
    const StaffMember& actor() const { return m_actor; }
    bool isSignedIn() const { return m_actor.id != 0; }

    // `customRole` is the key of a centre's own role the account was given; empty: the member's role.
    void signIn(const StaffMember& member, const QString& customRole = {});
    void signOut();

    // The role whose permissions apply: the custom role if any, else the staff member's own.
    QString roleKey() const;
    QString roleName() const;

    bool can(Permission permission) const;
    // Ok when the acting user may; otherwise an Error the receptionist can read:
    // "Your role (Receptionist) may not see children's medical notes; ask a director."
    Result<void> require(Permission permission) const;

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

private:
    StaffMember m_actor;
    QString m_customRole;
    PermissionMatrix m_permissions;
    qint64 m_securityVersion = -1;
    QDateTime m_signedInAt;
    QString m_revokedReason;
    mutable QList<Permission> m_granted;
    mutable bool m_grantClearQueued = false;
};

} // namespace Kindred
