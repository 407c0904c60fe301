// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace Kindred {

// A staff member's account as the administrator sees it (never the secrets).
struct AccountStatus
{
    qint64 staffId = 0;
    bool hasPin = false;
    bool hasPassword = false;
    QString customRole; // empty: the staff member's own role decides
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked out
};

// The account rows (staff_credentials) as StaffAccountService and SignInService read them, without the
// secrets. The callers check who may ask; every call reports SQL failures as an Error.
class AccountReader
{
public:
    // Whether any staff member who is not archived can sign in (never "no accounts" on a failed read).
    static Result<bool> hasAccounts(const QSqlDatabase& db);
    // An account with no row yet is an AccountStatus with nothing set.
    static Result<AccountStatus> status(const QSqlDatabase& db, qint64 staffId);
};

} // namespace Kindred
