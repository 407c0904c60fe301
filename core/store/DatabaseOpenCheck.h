// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/OpenOptions.h"

#include <QCoreApplication>

#include <QSqlError>

namespace Kindred {

// What Database::open checks before it lets anything write to a file, and how it names what went wrong:
// only a consistent read that found nonsense is called damage; a full disk, a read-only file, a lock and
// a -wal left from another copy each get their own message with the cause and the fix, and SQLite's own
// words as the Error's detail.
class DatabaseOpenCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpenCheck)

public:
    // The header probe and the checks on a read-only connection (application id, version, schema,
    // quick_check). They look at the file from outside SQLite (QFile, immutable=1), so they may run only
    // before the first connection of the process to the file: closing any descriptor of it would drop
    // the locks that connection holds. Fails with the message for the receptionist; creates the folder
    // of a missing file when `options` allow creating it.
    static Result<void> beforeFirstConnection(const QString& path, const QString& canonical,
                                              const OpenOptions& options);
    // The message for SQLite failing to open or read the file at `path`, by its cause.
    static Error failure(const QString& path, const QSqlError& error);
    // PRAGMA quick_check on `db`: fails with the "damaged" message when the check found damage (and then
    // sets *damage), or with the cause when it could not run.
    static Result<void> quickCheck(const QSqlDatabase& db, const QString& path, bool atOpen, bool* damage = nullptr);
};

} // namespace Kindred
