// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "DatabaseBackup.h"
#include "DatabaseFileProbe.h"
#include "MigrationRunner.h"
#include "StoreError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace Kindred {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kindred-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant pragma(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement) && query.next()) {
        return query.value(0);
    }
    return {};
}

Result<void> quickCheckVerdict(const QSqlDatabase& db, const QString& path, bool atOpen)
{
    const QString check = pragma(db, QStringLiteral("PRAGMA quick_check")).toString();
    if (check == QLatin1String("ok")) {
        return {};
    }
    const QString what = check.isEmpty() ? Database::tr("unreadable") : check;
    if (atOpen) {
        return Error {Database::tr("The file %1 is damaged (%2). It was not opened and nothing in it "
                                   "was changed. Restore the latest backup.")
                          .arg(path, what)};
    }
    return Error {Database::tr("The file %1 is damaged (%2). Stop recording in it, close Kindred and restore the "
                               "latest backup.")
                      .arg(path, what)};
}

// Opens the file read-only and checks that it is a healthy Kindred file this version understands,
// before anything is allowed to write to it.
Result<void> verifyExistingFile(const QString& path, const OpenOptions& options)
{
    const QString name = nextConnectionName();
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        Database::configureReadOnly(db, path, options.busyTimeoutMs);
        if (!db.open()) {
            verdict = Error {Database::tr("Kindred could not open %1: %2").arg(path, db.lastError().text())};
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
                verdict = StoreError::kindOf(query.lastError()) == StoreError::Kind::Busy
                    ? Error {Database::tr("The Kindred data file %1 is in use by another program and could not be "
                                          "opened. Close the other program and try again.")
                                 .arg(path)}
                    : Error {Database::tr("The file %1 is damaged and cannot be opened. Nothing was changed. "
                                          "Restore the latest backup.")
                                 .arg(path)};
            } else {
                // Read through SQLite rather than from the header: the newest page 1 may still be in the WAL.
                const int tables = query.value(0).toInt();
                const auto applicationId = quint32(pragma(db, QStringLiteral("PRAGMA application_id")).toInt());
                const int userVersion = pragma(db, QStringLiteral("PRAGMA user_version")).toInt();
                if ((applicationId == 0 && tables > 0)
                    || (applicationId != 0 && applicationId != Database::ApplicationId)) {
                    verdict = Error {Database::tr("The file %1 belongs to another program, not Kindred. It was not "
                                                  "opened and nothing in it was changed.")
                                         .arg(path)};
                } else if (userVersion > Database::latestSchemaVersion()) {
                    verdict = Error {Database::tr("The file %1 was saved by a newer version of Kindred. Install the "
                                                  "newer version to open it; nothing in it was changed.")
                                         .arg(path)};
                }
            }
            query.finish();
            const bool small = options.quickCheckMaxBytes < 0 || QFileInfo(path).size() <= options.quickCheckMaxBytes;
            if (verdict.ok() && options.quickCheck && small) {
                verdict = quickCheckVerdict(db, path, true);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<void> refuseByHeader(const QString& path, const DatabaseFileProbe& probe)
{
    using State = DatabaseFileProbe::State;
    switch (probe.state) {
    case State::IsDirectory:
        return Error {Database::tr("%1 is a folder, not a Kindred data file.").arg(path)};
    case State::Unreadable:
        return Error {Database::tr("Kindred is not allowed to read %1. Nothing was changed.").arg(path)};
    case State::NotSqlite:
        return Error {
            Database::tr("%1 is not a Kindred data file. It was not opened and nothing in it was changed.").arg(path)};
    case State::Truncated:
        return Error {Database::tr("The file %1 is incomplete (it is shorter than it should be), probably cut off "
                                   "while being copied. It was not opened. Restore the latest backup.")
                          .arg(path)};
    case State::Missing:
    case State::Empty:
    case State::Readable:
        break;
    }
    if (probe.state != State::Missing && !probe.writable) {
        return Error {Database::tr("The file %1 is read-only, so Kindred cannot record anything in it. Nothing was "
                                   "changed. Ask whoever looks after this computer to make it writable.")
                          .arg(path)};
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kindred.sqlite"));
}

int Database::latestSchemaVersion()
{
    return MigrationRunner::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return pragma(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

Result<void> Database::quickCheck() const
{
    return quickCheckVerdict(connection(), m_path, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const DatabaseFileProbe probe = DatabaseFileProbe::inspect(absolute);
    if (auto refused = refuseByHeader(absolute, probe); !refused) {
        return refused.error();
    }
    if (probe.state == DatabaseFileProbe::State::Missing) {
        if (!options.createIfMissing) {
            return Error {tr("There is no Kindred data file at %1.").arg(absolute)};
        }
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
            return Error {tr("Kindred could not create the folder for its data file, %1.")
                              .arg(QFileInfo(absolute).absolutePath())};
        }
    }
    if (probe.state == DatabaseFileProbe::State::Readable) {
        if (auto verified = verifyExistingFile(absolute, options); !verified) {
            return verified.error();
        }
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_options = options;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            return Error {tr("Kindred could not open %1: %2").arg(absolute, db.lastError().text())};
        }
    }
    if (auto configured = database->configure(options); !configured) {
        return configured.error();
    }

    MigrationRunner runner(database->connection());
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    const int current = database->schemaVersion();
    if (current < target && current > 0) {
        // Existing records are at stake: keep a verified copy before changing the schema.
        auto backup = DatabaseBackup::createBeside(*database, QStringLiteral("before-v%1").arg(target));
        if (!backup) {
            return Error {tr("Kindred needs to update the data file %1 but could not first make a safe copy of it: "
                             "%2 The file was not changed.")
                              .arg(absolute, backup.errorString())};
        }
        database->m_migrationBackup = backup.value();
    }
    if (auto migrated = runner.migrateTo(target); !migrated) {
        return migrated.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openForReading(const QString& path, const OpenOptions& options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    DatabaseFileProbe probe = DatabaseFileProbe::inspect(absolute);
    if (probe.state == DatabaseFileProbe::State::Missing || probe.state == DatabaseFileProbe::State::Empty) {
        return Error {tr("There is no Kindred data file at %1.").arg(absolute)};
    }
    probe.writable = true; // reading needs no write permission
    if (auto refused = refuseByHeader(absolute, probe); !refused) {
        return refused.error();
    }
    OpenOptions checks = options;
    checks.createIfMissing = false;
    if (auto verified = verifyExistingFile(absolute, checks); !verified) {
        return verified.error();
    }
    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_options = checks;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        const QFileInfo file(absolute);
        const bool anyoneMayWrite = file.isWritable() || QFileInfo(file.absolutePath()).isWritable();
        const QString connectOptions
            = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (anyoneMayWrite || QFileInfo::exists(absolute + QStringLiteral("-wal"))) {
            // Through the WAL like any reader: a desk may be writing at this moment.
            db.setDatabaseName(absolute);
            db.setConnectOptions(connectOptions);
        } else {
            // Nobody can write here (no WAL, file and folder read-only): SQLite could not create its
            // -shm, and immutable reads the file as it stands.
            QUrl uri = QUrl::fromLocalFile(absolute);
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(connectOptions + QStringLiteral(";QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            return Error {tr("Kindred could not open %1: %2").arg(absolute, db.lastError().text())};
        }
        const QStringList pragmas {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
            QStringLiteral("PRAGMA query_only = ON"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
            QStringLiteral("PRAGMA cache_size = -32000"),
        };
        for (const QString& statement : pragmas) {
            if (auto done = execStatement(db, statement); !done) {
                return done.error();
            }
        }
    }
    return database;
}

Result<void> Database::configure(const OpenOptions& options)
{
    const QSqlDatabase db = connection();
    // Pragmas are set explicitly on every connection: build defaults differ between distributions.
    const QStringList pragmas {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -32000"),
        // Deleted and overwritten content is zeroed, so that anonymised personal data is not left in free
        // pages of the file (Debian's SQLite does this by default, others do not).
        QStringLiteral("PRAGMA secure_delete = ON"),
    };
    for (const QString& statement : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            if (StoreError::kindOf(error) == StoreError::Kind::Busy) {
                return Error {tr("The Kindred data file %1 is locked by another program. Close it (or wait for it to "
                                 "finish) and try again; nothing was changed.")
                                  .arg(m_path)};
            }
            return StoreError::fromSql(error);
        }
    }
    if (pragma(db, QStringLiteral("PRAGMA journal_mode")).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive)
        != 0) {
        return Error {tr("Kindred could not switch %1 to its safe journal mode; it may be on a network share. Keep "
                         "the data file on this computer's own disk.")
                          .arg(m_path)};
    }
    // Take the write lock once: a file that another program holds locked, or that the system will not
    // let us write, is reported now rather than at the first check-in.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QSqlError error = probe.lastError();
        if (StoreError::kindOf(error) == StoreError::Kind::Busy) {
            return Error {tr("The Kindred data file %1 is locked by another program. Close it (or wait for it to "
                             "finish) and try again; nothing was changed.")
                              .arg(m_path)};
        }
        return StoreError::fromSql(error);
    }
    probe.exec(QStringLiteral("ROLLBACK"));
    return {};
}

void Database::configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs)
{
    const QString options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (QFileInfo(path + QStringLiteral("-wal")).exists()) {
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        return;
    }
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    db.setConnectOptions(options + QStringLiteral(";QSQLITE_OPEN_URI"));
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    OpenOptions options = m_options;
    options.quickCheck = false;
    options.createIfMissing = false;
    return open(m_path, options);
}

} // namespace Kindred
