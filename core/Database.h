// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Kindred {

struct OpenOptions
{
    // Milliseconds a writer waits for another station's write to finish before giving up.
    int busyTimeoutMs = 5000;
    // Create the file when it does not exist (the app's default file); false for a file the user named.
    bool createIfMissing = true;
    // Run PRAGMA quick_check on open. It reads the whole file, so very large operators may turn it off
    // and rely on the check made before each backup.
    bool quickCheck = true;
    // Upgrade to this schema version at most (tests build older files); -1 means the latest.
    int targetVersion = -1;
    // quick_check at open only for files up to this size (-1: any size). quick_check reads every page:
    // a 100,000-child operator's file with years of attendance (gigabytes) takes seconds, far over the
    // 300 ms the desk may wait for the app to open. A bigger file opens at once and the app runs
    // quickCheck() on a second connection in the background (and integrity_check runs before every
    // backup); damage met before that comes back from each statement as the "damaged" message.
    // Last in the struct, so that positional initialisers written before it stay valid.
    qint64 quickCheckMaxBytes = 64 * 1024 * 1024;
};

// One open Kindred data file: one SQLite connection, used from the thread that opened it.
// Every connection gets WAL, foreign keys, a busy timeout and synchronous=FULL (a check-in shown as
// done is on disk). Opening refuses, with a message and without touching the file, anything that is
// not a Kindred file, a file from a newer Kindred, a damaged, read-only or locked file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr quint32 ApplicationId = 0x4b446e31; // "KDn1"

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options = {});
    // Opens the file for reading only (reports): no migration, no backup, no write lock, nothing created
    // but SQLite's own -wal/-shm beside a writable file. Works on an auditor's read-only copy, and while a
    // desk holds the write lock. Refuses, without changing anything, a missing or empty file, another
    // program's file, a file from a newer Kindred and (with options.quickCheck, up to
    // quickCheckMaxBytes) a damaged one. A file from an older Kindred opens: check schemaVersion().
    static Result<std::unique_ptr<Database>> openForReading(const QString& path, const OpenOptions& options = {});
    // The default file under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // PRAGMA quick_check on this connection: reads the whole file, so for a big file call it on a
    // connection of a background thread (openAnotherConnection()). Fails with the message a
    // receptionist sees for a damaged file.
    Result<void> quickCheck() const;
    // The verified copy taken before the last migration, or empty when none ran.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Points `db` at `path` for reading only, without creating -wal or -shm files beside it: a file
    // with no WAL of its own is opened immutable; one with a WAL is read through it.
    static void configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs);

    // A second connection to the same file, for another thread (each thread needs its own).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

private:
    Database(QString path, QString connectionName);
    Result<void> configure(const OpenOptions& options);

    QString m_path;
    QString m_connectionName;
    QString m_migrationBackup;
    OpenOptions m_options;
};

} // namespace Kindred
