// SPDX-License-Identifier: GPL-3.0-or-later
#include "Services.h"
#include "TestCentre.h"
#include "TestStore.h"
#include "audit/AuditLog.h"
#include "base/Station.h"
#include "base/Translations.h"
#include "centre/DataFile.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

// Who may do what on the centre server (ServerGrants): the stations' role (kindred_test_station, a member of
// kindred_station) runs the desk and appends to the audit trail, but cannot rewrite, empty or unprotect it,
// nor change the schema; its owner (kindred_test) upgrades. Tried on the test cluster, not read off the GRANTs.
// And every audit entry names its station, inside its hash from schema 17 on, while the entries written
// before still verify.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stationRunsTheDesk();
    void stationCannotRewriteTheTrail_data();
    void stationCannotRewriteTheTrail();
    void chainStillVerifies();
    void stationCannotUpgrade();
    void olderEntriesVerifyAfterTheUpgrade();

private:
    std::optional<ServerAddress> m_address;
};

namespace {

const auto StationConnection = QStringLiteral("station-by-hand");

// A connection of its own, removed again at the end of the scope (queries on it must end first).
struct Connection
{
    explicit Connection(const ServerAddress& address, const QString& name)
        : name(name)
    {
        const auto opened = ServerConnection::open(address, name);
        ok = opened.ok();
        error = ok ? QString() : opened.errorString();
    }
    ~Connection()
    {
        if (ok) {
            QSqlDatabase::database(name, false).close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QString name;
    bool ok = false;
    QString error;
};

// The station of the newest audit entry (of those of `action`, when given).
QString lastStation(const QSqlDatabase& db, const QString& action = {})
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT coalesce(station, '(none)') FROM audit_log WHERE :any = 1 OR action = :action "
                                 "ORDER BY id DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":any"), action.isEmpty() ? 1 : 0);
    query.bindValue(QStringLiteral(":action"), action);
    return query.exec() && query.next() ? query.value(0).toString()
                                        : QStringLiteral("(unread: %1)").arg(query.lastError().text());
}

} // namespace

void TestServerRoles::initTestCase()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    auto created = TestStore::createServerDatabase();
    QVERIFY2(created.ok(), qPrintable(created.errorString() + created.error().detail));
    m_address = created.value();
}

void TestServerRoles::cleanupTestCase()
{
    if (m_address) {
        TestStore::dropServerDatabase(*m_address);
    }
}

void TestServerRoles::stationRunsTheDesk()
{
    Station::setCurrentForTesting(QStringLiteral("frontdesk#roles"));
    const auto restore = qScopeGuard([] { Station::setCurrentForTesting(QString()); });
    auto opened = DataFile::openServer(TestStore::asStation(*m_address));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString() + opened.error().detail));
    Services services(std::move(opened).value(), std::make_unique<Session>(SystemActorKind::Demo));
    Family family = TestCentre::sampleFamily(QStringLiteral("Nakamura"));
    const auto saved = services.families().save(family);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString() + saved.error().detail));
    QCOMPARE(lastStation(services.database().connection()), QStringLiteral("frontdesk#roles"));
    QVERIFY(AuditLog::verifyChain(services.database().connection()).ok());
}

void TestServerRoles::stationCannotRewriteTheTrail_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("refusal");

    const QString denied = QStringLiteral("permission denied");
    const QString owner = QStringLiteral("must be owner");
    QTest::newRow("UPDATE an entry's action")
        << QStringLiteral("UPDATE audit_log SET action = 'family.nothing'") << denied;
    QTest::newRow("UPDATE an entry's station")
        << QStringLiteral("UPDATE audit_log SET station = 'elsewhere'") << denied;
    QTest::newRow("UPDATE an entry's hash") << QStringLiteral("UPDATE audit_log SET hash = '0'") << denied;
    QTest::newRow("UPDATE the details other than to redact")
        << QStringLiteral("UPDATE audit_log SET details = '{}'") << QStringLiteral("the audit log is append-only");
    QTest::newRow("DELETE entries") << QStringLiteral("DELETE FROM audit_log") << denied;
    QTest::newRow("TRUNCATE the trail") << QStringLiteral("TRUNCATE audit_log") << denied;
    QTest::newRow("DROP its trigger") << QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log") << owner;
    QTest::newRow("disable its triggers") << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL") << owner;
    QTest::newRow("DROP the trail") << QStringLiteral("DROP TABLE audit_log CASCADE") << owner;
    QTest::newRow("DELETE the head") << QStringLiteral("DELETE FROM audit_head") << denied;
    QTest::newRow("TRUNCATE the head") << QStringLiteral("TRUNCATE audit_head") << denied;
    QTest::newRow("DROP the head's trigger")
        << QStringLiteral("DROP TRIGGER audit_head_no_delete ON audit_head") << owner;
    QTest::newRow("change the schema's stamp") << QStringLiteral("UPDATE kindred_schema SET version = 99") << denied;
    QTest::newRow("make a table") << QStringLiteral("CREATE TABLE audit_copy (id BIGINT)") << denied;
    QTest::newRow("replace the refusing function")
        << QStringLiteral("CREATE OR REPLACE FUNCTION kindred_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                          "$$ BEGIN RETURN NEW; END $$")
        << denied;
    QTest::newRow("become the owner") << QStringLiteral("SET ROLE kindred_test") << denied;
}

void TestServerRoles::stationCannotRewriteTheTrail()
{
    QFETCH(QString, statement);
    QFETCH(QString, refusal);

    const Connection station(TestStore::asStation(*m_address), StationConnection);
    QVERIFY2(station.ok, qPrintable(station.error));
    QSqlQuery query(station.db());
    QVERIFY2(!query.exec(statement), qPrintable(statement));
    QVERIFY2(query.lastError().databaseText().contains(refusal), qPrintable(query.lastError().databaseText()));
}

void TestServerRoles::chainStillVerifies()
{
    const Connection owner(*m_address, QStringLiteral("owner"));
    QVERIFY2(owner.ok, qPrintable(owner.error));
    const auto verified = AuditLog::verifyChain(owner.db());
    QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
    QSqlQuery query(owner.db());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'family.create'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestServerRoles::stationCannotUpgrade()
{
    auto empty = TestStore::createServerDatabase(TestStore::Schema::None);
    QVERIFY(empty.ok());
    const auto drop = qScopeGuard([&empty] { TestStore::dropServerDatabase(empty.value()); });
    auto opened = DataFile::openServer(TestStore::asStation(empty.value()));
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorString().contains(QLatin1String("only its owner (the database role kindred_test)")),
             qPrintable(opened.errorString()));
    QVERIFY2(opened.errorString().contains(QLatin1String("kindred_test_station")), qPrintable(opened.errorString()));
    // The owner can.
    auto byOwner = DataFile::openServer(empty.value());
    QVERIFY2(byOwner.ok(), qPrintable(byOwner.errorString()));
}

void TestServerRoles::olderEntriesVerifyAfterTheUpgrade()
{
    auto empty = TestStore::createServerDatabase(TestStore::Schema::None);
    QVERIFY(empty.ok());
    const auto drop = qScopeGuard([&empty] { TestStore::dropServerDatabase(empty.value()); });
    const int beforeStations = 16;
    QVERIFY(Database::latestSchemaVersion() > beforeStations);
    {
        OpenOptions options;
        options.targetVersion = beforeStations;
        auto opened = DataFile::openServer(empty.value(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        const QSqlDatabase db = opened.value()->connection();
        QVERIFY(!AuditLog::hasStations(db));
        WriteTransaction transaction(db);
        QVERIFY(transaction.begin().ok());
        for (int i = 0; i < 3; ++i) {
            AuditEntry entry;
            entry.action = QStringLiteral("settings.update");
            entry.entity = QStringLiteral("settings");
            entry.details = QJsonObject {{QStringLiteral("step"), i}};
            QVERIFY(AuditLog::append(db, entry).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    auto upgraded = DataFile::openServer(empty.value());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString()));
    const QSqlDatabase db = upgraded.value()->connection();
    QVERIFY(AuditLog::hasStations(db));
    // The entries written before schema 17 keep no station (the upgrade's own entries, schema 19's, have one).
    QCOMPARE(lastStation(db, QStringLiteral("settings.update")), QStringLiteral("(none)"));
    auto verified = AuditLog::verifyChain(db);
    QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.begin().ok());
        AuditEntry entry;
        entry.action = QStringLiteral("settings.update");
        entry.entity = QStringLiteral("settings");
        QVERIFY(AuditLog::append(db, entry).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(lastStation(db), Station::current());
    verified = AuditLog::verifyChain(db);
    QVERIFY2(verified.ok(), qPrintable(verified.errorString()));

    // The station is sealed: the owner, who may take the trigger off, still cannot move an entry to another
    // station unseen.
    QVERIFY(execStatement(db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")).ok());
    QVERIFY(execStatement(db,
                          QStringLiteral("UPDATE audit_log SET station = 'office#elsewhere' WHERE id = "
                                         "(SELECT max(id) FROM audit_log)"))
                .ok());
    QVERIFY(execStatement(db, QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")).ok());
    QSqlQuery newest(db);
    QVERIFY(newest.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && newest.next());
    const QString entry = QStringLiteral("changed outside Kindred at entry %1").arg(newest.value(0).toLongLong());
    newest.finish();
    verified = AuditLog::verifyChain(db);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.errorString().contains(entry), qPrintable(verified.errorString()));
}

QTEST_MAIN(TestServerRoles)
#include "TestServerRoles.moc"
