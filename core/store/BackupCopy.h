// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/SchemaExtensions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Backups through SQLite's online backup API (never a copy of the live file, which may be mid-write), on
// an open connection: the mechanics, for whoever decided a backup is made (DatabaseBackup for an open
// Database; backup/BackupService checks the person's permission). A backup is checked the way an open
// checks a file: integrity_check, foreign_key_check, the schema its version must hold and the content
// check handed in when the file was opened (the audit chain: Database::schema().contentCheck); the data
// file is checked the same way BEFORE it is copied, so that a damaged data file is reported as such
// rather than as a bad copy. The copy is written under a temporary name in the target folder, checked,
// synced, renamed into place and the folder synced, so a backup reported as made survives a power cut;
// it is private to its owner (0600). A backup that fails leaves nothing behind: no file, no -journal,
// -wal or -shm.
class BackupCopy
{
    Q_DECLARE_TR_FUNCTIONS(BackupCopy)

public:
    // Writes a verified copy of the file open on `live` to `target` (replacing nothing: the target must not
    // exist). Fails, with the reason for the receptionist, when the data file is damaged, the folder cannot
    // be written or the copy does not pass its check.
    static Result<void> create(const QSqlDatabase& live, const QString& target, const ContentCheck& contentCheck);
    // A copy next to the data file `dataPath` named "<file>.<label>-<timestamp>.bak"; returns its path.
    static Result<QString> createBeside(const QSqlDatabase& live, const QString& dataPath, const QString& label,
                                        const ContentCheck& contentCheck);
    // A copy of the file as it is, checked for completeness but not for damage (the file being replaced by a
    // restore is kept whatever its state). Same temporary name, sync and rename as create().
    static Result<void> copyAsIs(const QSqlDatabase& live, const QString& target);

    // Opens `path` read-only (without creating -wal or -shm beside it) and checks it as a backup: a
    // Kindred file this version can open, integrity_check ok, foreign keys consistent, its schema complete
    // and `contentCheck` passed (the audit chain whole: Database::schema().contentCheck). The error names
    // the backup and what is wrong with it.
    static Result<void> verify(const QString& path, const ContentCheck& contentCheck);
    // The same checks on an open connection; the error says only what is wrong ("its audit trail …").
    static Result<void> check(const QSqlDatabase& db, const ContentCheck& contentCheck);

    // fsync() of a folder, so that a rename into it is on disk. Folders on file systems that cannot sync
    // a folder (some network shares say EINVAL) count as synced; any other failure is an error.
    static Result<void> syncFolder(const QString& folder);

    // Tests only: called with the temporary copy's path after it was written and closed, before it is
    // checked (a test damages it there to see that a failed copy leaves nothing behind).
    static inline void (*afterCopyForTesting)(const QString& partialPath) = nullptr;
};

} // namespace Kindred
