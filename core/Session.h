// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"
#include "Permission.h"
#include "PermissionMatrix.h"
#include "Result.h"

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

signals:
    void actorChanged();
    void permissionsChanged();

private:
    StaffMember m_actor;
    QString m_customRole;
    PermissionMatrix m_permissions;
};

} // namespace Kindred
