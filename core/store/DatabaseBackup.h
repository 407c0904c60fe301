// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

namespace Kindred {

class Database;

// BackupCopy's backups of an open Database, checked with the content check it was opened with
// (Database::schema()). Failures as BackupCopy's.
class DatabaseBackup
{
public:
    // A verified copy at `target`, which must not exist (BackupCopy::create).
    static Result<void> create(const Database& database, const QString& target);
    // A verified copy next to the data file named "<file>.<label>-<timestamp>.bak"; returns its path.
    static Result<QString> createBeside(const Database& database, const QString& label);
    // The file as it is, checked for completeness only (BackupCopy::copyAsIs).
    static Result<void> copyAsIs(const Database& database, const QString& target);
};

} // namespace Kindred
