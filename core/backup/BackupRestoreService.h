// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

class QSettings;

namespace Kindred {

class Database;
class Session;

// What a restore did.
struct RestoreOutcome
{
    QString replacedCopy; // the data file as it was before, kept beside it ("…replaced-by-restore-….bak")
};

// File → Restore from backup…: puts a backup's records back into the live data file.
class BackupRestoreService
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestoreService)

public:
    // Needs ManageSettings, and ManageCustody when the backup's pickup rules differ from the file's (each
    // rule the restore changes then gets its own audit entry). Checks the backup first (BackupCopy::verify, and
    // that it is a backup of this centre's file), refuses while any other connection — another station, `kindred
    // report`, the sqlite3 shell — has the data file open, keeps the data file as it is beside it, copies the backup
    // into it through SQLite's backup API on `database`'s own connection, writes a "database.restore" audit entry and
    // tells this computer's AuditWitness (in `witnessSettings`) to accept the older trail. On failure
    // nothing was changed and the error says why. Afterwards every view of the file must be reloaded.
    static Result<RestoreOutcome> restore(Database& database, const Session& session, QSettings& witnessSettings,
                                          const QString& backupPath);
};

} // namespace Kindred
