// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace Kindred {

class Database;
class Session;

// Backups through SQLite's online backup API (never a copy of the live file, which may be
// mid-write), verified by opening the copy and running integrity_check on it.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // Writes a verified copy to `target` (replacing nothing: the target must not exist).
    static Result<void> create(const Database& database, const QString& target);
    // The same for a person at the desk: a copy holds every family's data, so it needs ManageSettings.
    static Result<void> create(const Database& database, const Session& session, const QString& target);
    // A copy next to the data file named "<file>.<label>-<timestamp>.bak"; returns its path.
    static Result<QString> createBeside(const Database& database, const QString& label);
    // Opens `path` read-only and checks it: integrity_check ok and foreign keys consistent.
    static Result<void> verify(const QString& path);
};

} // namespace Kindred
