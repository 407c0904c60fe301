// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerSchemaVersioning.h"

#include "store/ReadCheck.h"
#include "store/ServerGrants.h"
#include "store/SqlScript.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace Kindred {
namespace {

const auto EncodingSql = QStringLiteral(R"(
    SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database WHERE datname = current_database())");
const auto TableSql = QStringLiteral(R"(SELECT to_regclass(CAST(:name AS TEXT)) IS NOT NULL)");
const auto OtherTablesSql = QStringLiteral(R"(
    SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'kindred_schema')");
const auto StampSql = QStringLiteral(R"(SELECT application_id, version FROM kindred_schema WHERE id = 1)");
// Kindred's other connections to this database, with where they come from (empty: this computer's socket).
const auto OtherStationsSql = QStringLiteral(R"(
    SELECT application_name, coalesce(host(client_addr), '') FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name LIKE 'kindred s%')");
const auto LockSql = QStringLiteral(R"(SELECT pg_advisory_xact_lock(%1))");
// Made by the runner, not by a script: it must exist before the first script runs, and it tells the runner
// which scripts ran. upgraded_at is the server's clock, in the text form of every instant (001's choices).
const auto CreateSql = QStringLiteral(R"(
    CREATE TABLE IF NOT EXISTS kindred_schema (
        id BIGINT PRIMARY KEY CHECK (id = 1),
        application_id BIGINT NOT NULL,
        version BIGINT NOT NULL,
        upgraded_at TEXT NOT NULL,
        kindred_version TEXT NOT NULL
    ))");
const auto WriteSql = QStringLiteral(R"(
    INSERT INTO kindred_schema (id, application_id, version, upgraded_at, kindred_version)
    VALUES (1, :application, :version,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), :kindred)
    ON CONFLICT (id) DO UPDATE SET application_id = excluded.application_id, version = excluded.version,
        upgraded_at = excluded.upgraded_at, kindred_version = excluded.kindred_version)");

bool isC(const QString& locale)
{
    return locale == QLatin1String("C") || locale == QLatin1String("POSIX");
}

} // namespace

ServerSchemaVersioning::ServerSchemaVersioning(QSqlDatabase db, QString scriptFolder)
    : m_db(std::move(db))
    , m_scriptFolder(std::move(scriptFolder))
{ }

ServerSchemaVersioning::~ServerSchemaVersioning()
{
    rollbackUpgrade();
}

QString ServerSchemaVersioning::compiledScripts()
{
    return QStringLiteral(":/migrations/postgresql");
}

QStringList ServerSchemaVersioning::splitScript(const QString& script) const
{
    return splitServerSqlScript(script);
}

bool ServerSchemaVersioning::hasTable(const QString& name) const
{
    StoreQuery query(m_db);
    query.prepare(TableSql);
    query.bindValue(QStringLiteral(":name"), name);
    return query.exec() && query.next() && query.value(0).toBool();
}

Result<SchemaVersioning::Stamp> ServerSchemaVersioning::read() const
{
    if (!hasTable(QStringLiteral("kindred_schema"))) {
        return Stamp {};
    }
    StoreQuery query(m_db);
    if (!query.exec(StampSql)) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next()) {
        return query.lastError().isValid() ? Result<Stamp>(StoreError::fromSql(query.lastError())) : Stamp {};
    }
    return Stamp {query.value(0).toLongLong(), query.value(1).toInt()};
}

Result<void> ServerSchemaVersioning::checkEncoding() const
{
    StoreQuery query(m_db);
    if (!query.exec(EncodingSql) || !query.next()) {
        return StoreError::fromSql(query.lastError());
    }
    const QString encoding = query.value(0).toString();
    const QString collation = query.value(1).toString();
    if (encoding == QLatin1String("UTF8") && isC(collation) && isC(query.value(2).toString())) {
        return {};
    }
    return Error {tr("The database %1 on the centre server cannot hold Kindred's records as they are written: it "
                     "uses the %2 encoding and the %3 collation, and Kindred needs UTF8 and C. Nothing was changed. "
                     "Ask whoever looks after the server to create an empty database with CREATE DATABASE … "
                     "TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C', and connect Kindred to that one.")
                      .arg(m_db.databaseName(), encoding, collation)};
}

Result<void> ServerSchemaVersioning::accept(const Stamp& stamp, int latestVersion) const
{
    if (auto checked = checkEncoding(); !checked) {
        return checked;
    }
    if (stamp.version == 0 && stamp.applicationId == 0) {
        StoreQuery query(m_db);
        if (!query.exec(OtherTablesSql) || !query.next()) {
            return StoreError::fromSql(query.lastError());
        }
        if (query.value(0).toLongLong() > 0) {
            return Error {tr("The database %1 on the centre server already holds tables that Kindred did not make. "
                             "Nothing was changed. Connect Kindred to an empty database, or to its own.")
                              .arg(m_db.databaseName())};
        }
        return {};
    }
    if (stamp.applicationId != ApplicationId) {
        return Error {tr("The database %1 on the centre server belongs to another program, not to Kindred. Nothing "
                         "was changed. Check the server address.")
                          .arg(m_db.databaseName())};
    }
    if (stamp.version > latestVersion) {
        return Error {tr("This centre server was upgraded by a newer Kindred (schema %1); this computer's Kindred "
                         "knows up to %2. Install the newer Kindred here.")
                          .arg(stamp.version)
                          .arg(latestVersion)};
    }
    return {};
}

QString ServerSchemaVersioning::stationName(int schemaVersion)
{
    const QString name = QStringLiteral("kindred s%1").arg(schemaVersion);
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

int ServerSchemaVersioning::schemaVersionOf(const QString& applicationName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^kindred s(\d+)(?: |$))"));
    const QRegularExpressionMatch match = pattern.match(applicationName);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Result<void> ServerSchemaVersioning::beginUpgrade(int targetVersion)
{
    // A station's role may not change the schema (ServerGrants): say who may, before trying.
    if (auto allowed = ServerGrants::checkMayUpgrade(m_db, targetVersion); !allowed) {
        return allowed;
    }
    if (auto begun = execStatement(m_db, QStringLiteral("BEGIN")); !begun) {
        return begun;
    }
    m_active = true;
    // Taken first, so that the table below is made by one station only; a waiting station then re-reads
    // the version and finds the work done. Released by COMMIT or ROLLBACK.
    for (const QString& statement : {LockSql.arg(UpgradeLockKey), CreateSql}) {
        if (auto done = execStatement(m_db, statement); !done) {
            rollbackUpgrade();
            return done;
        }
    }
    // Only when this station has the upgrade to do: another may have done it while this one waited.
    const auto stamp = read();
    if (!stamp) {
        rollbackUpgrade();
        return stamp.error();
    }
    if (stamp.value().version < targetVersion) {
        if (auto none = noOlderStations(targetVersion); !none) {
            rollbackUpgrade();
            return none;
        }
    }
    return {};
}

Result<void> ServerSchemaVersioning::noOlderStations(int targetVersion) const
{
    // An older Kindred still connected would go on writing as its schema was: the upgrade waits for it to close.
    StoreQuery query(m_db);
    if (auto done = execRead(query, OtherStationsSql); !done) {
        return done;
    }
    QStringList older;
    while (query.next()) {
        const int version = schemaVersionOf(query.value(0).toString());
        if (version >= 0 && version < targetVersion) {
            const QString where = query.value(1).toString();
            older << (where.isEmpty() ? tr("this computer") : where);
        }
    }
    if (auto done = readComplete(query); !done) {
        return done;
    }
    if (older.isEmpty()) {
        return {};
    }
    older.removeDuplicates();
    return Error {tr("Kindred cannot update the centre server while %n station(s) with an older Kindred are "
                     "connected to it (%1). Close Kindred there, or update it, then start Kindred here again.",
                     nullptr, int(older.size()))
                      .arg(older.join(QStringLiteral(", ")))};
}

Result<void> ServerSchemaVersioning::write(int version)
{
    StoreQuery query(m_db);
    query.prepare(WriteSql);
    query.bindValue(QStringLiteral(":application"), qint64(ApplicationId));
    query.bindValue(QStringLiteral(":version"), version);
    query.bindValue(QStringLiteral(":kindred"), sqlText(QCoreApplication::applicationVersion()));
    if (auto written = execQuery(query); !written) {
        return written;
    }
    m_upgraded = true;
    return {};
}

Result<void> ServerSchemaVersioning::commitUpgrade()
{
    // What the stations' role may do, for the tables as this upgrade left them (only when it changed them:
    // a station that waited and found the work done is not the owner that may grant).
    if (m_upgraded) {
        if (auto granted = ServerGrants::apply(m_db); !granted) {
            rollbackUpgrade();
            return granted;
        }
        m_upgraded = false;
    }
    auto committed = execStatement(m_db, QStringLiteral("COMMIT"));
    if (!committed) {
        rollbackUpgrade();
        return committed;
    }
    m_active = false;
    return committed;
}

void ServerSchemaVersioning::rollbackUpgrade()
{
    if (m_active) {
        (void)execStatement(m_db, QStringLiteral("ROLLBACK"));
        m_active = false;
    }
    m_upgraded = false;
}

Error ServerSchemaVersioning::updateFailed(int version, const QString& detail) const
{
    return Error {tr("Kindred could not upgrade the centre server's database to schema %1 (%2). Nothing was "
                     "changed: every station keeps working with the schema it had.")
                      .arg(version)
                      .arg(detail)};
}

Error ServerSchemaVersioning::stepMissing(int version) const
{
    return Error {tr("This copy of Kindred cannot upgrade the centre server's database to schema %1: the part of the "
                     "upgrade that is not SQL is missing. Nothing was changed.")
                      .arg(version)};
}

} // namespace Kindred
