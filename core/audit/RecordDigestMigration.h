// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

namespace Kindred {

// The part of schema 14 that SQL cannot do (SQL has no SHA-256): seals every protected record
// (RecordDigest), and on a file that already held records appends a "records.seal" audit entry claiming
// them. Runs inside MigrationRunner's transaction for version 14, handed in by centre/DataFile.
class RecordDigestMigration
{
public:
    // `upgrading`: the file was at a version above 0 before this migration. Fails with the SQL error; the
    // caller's transaction then leaves the file as it was.
    static Result<void> apply(const QSqlDatabase& db, bool upgrading);
};

} // namespace Kindred
