// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace Kindred {

class Database;

// Moves a centre from its data file to an empty database on the centre server (`kindred migrate --database
// FILE --server CONNINFO`, issue 16 point 9). The server's schema is made by the same migrations as a new
// centre's (DataFile::openServer), at the file's version, which must be the latest (upgrade the file first).
// Then, in one transaction, every table's rows are copied with their ids, in foreign-key order, with the
// tables' own triggers held off (the copy is of rows the file's triggers already shaped: record versions,
// the security version), the identity sequences set past the highest id, the file's full-text tables
// copied into the server's plain search tables; every table's row count is compared with the file's and the
// audit chain walked on the server before COMMIT. Any failure or difference rolls the copy back and removes
// the schema made for it, so that the database is empty again, as it was found.
class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)

public:
    // How many rows have been copied of how many; called every ProgressEvery rows and at the end.
    using Progress = std::function<void(qint64 copied, qint64 total)>;
    static constexpr qint64 ProgressEvery = 1000;

    struct Outcome
    {
        int tables = 0;
        qint64 rows = 0;
        int schemaVersion = 0;
    };

    // Refuses, changing nothing, a database that holds a Kindred centre or any other program's tables,
    // views or sequences. Fails as ServerConnection::open fails when the server cannot be reached.
    static Result<void> requireEmpty(const ServerAddress& address);
    // Copies the open data file into the empty database at `target` (the password in it when one is needed).
    // Fails, with the database left as it was found, with what went wrong or which table's count differs.
    static Result<Outcome> copy(const Database& file, const ServerAddress& target, const Progress& progress = {});
    // Removes every table, view, sequence and function that Kindred's schema put into a database that was empty
    // before (after a failed copy or a failed `kindred init --server`), so that it is empty again. Best effort:
    // a failure leaves the schema as it was (one transaction).
    static void removeSchema(const QSqlDatabase& server);

private:
    static Result<void> requireEmpty(const QSqlDatabase& server);
};

} // namespace Kindred
