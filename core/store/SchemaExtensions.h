// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QMap>
#include <QSqlDatabase>

#include <functional>

namespace Kindred {

// What the domains above the store add to a data file, handed in by whoever opens it (centre/DataFile),
// so that the store runs them without knowing them.
//
// A migration step is the part of a schema version that SQL cannot do (this computer's time zone, a
// SHA-256 of records): MigrationRunner runs it inside that version's transaction, after its script.
// `upgrading`: the file held a schema before this migration. Fails with the reason; the transaction is
// then rolled back. A script that needs one says so in a comment line starting with "-- code step:", and
// is refused when none was handed in.
using MigrationStep = std::function<Result<void>(const QSqlDatabase& db, bool upgrading)>;
// The check of a file's content beyond SQLite's own (the audit chain), which every backup must pass, on a
// file at `schemaVersion`. Fails with what is wrong, as a clause ("its audit trail …").
using ContentCheck = std::function<Result<void>(const QSqlDatabase& db, int schemaVersion)>;

struct SchemaExtensions
{
    QMap<int, MigrationStep> migrationSteps; // by schema version
    ContentCheck contentCheck; // none: only SQLite's and the schema's checks
};

} // namespace Kindred
