// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// The part of schema 8 that SQL cannot do: a file without a centre time zone gets this computer's.
// A new file simply starts with it; a file that already held records (an upgrade) also gets an audit
// entry saying so and the centre/timeZoneToConfirm flag, so that an administrator confirms it.
// Runs inside MigrationRunner's transaction for version 8 (it writes with plain statements and
// AuditLog::append, never a transaction of its own).
class CentreTimeZoneMigration
{
    Q_DECLARE_TR_FUNCTIONS(CentreTimeZoneMigration)

public:
    static constexpr int Version = 8;

    // `upgrading`: the file was at a version above 0 before this migration. Fails with the SQL error;
    // the caller's transaction then leaves the file as it was.
    static Result<void> apply(const QSqlDatabase& db, bool upgrading);
    // This computer's IANA zone id ("Europe/Paris"), or "UTC" when it has none.
    static QString systemZoneId();
};

} // namespace Kindred
