// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "base/DiagnosticLog.h"
#include "store/BackupCopy.h"
#include "store/DatabaseOpenCheck.h"
#include "store/OpenFiles.h"
#include "store/ServerClock.h"
#include "store/ServerConnection.h"
#include "store/ServerSchemaVersioning.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/StoreSchema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace Kindred {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kindred-%1").arg(counter.fetchAndAddRelaxed(1));
}

QVariant pragma(const QSqlDatabase& db, const QString& statement)
{
    StoreQuery query(db);
    if (query.exec(statement) && query.next()) {
        return query.value(0);
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
    if (!m_canonicalPath.isEmpty()) {
        OpenFiles& files = OpenFiles::instance();
        const QMutexLocker locker(&files.mutex);
        if (--files.connections[m_canonicalPath] <= 0) {
            files.connections.remove(m_canonicalPath);
        }
    }
}

QString Database::defaultPath()
{
    return OpenFiles::defaultPath();
}

void Database::configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs)
{
    OpenFiles::configureReadOnly(db, path, busyTimeoutMs);
}

QString Database::canonicalPath(const QString& path)
{
    return OpenFiles::canonicalPath(path);
}

bool Database::isOpenInThisProcess(const QString& path)
{
    return OpenFiles::isOpen(path);
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
    if (m_server) {
        const auto stamp = StoreSchema::versioning(connection())->read();
        return stamp ? stamp.value().version : 0;
    }
    return pragma(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

Result<void> Database::quickCheck() const
{
    if (m_server) {
        return {};
    }
    return DatabaseOpenCheck::quickCheck(connection(), m_path, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    DiagnosticLog::OpenTrace trace(absolute);
    QString canonical = canonicalPath(absolute);
    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_options = options;
    bool first = false;
    {
        OpenFiles& files = OpenFiles::instance();
        const QMutexLocker locker(&files.mutex);
        first = !files.connections.contains(canonical);
        if (first) {
            if (auto checked = DatabaseOpenCheck::beforeFirstConnection(absolute, canonical, options); !checked) {
                return checked.error();
            }
            canonical = canonicalPath(absolute); // its folder may have been created just now
        }
        ++files.connections[canonical];
        database->m_canonicalPath = canonical;
    }
    if (auto connected = database->connect(options); !connected) {
        return connected.error();
    }
    if (!first) {
        // Another connection of this process opened, checked and migrated the file.
        trace.opened(database->schemaVersion());
        return database;
    }

    MigrationRunner runner(database->connection(), options.schema.migrationSteps);
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    const int current = database->schemaVersion();
    if (current < target && current > 0) {
        // Existing records are at stake: keep a verified copy before changing the schema.
        auto backup = BackupCopy::createBeside(database->connection(), database->path(),
                                               QStringLiteral("before-v%1").arg(target), options.schema.contentCheck);
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
    trace.opened(database->schemaVersion());
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& address, const OpenOptions& options)
{
    std::unique_ptr<Database> database(new Database(address.displayText(), nextConnectionName()));
    database->m_options = options;
    database->m_server = address;
    if (auto connected = database->connectToServer(options); !connected) {
        return connected.error();
    }
    // From here on every instant this station records is the server's time (ServerClock).
    const auto offset = ServerClock::synchronise(database->connection());
    if (!offset) {
        return offset.error();
    }
    database->m_clockOffsetMs = offset.value();
    const int current = database->schemaVersion();
    if (current == 0 && !options.createIfMissing) {
        return Error {tr("The centre server's database %1 holds no Kindred centre yet. Make one there with "
                         "\"kindred init --server\", or move a data file there with \"kindred migrate\".")
                          .arg(address.databaseName())};
    }
    // No copy is taken before an upgrade: the server upgrades in one transaction, all or nothing, and is
    // backed up by the server's own means.
    MigrationRunner runner(database->connection(), options.schema.migrationSteps);
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (auto migrated = runner.migrateTo(target); !migrated) {
        return migrated.error();
    }
    return database;
}

Result<void> Database::connectToServer(const OpenOptions& options)
{
    // The station's schema version travels with each connection, so that an upgrade waits for older stations.
    const ServerAddress address = m_server->withDefault(QStringLiteral("application_name"),
                                                        ServerSchemaVersioning::stationName(latestSchemaVersion()));
    auto opened = ServerConnection::open(address, m_connectionName);
    if (!opened) {
        return opened.error();
    }
    return StoreDriver::of(opened.value()).setLockWait(opened.value(), options.busyTimeoutMs);
}

Result<void> Database::connect(const OpenOptions& options)
{
    if (m_server) {
        return connectToServer(options);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_canonicalPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            return DatabaseOpenCheck::failure(m_path, db.lastError());
        }
    }
    return configure(options);
}

Result<std::unique_ptr<Database>> Database::openForReading(const QString& path, const OpenOptions& options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString canonical = canonicalPath(absolute);
    OpenOptions checks = options;
    checks.createIfMissing = false;
    checks.forReading = true;
    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName()));
    database->m_options = checks;
    {
        // The same rule as open(): the checks from outside SQLite only before the process's first connection.
        OpenFiles& files = OpenFiles::instance();
        const QMutexLocker locker(&files.mutex);
        if (!files.connections.contains(canonical)) {
            if (auto checked = DatabaseOpenCheck::beforeFirstConnection(absolute, canonical, checks); !checked) {
                return checked.error();
            }
        }
        ++files.connections[canonical];
        database->m_canonicalPath = canonical;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        configureReadOnly(db, canonical, checks.busyTimeoutMs);
        if (!db.open()) {
            return DatabaseOpenCheck::failure(absolute, db.lastError());
        }
        const QStringList pragmas {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(checks.busyTimeoutMs),
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
        StoreQuery query(db);
        if (!query.exec(statement)) {
            return DatabaseOpenCheck::failure(m_path, query.lastError());
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
    StoreQuery probe(db);
    if (!probe.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return DatabaseOpenCheck::failure(m_path, probe.lastError());
    }
    probe.exec(QStringLiteral("ROLLBACK"));
    return {};
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    OpenOptions options = m_options;
    options.quickCheck = false;
    options.createIfMissing = false;
    std::unique_ptr<Database> database(new Database(m_path, nextConnectionName()));
    database->m_options = options;
    database->m_server = m_server;
    if (m_server) {
        if (auto connected = database->connectToServer(options); !connected) {
            return connected.error();
        }
        return database;
    }
    {
        OpenFiles& files = OpenFiles::instance();
        const QMutexLocker locker(&files.mutex);
        ++files.connections[m_canonicalPath];
        database->m_canonicalPath = m_canonicalPath;
    }
    if (auto connected = database->connect(options); !connected) {
        return connected.error();
    }
    return database;
}

} // namespace Kindred
