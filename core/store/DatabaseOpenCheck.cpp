// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseOpenCheck.h"

#include "store/DatabaseFileProbe.h"
#include "store/FilePrivacy.h"
#include "store/FileSystemKind.h"
#include "store/MigrationRunner.h"
#include "store/OpenFiles.h"
#include "store/SchemaCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

namespace Kindred {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kindred-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Under this much free space a disk counts as full: SQLite needs room for the -shm (32 KiB) and the WAL.
constexpr qint64 NearlyFullBytes = 1024 * 1024;

QVariant pragma(const QSqlDatabase& db, const QString& statement)
{
    StoreQuery query(db);
    if (query.exec(statement) && query.next()) {
        return query.value(0);
    }
    return {};
}

Error withDetail(Error error, const QSqlError& sqlError)
{
    error.detail = sqlError.text();
    return error;
}

QString damagedAtOpen(const QString& path)
{
    return DatabaseOpenCheck::tr(
               "The file %1 is damaged and cannot be opened. Nothing was changed. Restore the latest backup.")
        .arg(path);
}

// Reads the main file alone, ignoring the -wal beside it. Used only before the first connection of the
// process: an immutable handle takes no locks, and closing it would drop ours.
bool mainFileAloneIsHealthy(const QString& canonical)
{
    const QString name = nextConnectionName();
    bool healthy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl uri = QUrl::fromLocalFile(canonical);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            healthy = pragma(db, QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok")
                && quint32(pragma(db, QStringLiteral("PRAGMA application_id")).toInt())
                    == MigrationRunner::ApplicationId;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return healthy;
}

// A read through the -wal failed; if the main file alone is healthy, the -wal is what does not fit
// (typically left from another copy of the file, after a backup was copied over it).
Error diagnoseDamage(const QString& path, const QString& canonical, Error damaged)
{
    const QString wal = canonical + QStringLiteral("-wal");
    if (QFileInfo(wal).size() <= 0 || !mainFileAloneIsHealthy(canonical)) {
        return damaged;
    }
    Error leftover {
        DatabaseOpenCheck::tr("The file %1 cannot be read together with the file %2 beside it, which does not fit "
                              "it: it was probably left from another copy of the data file (for example when an "
                              "older copy was put in its place). Nothing was changed. Make sure no Kindred is "
                              "using the file, move %2 and %3 to another folder (keep them for support), and "
                              "open the file again.")
            .arg(path, wal, canonical + QStringLiteral("-shm"))};
    leftover.detail = damaged.detail;
    return leftover;
}

// Opens the file read-only and checks that it is a healthy Kindred file this version understands,
// before anything is allowed to write to it. Only before the first connection of the process.
Result<void> verifyExistingFile(const QString& path, const QString& canonical, const OpenOptions& options)
{
    const QString name = nextConnectionName();
    Result<void> verdict;
    bool damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        OpenFiles::configureReadOnly(db, canonical, options.busyTimeoutMs);
        if (!db.open()) {
            verdict = DatabaseOpenCheck::failure(path, db.lastError());
        } else {
            StoreQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
                verdict = DatabaseOpenCheck::failure(path, query.lastError());
                damaged = StoreError::kindOf(query.lastError()) == StoreError::Kind::Corrupt;
            } else {
                // Read through SQLite rather than from the header: the newest page 1 may still be in the WAL.
                const int tables = query.value(0).toInt();
                const auto applicationId = quint32(pragma(db, QStringLiteral("PRAGMA application_id")).toInt());
                const int userVersion = pragma(db, QStringLiteral("PRAGMA user_version")).toInt();
                query.finish();
                if ((applicationId == 0 && tables > 0)
                    || (applicationId != 0 && applicationId != MigrationRunner::ApplicationId)) {
                    verdict = Error {
                        DatabaseOpenCheck::tr("The file %1 belongs to another program, not Kindred. It was not "
                                              "opened and nothing in it was changed.")
                            .arg(path)};
                } else if (userVersion > MigrationRunner::latestVersion()) {
                    verdict = Error {
                        DatabaseOpenCheck::tr("The file %1 was saved by a newer version of Kindred. Install the "
                                              "newer version to open it; nothing in it was changed.")
                            .arg(path)};
                } else if (userVersion > 0) {
                    // A file that lost a table or a trigger would open as if healthy and fail at every check-in.
                    verdict = SchemaCheck::verify(db, userVersion);
                }
            }
            query.finish();
            const bool small
                = options.quickCheckMaxBytes < 0 || QFileInfo(canonical).size() <= options.quickCheckMaxBytes;
            if (verdict.ok() && options.quickCheck && small) {
                verdict = DatabaseOpenCheck::quickCheck(db, path, true, &damaged);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (damaged) {
        // The read-only handle is closed: the main file may now be read alone.
        return diagnoseDamage(path, canonical, verdict.error());
    }
    return verdict;
}

Result<void> refuseByHeader(const QString& path, const DatabaseFileProbe& probe, const OpenOptions& options)
{
    using State = DatabaseFileProbe::State;
    switch (probe.state) {
    case State::IsDirectory:
        return Error {DatabaseOpenCheck::tr("%1 is a folder, not a Kindred data file.").arg(path)};
    case State::Unreadable:
        return Error {DatabaseOpenCheck::tr("Kindred is not allowed to read %1. Nothing was changed.").arg(path)};
    case State::NotSqlite:
        return Error {
            DatabaseOpenCheck::tr("%1 is not a Kindred data file. It was not opened and nothing in it was changed.")
                .arg(path)};
    case State::Truncated:
        return Error {
            DatabaseOpenCheck::tr("The file %1 is incomplete (it is shorter than it should be), probably cut off "
                                  "while being copied. It was not opened. Restore the latest backup.")
                .arg(path)};
    case State::Empty:
        // Zero bytes is not a centre with nothing in it: it is no data file at all (a copy that never
        // happened, a file emptied by another program). Only a caller that creates files may fill it.
        if (!options.createIfMissing) {
            return Error {
                DatabaseOpenCheck::tr("There is no Kindred data file at %1: the file there is empty. Nothing was "
                                      "changed. Choose the Kindred data file, or ask whoever looks after this "
                                      "computer where it is.")
                    .arg(path)};
        }
        break;
    case State::Missing:
    case State::Readable:
        break;
    }
    if (probe.state != State::Missing && !probe.writable && !options.forReading) {
        return Error {
            DatabaseOpenCheck::tr("The file %1 is read-only, so Kindred cannot record anything in it. Nothing was "
                                  "changed. Ask whoever looks after this computer to make it writable.")
                .arg(path)};
    }
    return {};
}

} // namespace

// Only SQLite's own "corrupt" (a consistent read under its locks that found nonsense) is called damage.
Error DatabaseOpenCheck::failure(const QString& path, const QSqlError& error)
{
    const QString canonical = OpenFiles::canonicalPath(path);
    const QString wal = canonical + QStringLiteral("-wal");
    StoreError::Kind kind = StoreError::kindOf(error);
    if (kind == StoreError::Kind::IoError || kind == StoreError::Kind::CantOpen) {
        // A full disk rarely says so at open: SQLite cannot create or grow the -shm beside the file and
        // reports a disk I/O error (SQLITE_IOERR_SHMSIZE). The free space says what happened.
        const QStorageInfo volume(QFileInfo(canonical).absolutePath());
        if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < NearlyFullBytes) {
            kind = StoreError::Kind::Full;
        }
    }
    switch (kind) {
    case StoreError::Kind::Busy:
        return withDetail(
            Error {DatabaseOpenCheck::tr("The Kindred data file %1 is locked by another program. Close it (or "
                                         "wait for it to finish) and try again; nothing was changed.")
                       .arg(path)},
            error);
    case StoreError::Kind::Full:
        return withDetail(
            Error {DatabaseOpenCheck::tr("The disk that holds %1 is full, so Kindred cannot open the file. The "
                                         "file itself is fine and nothing was changed. Free some space on that "
                                         "disk and try again.")
                       .arg(path)},
            error);
    case StoreError::Kind::ReadOnly:
        return withDetail(
            Error {DatabaseOpenCheck::tr("The file %1 or its folder is read-only, so Kindred cannot use it. "
                                         "Nothing was changed. Ask whoever looks after this computer to make "
                                         "both writable.")
                       .arg(path)},
            error);
    case StoreError::Kind::CantOpen:
        return withDetail(
            Error {DatabaseOpenCheck::tr("Kindred is not allowed to open %1, or to create %2 beside it. "
                                         "Nothing was changed. Ask whoever looks after this computer to check "
                                         "the permissions of the file and its folder.")
                       .arg(path, wal)},
            error);
    case StoreError::Kind::IoError:
        return withDetail(
            Error {DatabaseOpenCheck::tr("The disk reported an error while Kindred was reading %1. Nothing was "
                                         "changed. Check that the disk is connected and working, then try "
                                         "again.")
                       .arg(path)},
            error);
    case StoreError::Kind::Corrupt:
        return withDetail(Error {damagedAtOpen(path)}, error);
    case StoreError::Kind::Constraint:
    case StoreError::Kind::Unreachable: // the server's only
    case StoreError::Kind::Dropped: // the server's only
    case StoreError::Kind::Other:
        break;
    }
    return withDetail(Error {DatabaseOpenCheck::tr("Kindred could not open %1.").arg(path)}, error);
}

Result<void> DatabaseOpenCheck::quickCheck(const QSqlDatabase& db, const QString& path, bool atOpen, bool* damage)
{
    StoreQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        const QSqlError error = query.lastError();
        if (StoreError::kindOf(error) != StoreError::Kind::Corrupt) {
            return failure(path, error);
        }
    }
    const QString check = query.value(0).toString();
    if (check == QLatin1String("ok")) {
        return {};
    }
    Error damaged {
        atOpen ? DatabaseOpenCheck::tr("The file %1 is damaged. It was not opened and nothing in it was changed. "
                                       "Restore the latest backup.")
                     .arg(path)
               : DatabaseOpenCheck::tr("The file %1 is damaged. Stop recording in it, close Kindred and restore the "
                                       "latest backup.")
                     .arg(path)};
    damaged.detail = check.isEmpty() ? query.lastError().text() : check;
    if (damage) {
        *damage = true;
    }
    return damaged;
}

Result<void> DatabaseOpenCheck::beforeFirstConnection(const QString& path, const QString& canonical,
                                                      const OpenOptions& options)
{
    // Before anything is read or made: SQLite's WAL cannot protect a file on a network share.
    if (auto local = FileSystemKind::refuseNetworkDataFile(canonical, path); !local) {
        return local;
    }
    const DatabaseFileProbe probe = DatabaseFileProbe::inspect(canonical);
    if (auto refused = refuseByHeader(path, probe, options); !refused) {
        return refused;
    }
    const QString folder = QFileInfo(canonical).absolutePath();
    if (probe.state == DatabaseFileProbe::State::Missing) {
        if (!options.createIfMissing) {
            return Error {DatabaseOpenCheck::tr("There is no Kindred data file at %1.").arg(path)};
        }
        // Folders made here are private (0700), and so is the file: SQLite gives its -wal and -shm the
        // mode of the main file, which it would otherwise create readable by every account (0644).
        if (!FilePrivacy::createFolder(folder)) {
            return Error {DatabaseOpenCheck::tr("Kindred could not create the folder for its data file, %1.")
                              .arg(QFileInfo(path).absolutePath())};
        }
        if (!FilePrivacy::createEmptyFile(canonical)) {
            return Error {DatabaseOpenCheck::tr("Kindred could not create its data file %1.").arg(path)};
        }
    }
    if (folder == OpenFiles::canonicalPath(QFileInfo(OpenFiles::defaultPath()).absolutePath())) {
        // Kindred's own folder (made 0755 by older versions) is private; a folder the user chose is theirs.
        FilePrivacy::makeFolderPrivate(folder);
    }
    if (probe.state == DatabaseFileProbe::State::Readable) {
        return verifyExistingFile(path, canonical, options);
    }
    return {};
}

} // namespace Kindred
