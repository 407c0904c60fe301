// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Kindred {

struct OpenOptions
{
    // Milliseconds a writer waits for another station's write to finish before giving up.
    int busyTimeoutMs = 5000;
    // Create the file when it does not exist or is empty (the app's default file at first start, a demo,
    // `kindred init`); false for a file the user named, which is then refused when missing or empty.
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
    // The caller only reads (reports): a file this process may not write is not refused for that.
    bool forReading = false;
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

    // Points `db` at `path` (canonicalised) for reading, leaving nothing beside the file: through its WAL
    // on a read-only connection when a -wal exists or this process has the file open; on a connection
    // that only reads (and removes the -wal and -shm it makes on closing) when there is no WAL; immutable,
    // without locks, only when this process can write neither the file nor its folder and no -wal exists
    // (an auditor's read-only copy). The caller must only read.
    static void configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs);

    // A second connection to the same file, for another thread (each thread needs its own): a plain
    // SQLite connection with the same pragmas, with no look at the file from outside SQLite, no check
    // and no migration. Database::open() of a file that is already open in this process does the same.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    // The path with every symlink resolved (for a missing file, its folder's): SQLite keeps its -wal and
    // -shm beside the real file, so that is where Kindred looks for them.
    static QString canonicalPath(const QString& path);
    // True while a connection of this process has the file open. Nothing may then open the file, its
    // -wal or its -shm other than through SQLite: closing any descriptor of a file drops every POSIX lock
    // the process holds on it, and the next process to close the file deletes the live WAL.
    static bool isOpenInThisProcess(const QString& path);

private:
    Database(QString path, QString connectionName);
    Result<void> connect(const OpenOptions& options);
    Result<void> configure(const OpenOptions& options);

    QString m_path;
    // The key under which this connection is counted in the process's open files; empty until counted.
    QString m_canonicalPath;
    QString m_connectionName;
    QString m_migrationBackup;
    OpenOptions m_options;
};

} // namespace Kindred
