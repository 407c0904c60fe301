// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Who can still manage accounts: active staff members with a PIN or password whose role (the account's
// own role if it has one, else their staff role; for a member with roles per site, the role at any open site
// of theirs, SiteRoles) allows ManageAccounts in the matrix on file. Every write
// that could take the last of them away (a staff member's role, an account's role, an archive, a role's
// permissions) counts them before and after its change, inside its write transaction, and is refused
// when it would leave none. Reads only; runs on the caller's connection (and transaction).
class AccountManagers
{
    Q_DECLARE_TR_FUNCTIONS(AccountManagers)

public:
    // Fails when the staff, accounts or matrix cannot be read.
    static Result<int> count(const QSqlDatabase& db);
    // Ok unless there were managers (`before` > 0) and the change just made leaves none: then an Error
    // on `field` that says why nothing was changed (the caller rolls back).
    static Result<void> requireOneLeft(const QSqlDatabase& db, int before, const QString& field);
};

} // namespace Kindred
