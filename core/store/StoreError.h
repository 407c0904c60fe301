// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlError>

class QSqlDatabase;
class QSqlQuery;

namespace Kindred {

// Turns what SQLite says into what a receptionist can act on, and runs statements so that every
// failure comes back as an Error rather than a silently ignored `false`.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    // CantOpen: the file (or the -wal/-shm SQLite needs beside it) could not be opened or created.
    enum class Kind { Other, Busy, ReadOnly, Full, Corrupt, Constraint, IoError, CantOpen };

    static Kind kindOf(const QSqlError& error);
    // The message for a failed statement, with SQLite's own text as the Error's detail.
    static Error fromSql(const QSqlError& error);

private:
    static Error describe(const QSqlError& error);
};

// Executes a prepared query; on failure (of the prepare too) the query is finished and the error returned.
Result<void> execQuery(QSqlQuery& query);
// Executes one statement without parameters (pragmas, BEGIN/COMMIT, schema).
Result<void> execStatement(const QSqlDatabase& db, const QString& sql);

} // namespace Kindred
