// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupSchedule.h"
#include "base/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTime>

class QThread;
class QTimer;

namespace Kindred {

class Database;
class Session;

// One of Kindred's own backups in the backup folder, told by its name:
// "<data file's name>-backup-<yyyyMMdd-HHmmss>Z.kindred" (the instant in UTC).
struct BackupFile
{
    QString path;
    QDateTime madeUtc;
};

// The scheduled daily backup (BackupSchedule says when) while Kindred runs: on a thread of its own, over
// a connection of its own, into the backup folder the centre chose (BackupSettings), keeping the newest
// BackupSchedule::DefaultKeep verified copies. Only files named the way Kindred names its backups of this
// data file are ever deleted.
class BackupService : public QObject
{
    Q_OBJECT

public:
    explicit BackupService(Database& database, QObject* parent = nullptr);
    // Waits for a backup under way to finish: it holds a connection to the data file.
    ~BackupService() override;

    // The folder on file (BackupSettings), or the default one.
    // Fails when the setting cannot be read.
    static Result<QString> folder(const Database& database);

    static QString fileNameFor(const QString& databasePath, const QDateTime& madeUtc);
    // This data file's backups in `folder`, newest first.
    static QList<BackupFile> list(const QString& folder, const QString& databasePath);
    // This store's: on a centre server its pg_dump archives, "<database>-backup-<yyyyMMdd-HHmmss>Z.dump".
    static QList<BackupFile> listFor(const Database& database, const QString& folder);
    // Where backups go when the centre chose no folder: beside the data file; for a centre server, this
    // computer's data folder (…/server-backups).
    static QString defaultFolder(const Database& database);
    // Deletes all but the newest `keep` backups of this data file in `folder`, and copies left half made by a
    // backup that was interrupted more than a day ago. Fails naming a file it could not delete.
    static Result<void> rotate(const QString& folder, const QString& databasePath, int keep);
    // One backup now, on the calling thread and `database`'s connection: a verified copy named
    // fileNameFor(now) in `folder` (created when it is the default folder), then rotate(); on a centre server
    // a pg_dump archive (ServerDump) instead. Returns its path.
    static Result<QString> backUpInto(const Database& database, const QString& folder,
                                      int keep = BackupSchedule::DefaultKeep);

    // The backup a person at the desk asked for, into the file they chose (which must not exist): a copy holds
    // every family's data, so it needs ManageSettings. Fails with the refusal or DatabaseBackup::create's
    // reason.
    static Result<void> backUpTo(const Database& database, const Session& session, const QString& target);
    // *Back up now* on a centre server: a pg_dump archive in the backup folder (no file to choose: the archive
    // is not a data file to open), with ManageSettings. Returns its path; fails with the refusal, the folder
    // setting's read error or ServerDump's reason (a server newer than pg_dump named as such).
    static Result<QString> backUpServer(const Database& database, const Session& session);

    // Looks at the folder now and at the schedule every minute from a minute from now.
    void start();
    // Runs the backup when it is due (and none is under way).
    void checkSchedule();
    // Starts a backup on the background thread now, due or not; false when one is under way. When the
    // folder setting cannot be read, reports that through backupFinished() at once.
    bool backUpNow();
    bool isRunning() const { return m_thread != nullptr; }

    // The newest backup in the folder (invalid: none), as last looked at.
    QDateTime lastBackupUtc() const { return m_lastBackupUtc; }
    // Looks at the folder again (after its setting changed).
    void refresh();

signals:
    void backupStarted();
    // `message` is the new backup's path when `ok`, otherwise why there is none.
    void backupFinished(bool ok, const QString& message);
    void lastBackupChanged(const QDateTime& madeUtc);

private:
    void finished(const Result<QString>& result);

    Database& m_database;
    QTimer* m_timer;
    QThread* m_thread = nullptr;
    QDateTime m_lastBackupUtc;
    QDateTime m_lastFailureUtc;
};

} // namespace Kindred
