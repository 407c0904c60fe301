// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlError>

class QSqlDatabase;
class QSqlQuery;

namespace Kindred {

class StoreQuery;

// Turns what the store says (SQLite's result code, the server's SQLSTATE) into what a receptionist can act on,
// and runs statements so that every failure comes back as an Error rather than a silently ignored `false`.
class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    // CantOpen: the file (or the -wal/-shm SQLite needs beside it) could not be opened or created.
    // Unreachable: the connection to the centre server was lost (or the server is shutting down).
    // Dropped: the server gave up this transaction for another's sake (a serialization failure or a deadlock).
    enum class Kind { Other, Busy, ReadOnly, Full, Corrupt, Constraint, IoError, CantOpen, Unreachable, Dropped };

    static Kind kindOf(const QSqlError& error);
    // Whether the error came from the centre server: QPSQL gives the five-character SQLSTATE as the native
    // code, SQLite's driver its (extended) result code, a number of at most four digits.
    static bool isFromServer(const QSqlError& error) { return error.nativeErrorCode().size() == 5; }
    // The message for a failed statement, with SQLite's own text as the Error's detail.
    static Error fromSql(const QSqlError& error);
    // The message once a write has lost its connection to the server for good (WriteAttempts gave up).
    static Error serverUnreachable();
    // The message when the connection broke while COMMIT was on its way: the server may have saved it.
    static Error commitUncertain();

private:
    static Kind kindOfSqlState(const QString& state);
    static Error describe(const QSqlError& error);
    static Error describeServer(const QSqlError& error);
};

// Executes a prepared query; on failure (of the prepare too) the query is finished and the error returned.
Result<void> execQuery(StoreQuery& query);
Result<void> execQuery(QSqlQuery& query);
// Executes one statement without parameters (pragmas, BEGIN/COMMIT, schema).
Result<void> execStatement(const QSqlDatabase& db, const QString& sql);

} // namespace Kindred
