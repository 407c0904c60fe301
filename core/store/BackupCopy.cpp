// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BackupCopy.h"

#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "store/MigrationRunner.h"
#include "store/SchemaCheck.h"
#include "store/SqliteHandle.h"
#include "store/StoreQuery.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace Kindred {
namespace {

QString pragmaText(const QSqlDatabase& db, const QString& statement)
{
    StoreQuery query(db);
    return query.exec(statement) && query.next() ? query.value(0).toString() : QString();
}

// Ends a reason with a full stop unless it has one (a check's own message may be whole sentences).
QString asSentence(const QString& reason)
{
    return reason.endsWith(QLatin1Char('.')) ? reason : reason + QLatin1Char('.');
}

// The side files SQLite may leave beside a database file.
void removeWithSideFiles(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

Result<void> syncFile(const QString& path)
{
    // Opening and closing the copy with open() is safe: no SQLite connection of this process has it open,
    // so no POSIX lock is dropped by the close (the live data file is never opened this way).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return Error {BackupCopy::tr("The backup %1 could not be reopened to save it to disk.").arg(path)};
    }
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced) {
        return Error {error == ENOSPC
                          ? BackupCopy::tr("The disk is full, so the backup %1 could not be saved.").arg(path)
                          : BackupCopy::tr("The backup %1 could not be saved to disk (%2).")
                                .arg(path, QString::fromLocal8Bit(strerror(error)))};
    }
    return {};
}

// Copies every page of `source` into the new, empty file `partial`; returns the size the copy must have.
Result<qint64> copyPages(sqlite3* source, const QString& partial)
{
    sqlite3* destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        // No rollback journal beside the copy (a failed copy is deleted whole), and no syncs until the
        // copy is complete: it is synced once, before the rename.
        rc = sqlite3_exec(destination, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr,
                          nullptr);
    }
    qint64 expectedBytes = 0;
    if (rc == SQLITE_OK) {
        rc = SQLITE_ERROR;
        if (sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main")) {
            rc = sqlite3_backup_step(backup, -1);
            expectedBytes = qint64(sqlite3_backup_pagecount(backup));
            sqlite3_backup_finish(backup);
        }
        if (rc == SQLITE_DONE) {
            rc = sqlite3_errcode(destination);
        }
    }
    if (rc == SQLITE_OK || rc == SQLITE_DONE) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(destination, "PRAGMA page_size", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            expectedBytes *= sqlite3_column_int64(statement, 0);
        }
        sqlite3_finalize(statement);
    }
    // Closed before anything else looks at the copy: an open connection would keep its side files.
    if (sqlite3_close(destination) != SQLITE_OK) {
        sqlite3_close_v2(destination);
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        return Error {
            rc == SQLITE_FULL
                ? BackupCopy::tr("The disk is full, so the backup could not be written.")
                : BackupCopy::tr("Writing the backup failed (%1).").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return expectedBytes;
}

Result<void> writeCopy(const QSqlDatabase& live, const QString& target, bool checkCopy,
                       const ContentCheck& contentCheck)
{
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        return Error {
            BackupCopy::tr("A file named %1 already exists; the backup was not written over it.").arg(target)};
    }
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return Error {BackupCopy::tr("The backup folder %1 does not exist or cannot be reached.").arg(folder)};
    }
    sqlite3* source = sqliteHandle(live);
    if (!source) {
        return Error {BackupCopy::tr("The data file is not open, so no backup could be made.")};
    }
    // A temporary name in the target folder (hidden, so that nobody takes it for a backup), renamed into
    // place only once the copy is complete, checked and on disk.
    const QString partial = QDir(folder).filePath(QStringLiteral(".%1.partial").arg(info.fileName()));
    removeWithSideFiles(partial); // left by a backup interrupted before it could clean up
    // Created here with mode 0600, so the copy is never readable by others, not even for a moment.
    const int fd = ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        return Error {error == ENOSPC
                          ? BackupCopy::tr("The disk is full, so no backup could be written in %1.").arg(folder)
                          : BackupCopy::tr("Kindred may not write in the backup folder %1 (%2).")
                                .arg(folder, QString::fromLocal8Bit(strerror(error)))};
    }
    ::close(fd);

    auto failed = [&partial](const Error& error) -> Result<void> {
        removeWithSideFiles(partial);
        return error;
    };
    auto expectedBytes = copyPages(source, partial);
    if (!expectedBytes) {
        return failed(expectedBytes.error());
    }
    if (BackupCopy::afterCopyForTesting) {
        BackupCopy::afterCopyForTesting(partial);
    }
    if (QFileInfo(partial).size() != expectedBytes.value()) {
        return failed(Error {BackupCopy::tr("The backup came out incomplete (%1 bytes instead of %2); the disk "
                                            "may be full. No backup was made.")
                                 .arg(QFileInfo(partial).size())
                                 .arg(expectedBytes.value())});
    }
    if (checkCopy) {
        if (auto verified = BackupCopy::verify(partial, contentCheck); !verified) {
            return failed(Error {
                BackupCopy::tr("The copy failed its check, so no backup was made: %1").arg(verified.errorString())});
        }
    }
    if (auto synced = syncFile(partial); !synced) {
        return failed(synced.error());
    }
    if (QFileInfo::exists(target)) {
        return failed(Error {BackupCopy::tr("A file named %1 appeared meanwhile; the backup was not written "
                                            "over it.")
                                 .arg(target)});
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        return failed(Error {BackupCopy::tr("The backup could not be given its name %1 (%2).")
                                 .arg(target, QString::fromLocal8Bit(strerror(errno)))});
    }
    // Without this the rename may still be only in memory: after a power cut the backup reported as made
    // would not be there.
    if (auto synced = BackupCopy::syncFolder(folder); !synced) {
        removeWithSideFiles(target);
        return synced;
    }
    return {};
}

} // namespace

Result<void> BackupCopy::create(const QSqlDatabase& live, const QString& target, const ContentCheck& contentCheck)
{
    // The data file first: a damaged file would give a damaged copy, and the message must say that it is
    // the data file that is damaged, not the copy.
    if (auto healthy = check(live, contentCheck); !healthy) {
        DiagnosticLog::error(QStringLiteral("backup"),
                             QStringLiteral("refused, the data file failed its check: %1").arg(healthy.errorString()));
        return Error {tr("The data file itself is damaged, so no backup was made: a copy would be damaged too. Keep "
                         "the backups you already have, and call for support before recording more. What is wrong: %1")
                          .arg(asSentence(healthy.errorString()))};
    }
    auto written = writeCopy(live, target, true, contentCheck);
    if (written) {
        DiagnosticLog::info(QStringLiteral("backup"), QStringLiteral("made and verified: %1").arg(target));
    } else {
        DiagnosticLog::error(QStringLiteral("backup"),
                             QStringLiteral("failed, %1: %2").arg(target, written.errorString()));
    }
    return written;
}

Result<QString> BackupCopy::createBeside(const QSqlDatabase& live, const QString& dataPath, const QString& label,
                                         const ContentCheck& contentCheck)
{
    const QString stamp = Clock::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3.bak").arg(dataPath, label, stamp);
    for (int n = 2; QFile::exists(target); ++n) {
        target = QStringLiteral("%1.%2-%3-%4.bak").arg(dataPath, label, stamp).arg(n);
    }
    if (auto created = create(live, target, contentCheck); !created) {
        return created.error();
    }
    return target;
}

Result<void> BackupCopy::copyAsIs(const QSqlDatabase& live, const QString& target)
{
    return writeCopy(live, target, false, {});
}

Result<void> BackupCopy::check(const QSqlDatabase& db, const ContentCheck& contentCheck)
{
    const auto applicationId = quint32(pragmaText(db, QStringLiteral("PRAGMA application_id")).toLongLong());
    const int version = pragmaText(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (applicationId != MigrationRunner::ApplicationId) {
        return Error {tr("it is not a Kindred data file")};
    }
    if (version < 1) {
        return Error {tr("it holds no Kindred data")};
    }
    if (version > MigrationRunner::latestVersion()) {
        return Error {tr("it was saved by a newer version of Kindred")};
    }
    StoreQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        return Error {tr("it cannot be read: %1").arg(query.lastError().text())};
    }
    if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok")) {
        return Error {tr("its integrity check failed: %1").arg(verdict)};
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return Error {tr("it cannot be read: %1").arg(query.lastError().text())};
    }
    if (query.next()) {
        return Error {tr("it has records that point at missing records (in %1)").arg(query.value(0).toString())};
    }
    query.finish();
    if (auto schema = SchemaCheck::verify(db, version); !schema) {
        return Error {tr("its schema is not what a Kindred file must hold: %1").arg(schema.errorString())};
    }
    return contentCheck ? contentCheck(db, version) : Result<void>();
}

Result<void> BackupCopy::verify(const QString& path, const ContentCheck& contentCheck)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("kindred-verify-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<void> verdict;
    {
        // Immutable: the file is a backup nobody writes, and nothing (no -wal, no -shm) is created beside it.
        // A file with a WAL of its own is not a finished backup (it was opened as a data file since).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            verdict = Error {tr("The backup %1 has been opened as a data file since it was made (there is a %2 "
                                "beside it); it cannot be used as a backup as it is.")
                                 .arg(path, QFileInfo(path + QStringLiteral("-wal")).fileName())};
        } else if (!QFileInfo(path).isFile() || !db.open()) {
            verdict = Error {tr("The backup %1 cannot be opened.").arg(path)};
        } else {
            // A file chosen by someone is not trusted: its schema may not run functions of its own.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
            if (auto checked = check(db, contentCheck); !checked) {
                verdict = Error {tr("The backup %1 is not usable: %2").arg(path, asSentence(checked.errorString()))};
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<void> BackupCopy::syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return Error {tr("The backup folder %1 could not be opened to save the backup to disk (%2).")
                          .arg(folder, QString::fromLocal8Bit(strerror(errno)))};
    }
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    // Some network file systems cannot sync a folder and say so; the server commits the rename itself.
    if (!synced && error != EINVAL && error != ENOTSUP) {
        return Error {tr("The backup folder %1 could not be saved to disk (%2).")
                          .arg(folder, QString::fromLocal8Bit(strerror(error)))};
    }
    return {};
}

} // namespace Kindred
