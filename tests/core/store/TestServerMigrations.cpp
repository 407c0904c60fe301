// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/DataFile.h"
#include "centre/SettingsService.h"
#include "store/MigrationRunner.h"
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"
#include "store/ServerSchemaVersioning.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Kindred;

// The numbered migrations on the centre server (resources/migrations/postgresql), run by MigrationRunner
// through ServerSchemaVersioning, on the throw-away cluster of the CTest fixture kindred_server.
//
// Each test works in a database of its own, created from template0 with ENCODING UTF8 LOCALE C and dropped
// after it: what is tested is the upgrade itself (fresh, interrupted, concurrent), which a database cloned
// from an already migrated template would skip; a fresh database costs about 0.1 s on this cluster.
class TestServerMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void freshToLatest();
    void secondRunDoesNothing();
    void newerServerRefused();
    void brokenUpgradeRollsBack_data();
    void brokenUpgradeRollsBack();
    void wrongEncodingRefused_data();
    void wrongEncodingRefused();
    void anotherProgramsDatabaseRefused();
    void twoStationsUpgradeOnce();
    void auditLogAppendOnly();
    void schemaMatchesDataFile();

private:
    QSqlDatabase admin() const { return QSqlDatabase::database(AdminConnection, false); }
    void createDatabase(const QString& name, const QString& encoding = QStringLiteral("UTF8"));
    QSqlDatabase open(const QString& connectionName) const;
    static QVariant value(const QSqlDatabase& db, const QString& sql);
    static int tableCount(const QSqlDatabase& db);
    static int version(const QSqlDatabase& db);

    static inline const QString AdminConnection = QStringLiteral("admin");
    QString m_conninfo;
    QString m_database; // this test's
    QStringList m_connections; // opened by this test
    int m_count = 0;
};

namespace {

const QString Station = QStringLiteral("station");

// A copy of the server's compiled-in scripts in a folder of the test's own, to be broken on purpose.
bool copyScripts(const QString& folder)
{
    const QDir from(ServerSchemaVersioning::compiledScripts());
    const QStringList names = from.entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& name : names) {
        if (!QFile::copy(from.filePath(name), folder + QLatin1Char('/') + name)) {
            return false;
        }
    }
    return !names.isEmpty();
}

bool appendTo(const QString& path, const QString& sql)
{
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text)) {
        return false;
    }
    file.write(sql.toUtf8());
    return true;
}

} // namespace

void TestServerMigrations::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        QFAIL("Qt's PostgreSQL driver QPSQL is missing: install libqt6sql6-psql (packaging/install-deps.sh)");
    }
    m_conninfo = qEnvironmentVariable("KINDRED_TEST_SERVER");
    if (m_conninfo.isEmpty()) {
        QFAIL("KINDRED_TEST_SERVER is not set: run this test through ctest (fixture kindred_server)");
    }
    auto address = ServerAddress::parse(m_conninfo);
    QVERIFY2(address, qPrintable(address.errorString()));
    auto db = ServerConnection::open(address.value(), AdminConnection);
    QVERIFY2(db, qPrintable(db.errorString()));
}

void TestServerMigrations::init()
{
    m_database = QStringLiteral("kindred_migrations_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_count);
    createDatabase(m_database);
}

void TestServerMigrations::cleanup()
{
    for (const QString& name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
    QSqlQuery drop(admin());
    QVERIFY2(drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)),
             qPrintable(drop.lastError().text()));
}

void TestServerMigrations::cleanupTestCase()
{
    QSqlDatabase::database(AdminConnection, false).close();
    QSqlDatabase::removeDatabase(AdminConnection);
}

void TestServerMigrations::createDatabase(const QString& name, const QString& encoding)
{
    QSqlQuery query(admin());
    QSqlQuery(admin()).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    QVERIFY2(query.exec(
                 QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING '%2' LOCALE 'C'").arg(name, encoding)),
             qPrintable(query.lastError().text()));
}

QSqlDatabase TestServerMigrations::open(const QString& connectionName) const
{
    QString conninfo = m_conninfo;
    conninfo.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + m_database);
    auto address = ServerAddress::parse(conninfo);
    if (!address) {
        qWarning() << address.errorString();
        return {};
    }
    auto db = ServerConnection::open(address.value(), connectionName);
    if (!db) {
        qWarning() << db.errorString();
        return {};
    }
    const_cast<TestServerMigrations*>(this)->m_connections << connectionName;
    return db.value();
}

QVariant TestServerMigrations::value(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

int TestServerMigrations::tableCount(const QSqlDatabase& db)
{
    return value(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt();
}

int TestServerMigrations::version(const QSqlDatabase& db)
{
    if (!value(db, QStringLiteral("SELECT to_regclass('kindred_schema') IS NOT NULL")).toBool()) {
        return 0;
    }
    return value(db, QStringLiteral("SELECT version FROM kindred_schema WHERE id = 1")).toInt();
}

// Every script and both steps (008, 014) in one transaction; the numbers never handed out (012, 013) skipped.
void TestServerMigrations::freshToLatest()
{
    QSqlDatabase db = open(Station);
    QVERIFY(db.isOpen());
    MigrationRunner runner(db, DataFile::schema().migrationSteps);
    const int latest = runner.latestScriptVersion();
    QCOMPARE(latest, MigrationRunner::latestVersion());
    const QDir scripts(ServerSchemaVersioning::compiledScripts());
    QVERIFY(scripts.entryList({QStringLiteral("012_*"), QStringLiteral("013_*")}, QDir::Files).isEmpty());

    QElapsedTimer timer;
    timer.start();
    const auto migrated = runner.migrateTo(latest);
    const qint64 ms = timer.elapsed();
    QVERIFY2(migrated, qPrintable(migrated.errorString()));
    qInfo("server migration, fresh to schema %d: %lld ms", latest, ms);

    QCOMPARE(version(db), latest);
    QCOMPARE(value(db, QStringLiteral("SELECT application_id FROM kindred_schema")).toLongLong(),
             qint64(MigrationRunner::ApplicationId));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                .match(value(db, QStringLiteral("SELECT upgraded_at FROM kindred_schema")).toString())
                .hasMatch());
    QVERIFY(tableCount(db) > 20);
    // Step 8 saved the centre's zone; step 14's table is there.
    QSqlQuery zone(db);
    zone.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    zone.bindValue(QStringLiteral(":key"), SettingsService::CentreTimeZone);
    QVERIFY(zone.exec() && zone.next());
    QVERIFY(!zone.value(0).toString().isEmpty());
    QVERIFY(value(db, QStringLiteral("SELECT to_regclass('record_digests') IS NOT NULL")).toBool());
}

void TestServerMigrations::secondRunDoesNothing()
{
    QSqlDatabase db = open(Station);
    QVERIFY(MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion()));
    const QString upgradedAt = value(db, QStringLiteral("SELECT upgraded_at FROM kindred_schema")).toString();

    int steps = 0;
    const MigrationStep counting = [&steps](const QSqlDatabase&, bool) -> Result<void> {
        ++steps;
        return {};
    };
    MigrationRunner again(db, {{8, counting}, {14, counting}});
    const auto migrated = again.migrateTo(again.latestScriptVersion());
    QVERIFY2(migrated, qPrintable(migrated.errorString()));
    QCOMPARE(steps, 0);
    QCOMPARE(value(db, QStringLiteral("SELECT upgraded_at FROM kindred_schema")).toString(), upgradedAt);
    QCOMPARE(version(db), MigrationRunner::latestVersion());
}

void TestServerMigrations::newerServerRefused()
{
    QSqlDatabase db = open(Station);
    const int latest = MigrationRunner::latestVersion();
    QVERIFY(MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(latest));
    QSqlQuery(db).exec(QStringLiteral("UPDATE kindred_schema SET version = %1").arg(latest + 3));
    QCOMPARE(version(db), latest + 3);
    const int tables = tableCount(db);

    const auto migrated = MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(latest);
    QVERIFY(!migrated);
    QCOMPARE(migrated.errorString(),
             QStringLiteral("This centre server was upgraded by a newer Kindred (schema %1); this computer's Kindred "
                            "knows up to %2. Install the newer Kindred here.")
                 .arg(latest + 3)
                 .arg(latest));
    QCOMPARE(version(db), latest + 3);
    QCOMPARE(tableCount(db), tables);
}

void TestServerMigrations::brokenUpgradeRollsBack_data()
{
    QTest::addColumn<QString>("brokenScript"); // a script of the copy to append a failing statement to
    QTest::addColumn<int>("failingStep"); // 0: none
    QTest::addColumn<bool>("fromLatest"); // the database is at the latest version first, then upgraded once more

    QTest::newRow("the first script fails") << QStringLiteral("001_foundation.sql") << 0 << false;
    QTest::newRow("a middle script fails") << QStringLiteral("009_attendance_voids.sql") << 0 << false;
    QTest::newRow("the last script fails") << QStringLiteral("016_child_bookings.sql") << 0 << false;
    QTest::newRow("a step fails") << QString() << 14 << false;
    // The number after the latest, whatever that is when this runs (a fixed one is soon one already used).
    QTest::newRow("an upgrade of a migrated database fails")
        << QStringLiteral("%1_broken.sql").arg(MigrationRunner::latestVersion() + 1, 3, 10, QLatin1Char('0')) << 0
        << true;
}

void TestServerMigrations::brokenUpgradeRollsBack()
{
    QFETCH(QString, brokenScript);
    QFETCH(int, failingStep);
    QFETCH(bool, fromLatest);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(copyScripts(folder.path()));
    QSqlDatabase db = open(Station);
    auto steps = DataFile::schema().migrationSteps;
    if (fromLatest) {
        QVERIFY(MigrationRunner(db, steps).migrateTo(MigrationRunner::latestVersion()));
    }
    const int versionBefore = version(db);
    const int tablesBefore = tableCount(db);
    if (!brokenScript.isEmpty()) {
        // A table made first, so that a rollback that missed anything would leave it behind.
        QVERIFY(appendTo(folder.filePath(brokenScript),
                         QStringLiteral("\nCREATE TABLE left_behind (id BIGINT);\nSELECT no_such_column FROM "
                                        "settings;\n")));
    }
    if (failingStep != 0) {
        steps.insert(failingStep, [](const QSqlDatabase&, bool) -> Result<void> {
            return Error {QStringLiteral("the step failed")};
        });
    }

    MigrationRunner runner(db, steps, std::make_unique<ServerSchemaVersioning>(db, folder.path()));
    const auto migrated = runner.migrateTo(runner.latestScriptVersion());
    QVERIFY(!migrated);
    QVERIFY2(migrated.errorString().startsWith(
                 QStringLiteral("Kindred could not upgrade the centre server's database to schema ")),
             qPrintable(migrated.errorString()));
    QCOMPARE(version(db), versionBefore);
    QCOMPARE(tableCount(db), tablesBefore);
    QVERIFY(!value(db, QStringLiteral("SELECT to_regclass('left_behind') IS NOT NULL")).toBool());
    // Nothing is left locked or half begun: the real scripts still apply afterwards.
    const auto repaired
        = MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion());
    QVERIFY2(repaired, qPrintable(repaired.errorString()));
    QCOMPARE(version(db), MigrationRunner::latestVersion());
}

void TestServerMigrations::wrongEncodingRefused_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("LATIN1") << QStringLiteral("LATIN1");
    QTest::newRow("SQL_ASCII") << QStringLiteral("SQL_ASCII");
}

void TestServerMigrations::wrongEncodingRefused()
{
    QFETCH(QString, encoding);
    createDatabase(m_database, encoding);
    QSqlDatabase db = open(Station);
    QVERIFY(db.isOpen());
    const auto migrated
        = MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion());
    QVERIFY(!migrated);
    QVERIFY2(migrated.errorString().contains(QStringLiteral("uses the %1 encoding").arg(encoding)),
             qPrintable(migrated.errorString()));
    QVERIFY(migrated.errorString().contains(QStringLiteral("ENCODING 'UTF8' LOCALE 'C'")));
    QCOMPARE(tableCount(db), 0);
}

void TestServerMigrations::anotherProgramsDatabaseRefused()
{
    QSqlDatabase db = open(Station);
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id BIGINT)")));
    auto migrated = MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion());
    QVERIFY(!migrated);
    QVERIFY2(migrated.errorString().contains(QStringLiteral("tables that Kindred did not make")),
             qPrintable(migrated.errorString()));
    QCOMPARE(tableCount(db), 1);

    QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE invoices")));
    QVERIFY(MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion()));
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE kindred_schema SET application_id = 42")));
    migrated = MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion());
    QVERIFY(!migrated);
    QVERIFY2(migrated.errorString().contains(QStringLiteral("belongs to another program")),
             qPrintable(migrated.errorString()));
}

// Two stations start Kindred at once on a fresh server: one upgrades, the other waits on the advisory lock
// (seen in pg_stat_activity while the first is inside its upgrade), then finds the work done.
void TestServerMigrations::twoStationsUpgradeOnce()
{
    QAtomicInt step8;
    QAtomicInt step14;
    QAtomicInt sawWaiter;
    QString conninfo = m_conninfo;
    conninfo.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + m_database);
    const auto address = ServerAddress::parse(conninfo);
    QVERIFY(address);
    const auto steps = DataFile::schema().migrationSteps;

    auto station = [&](const QString& name, QString* error) {
        auto db = ServerConnection::open(address.value(), name);
        if (!db) {
            *error = db.errorString();
            return;
        }
        QMap<int, MigrationStep> counted = steps;
        counted.insert(8, [&, name](const QSqlDatabase& connection, bool upgrading) -> Result<void> {
            step8.ref();
            // Inside the upgrade, holding the lock: wait (at most 20 s) until the other station waits for it.
            QSqlQuery waiting(connection);
            for (int i = 0; i < 400; ++i) {
                if (waiting.exec(
                        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                       "AND wait_event_type = 'Lock' AND wait_event = 'advisory'"))
                    && waiting.next() && waiting.value(0).toInt() == 1) {
                    sawWaiter.storeRelaxed(1);
                    break;
                }
                QThread::msleep(50);
            }
            return steps.value(8)(connection, upgrading);
        });
        counted.insert(14, [&](const QSqlDatabase& connection, bool upgrading) -> Result<void> {
            step14.ref();
            return steps.value(14)(connection, upgrading);
        });
        {
            MigrationRunner runner(db.value(), counted);
            if (auto migrated = runner.migrateTo(runner.latestScriptVersion()); !migrated) {
                *error = migrated.errorString();
            }
        }
        db.value().close();
    };
    QString firstError;
    QString secondError;
    std::unique_ptr<QThread> first(QThread::create(station, QStringLiteral("station-1"), &firstError));
    std::unique_ptr<QThread> second(QThread::create(station, QStringLiteral("station-2"), &secondError));
    first->start();
    second->start();
    QVERIFY(first->wait(60000));
    QVERIFY(second->wait(60000));
    QSqlDatabase::removeDatabase(QStringLiteral("station-1"));
    QSqlDatabase::removeDatabase(QStringLiteral("station-2"));

    QCOMPARE(firstError, QString());
    QCOMPARE(secondError, QString());
    QCOMPARE(step8.loadRelaxed(), 1);
    QCOMPARE(step14.loadRelaxed(), 1);
    QCOMPARE(sawWaiter.loadRelaxed(), 1);
    QCOMPARE(version(open(Station)), MigrationRunner::latestVersion());
}

// The audit trail's triggers hold for the role Kindred connects with, once the scripts ran.
void TestServerMigrations::auditLogAppendOnly()
{
    QSqlDatabase db = open(Station);
    QVERIFY(MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion()));
    QSqlQuery insert(db);
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO audit_log (at_utc, action, entity, prev_hash, hash) "
                                        "VALUES ('2026-12-07T02:00:00.000Z', 'test', 'test', '0', 'h')")),
             qPrintable(insert.lastError().text()));
    for (const QString& change :
         {QStringLiteral("UPDATE audit_log SET reason = 'edited'"), QStringLiteral("DELETE FROM audit_log")}) {
        QSqlQuery query(db);
        QVERIFY2(!query.exec(change), qPrintable(change));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("the audit log is append-only")),
                 qPrintable(query.lastError().text()));
    }
    QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE reason = ''")).toInt(), 1);
}

// A data file made by Kindred and the server database migrated by the runner have the same layout
// (tests/store/compare-schemas.sh: tables, columns, keys, indexes, triggers, views; triggers tried on both).
void TestServerMigrations::schemaMatchesDataFile()
{
    const QString script = qEnvironmentVariable("KINDRED_COMPARE_SCHEMAS");
    QVERIFY2(QFile::exists(script),
             "KINDRED_COMPARE_SCHEMAS does not name tests/store/compare-schemas.sh (CTest sets it for this test)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("centre.kindred"));
    {
        auto opened = DataFile::open(file);
        QVERIFY2(opened, qPrintable(opened.errorString()));
    }
    QSqlDatabase db = open(Station);
    QVERIFY(MigrationRunner(db, DataFile::schema().migrationSteps).migrateTo(MigrationRunner::latestVersion()));

    QString conninfo = m_conninfo;
    conninfo.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + m_database);
    QProcess compare;
    compare.setProcessChannelMode(QProcess::MergedChannels);
    compare.start(QStringLiteral("bash"), {script, file, conninfo});
    QVERIFY(compare.waitForFinished(120000));
    const QByteArray output = compare.readAll();
    QVERIFY2(compare.exitStatus() == QProcess::NormalExit && compare.exitCode() == 0, output.constData());
}

QTEST_MAIN(TestServerMigrations)
#include "TestServerMigrations.moc"
