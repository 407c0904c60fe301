// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/MigrationRunner.h"
#include "store/OpenOptions.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Kindred {

// One open Kindred store, used from the thread that opened it: a data file (one SQLite connection) or a
// database on the centre server (one PostgreSQL connection, openServer()). The services run the same SQL on
// both; what differs is asked of StoreDriver and StoreSchema.
// Every file connection gets WAL, foreign keys, a busy timeout and synchronous=FULL (a check-in shown as
// done is on disk). Opening refuses, with a message and without touching the file, anything that is
// not a Kindred file, a file from a newer Kindred, a damaged, read-only or locked file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr quint32 ApplicationId = MigrationRunner::ApplicationId;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when options allow) and migrates the file, after a verified backup when it held
    // records. The domains open data files through centre/DataFile::open, which hands in their migration
    // steps and content check (OpenOptions::schema).
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    // Opens the file for reading only (reports): no migration, no backup, no write lock, nothing created
    // but SQLite's own -wal/-shm beside a writable file. Works on an auditor's read-only copy, and while a
    // desk holds the write lock. Refuses, without changing anything, a missing or empty file, another
    // program's file, a file from a newer Kindred and (with options.quickCheck, up to
    // quickCheckMaxBytes) a damaged one. A file from an older Kindred opens: check schemaVersion().
    static Result<std::unique_ptr<Database>> openForReading(const QString& path, const OpenOptions& options = {});
    // Connects to the database named in `address` on the centre server and upgrades its schema (creating it in
    // an empty database when options allow), in one transaction that only one station runs while the others
    // wait (ServerSchemaVersioning). Refuses, with a message and changing nothing, a server that cannot be
    // reached or refuses Kindred, another program's database, one of a newer Kindred, and one that cannot
    // hold Kindred's text. The password, when the address has one, stays in memory for further connections.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& address, const OpenOptions& options = {});
    // The default file under QStandardPaths::AppDataLocation (OpenFiles::defaultPath).
    static QString defaultPath();
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    // The data file's absolute path; on the server, its address without the password (displayText()).
    QString path() const { return m_path; }
    // Where the centre server is, when this store is one.
    const std::optional<ServerAddress>& serverAddress() const { return m_server; }
    bool isOnServer() const { return m_server.has_value(); }
    // On the server: the server's clock minus this station's when the store was opened (ServerClock), which
    // Clock now adds to the system clock; 0 for a data file.
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    int schemaVersion() const;
    // PRAGMA quick_check on this connection: reads the whole file, so for a big file call it on a
    // connection of a background thread (openAnotherConnection()). Fails with the message a
    // receptionist sees for a damaged file. On the server: ok (the server checks its own storage).
    Result<void> quickCheck() const;
    // What the domains above the store handed in when the file was opened (OpenOptions::schema).
    const SchemaExtensions& schema() const { return m_options.schema; }
    // The verified copy taken before the last migration, or empty when none ran.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // OpenFiles::configureReadOnly.
    static void configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs);

    // A second connection to the same file, for another thread (each thread needs its own): a plain
    // SQLite connection with the same pragmas, with no look at the file from outside SQLite, no check
    // and no migration. Database::open() of a file that is already open in this process does the same.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    // OpenFiles::canonicalPath and OpenFiles::isOpen.
    static QString canonicalPath(const QString& path);
    static bool isOpenInThisProcess(const QString& path);

private:
    Database(QString path, QString connectionName);
    Result<void> connect(const OpenOptions& options);
    Result<void> configure(const OpenOptions& options);
    Result<void> connectToServer(const OpenOptions& options);

    QString m_path;
    // The key under which this connection is counted in the process's open files; empty until counted.
    QString m_canonicalPath;
    QString m_connectionName;
    QString m_migrationBackup;
    OpenOptions m_options;
    std::optional<ServerAddress> m_server;
    qint64 m_clockOffsetMs = 0;
};

} // namespace Kindred
