// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/PermissionMatrix.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

class Session;

// Who may change what a staff member may do: one rule for every path that does it (DESIGN.md: "a role can only be
// raised by account management"): a staff member's role (CentreService::saveStaff), an account's centre role
// (StaffAccountService::setCustomRole), the roles per site (SiteRoleService) and a role's permissions
// (RoleService::saveRole).
//   Account management (ManageAccounts) gives another person any role, powers it lacks itself included: the
//   administrator makes directors yet reads no medical notes or court orders (separation of duties).
//   Nobody changes their own role, and nobody widens a role they hold themselves, at any site: raising one's own
//   power is another person's decision.
// AccountManagers is the other half: no change may leave nobody who can manage accounts.
class RoleGrant
{
    Q_DECLARE_TR_FUNCTIONS(RoleGrant)

public:
    // Ok when the person signed in may change the role of `staffId` (an Error on `field` otherwise; the
    // Session::require error without ManageAccounts).
    static Result<void> requireMayChangeRoleOf(const Session& session, qint64 staffId, const QString& field);
    // Ok when the person signed in may give `role` the permissions it lists: ManageAccounts, and for a role they
    // hold themselves (their own, or theirs at any site), nothing it did not allow before and ManageAccounts kept.
    // Reads on the caller's connection (inside its transaction); fails with the read error.
    static Result<void> requireMayEdit(const QSqlDatabase& db, const Session& session, const RoleDefinition& role);
};

} // namespace Kindred
