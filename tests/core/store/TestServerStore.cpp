// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "base/Clock.h"
#include "base/Translations.h"
#include "centre/DataFile.h"
#include "store/ReadCheck.h"
#include "store/ServerClock.h"
#include "store/ServerConnection.h"
#include "store/ServerSchemaVersioning.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

// The store layer on the centre server (a database of its own on the CTest fixture's throw-away cluster):
// what StoreDriver does differently there, the write lock two stations share, the server's clock and what
// its SQLSTATEs mean to the desk.
class TestServerStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndMigratesAnEmptyDatabase();
    void refusesAnEmptyDatabaseWhenNotCreating();
    void upgradeWaitsForOlderStations();
    void oneWriterAtATime();
    void flagsAreBoundAsNumbers();
    void dataVersionMovesWithAnotherConnectionsCommit();
    void instantsComeFromTheServersClock();
    void clockWarning_data();
    void clockWarning();
    void sqlStates_data();
    void sqlStates();

private:
    std::optional<ServerAddress> m_address;
};

namespace {

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

void TestServerStore::initTestCase()
{
    // English plurals ("1 station", "3 minutes") come from the English translation.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
}

void TestServerStore::init()
{
    auto created = TestStore::createServerDatabase();
    QVERIFY2(created.ok(), qPrintable(created.errorString() + created.error().detail));
    m_address = created.value();
}

void TestServerStore::cleanup()
{
    Clock::setSystemClockOffset(0);
    if (m_address) {
        TestStore::dropServerDatabase(*m_address);
        m_address.reset();
    }
}

void TestServerStore::opensAndMigratesAnEmptyDatabase()
{
    auto opened = DataFile::openServer(*m_address);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    Database& database = *opened.value();
    QVERIFY(database.isOnServer());
    QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(StoreDriver::of(database.connection()).kind(), StoreDriver::Kind::Server);
    QVERIFY(!database.path().contains(QLatin1String("password")));
    QVERIFY(database.quickCheck().ok());

    auto another = database.openAnotherConnection();
    QVERIFY2(another.ok(), qPrintable(another.errorString()));
    QVERIFY(another.value()->isOnServer());
    QCOMPARE(count(another.value()->connection(), QStringLiteral("SELECT count(*) FROM rooms")), 0);
}

void TestServerStore::refusesAnEmptyDatabaseWhenNotCreating()
{
    auto empty = TestStore::createServerDatabase(TestStore::Schema::None);
    QVERIFY(empty.ok());
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = DataFile::openServer(empty.value(), options);
    TestStore::dropServerDatabase(empty.value());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorString().contains(QLatin1String("holds no Kindred centre")), qPrintable(opened.errorString()));
}

void TestServerStore::upgradeWaitsForOlderStations()
{
    auto empty = TestStore::createServerDatabase(TestStore::Schema::None);
    QVERIFY(empty.ok());
    const auto drop = qScopeGuard([&empty] { TestStore::dropServerDatabase(empty.value()); });
    const int older = Database::latestSchemaVersion() - 1;
    {
        OpenOptions options;
        options.targetVersion = older;
        auto opened = DataFile::openServer(empty.value(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        // At `older`, or at the last script below it when that number was never handed out (a gap is skipped).
        QVERIFY(opened.value()->schemaVersion() > 0);
        QVERIFY(opened.value()->schemaVersion() <= older);
    }
    const QString oldStation = QStringLiteral("old-station");
    {
        auto connected = ServerConnection::open(
            empty.value().withDefault(QStringLiteral("application_name"), ServerSchemaVersioning::stationName(older)),
            oldStation);
        QVERIFY(connected.ok());
        auto refused = DataFile::openServer(empty.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QLatin1String("1 station with an older Kindred")),
                 qPrintable(refused.errorString()));
        connected.value().close();
    }
    QSqlDatabase::removeDatabase(oldStation);
    // Once the older station has closed, the upgrade runs.
    auto upgraded = DataFile::openServer(empty.value());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorString()));
    QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(ServerSchemaVersioning::schemaVersionOf(ServerSchemaVersioning::stationName(older)), older);
    QCOMPARE(ServerSchemaVersioning::schemaVersionOf(QStringLiteral("psql")), -1);
}

void TestServerStore::oneWriterAtATime()
{
    auto first = DataFile::openServer(*m_address);
    QVERIFY(first.ok());
    auto second = first.value()->openAnotherConnection();
    QVERIFY(second.ok());
    const QSqlDatabase a = first.value()->connection();
    const QSqlDatabase b = second.value()->connection();
    QVERIFY(WriteTransaction::setBusyTimeout(b, 200).ok());

    WriteTransaction holding(a, WriteTransaction::Actor::SigningIn);
    QVERIFY(holding.begin().ok());
    QElapsedTimer waited;
    waited.start();
    WriteTransaction waiting(b, WriteTransaction::Actor::SigningIn);
    const auto refused = waiting.begin();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Busy);
    QVERIFY2(waited.elapsed() >= 150, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(!waiting.isActive());
    QVERIFY(holding.commit().ok());

    // Once the first has committed, the second gets the lock at once.
    QVERIFY(waiting.begin().ok());
    waiting.rollback();
}

void TestServerStore::flagsAreBoundAsNumbers()
{
    auto opened = DataFile::openServer(*m_address);
    QVERIFY(opened.ok());
    const QSqlDatabase db = opened.value()->connection();
    QVERIFY(execStatement(db, QStringLiteral("CREATE TEMPORARY TABLE flags (flag BIGINT NOT NULL)")).ok());
    for (const bool flag : {true, false}) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO flags (flag) VALUES (:flag)"));
        insert.bindValue(QStringLiteral(":flag"), flag);
        const auto done = execQuery(insert);
        QVERIFY2(done.ok(), qPrintable(done.errorString()));
    }
    QCOMPARE(count(db, QStringLiteral("SELECT sum(flag) * 10 + count(*) FROM flags")), 12);
}

void TestServerStore::dataVersionMovesWithAnotherConnectionsCommit()
{
    auto first = DataFile::openServer(*m_address);
    QVERIFY(first.ok());
    auto second = first.value()->openAnotherConnection();
    QVERIFY(second.ok());
    const QSqlDatabase a = first.value()->connection();
    const auto before = StoreDriver::of(a).dataVersion(a);
    QVERIFY(before.ok());
    const QSqlDatabase b = second.value()->connection();
    QVERIFY(execStatement(b,
                          QStringLiteral("INSERT INTO rooms (name, min_age_months, max_age_months, capacity, "
                                         "children_per_staff) VALUES ('Wombats', 24, 60, 20, 10)"))
                .ok());
    const auto after = StoreDriver::of(a).dataVersion(a);
    QVERIFY(after.ok());
    QVERIFY(after.value() != before.value());
}

void TestServerStore::instantsComeFromTheServersClock()
{
    auto opened = DataFile::openServer(*m_address);
    QVERIFY(opened.ok());
    // The test cluster runs on this computer: one clock, so the measured offset is a round trip's error.
    QVERIFY2(qAbs(opened.value()->clockOffsetMs()) < 1000,
             qPrintable(QString::number(opened.value()->clockOffsetMs())));
    QCOMPARE(Clock::systemClockOffset(), opened.value()->clockOffsetMs());
    // A station whose clock is set ten minutes fast records the server's time all the same.
    Clock::setSystemClockOffset(0);
    const auto offset = ServerClock::measureOffset(opened.value()->connection());
    QVERIFY(offset.ok());
    Clock::setSystemClockOffset(offset.value() + 600000);
    const qint64 skew = Clock::currentDateTimeUtc().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(qAbs(skew - 600000) < 1000, qPrintable(QString::number(skew)));
}

void TestServerStore::clockWarning_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in step") << qint64(0) << QString();
    QTest::newRow("1 minute 59 behind") << qint64(119000) << QString();
    QTest::newRow("exactly 2 minutes ahead") << qint64(-120000) << QString();
    QTest::newRow("3 minutes behind") << qint64(180500) << QStringLiteral("3 minutes behind");
    QTest::newRow("10 minutes ahead") << qint64(-600000) << QStringLiteral("10 minutes ahead");
}

void TestServerStore::clockWarning()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, expected);
    const QString warning = ServerClock::warning(offsetMs);
    if (expected.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    } else {
        QVERIFY2(warning.contains(expected), qPrintable(warning));
    }
}

void TestServerStore::sqlStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    using K = StoreError::Kind;
    using C = Error::Code;
    // Dropped transactions and a lost connection are run again by WriteAttempts; a held lock is BusyRetry's.
    QTest::newRow("serialization failure") << QStringLiteral("40001") << int(K::Dropped) << int(C::Transient);
    QTest::newRow("deadlock") << QStringLiteral("40P01") << int(K::Dropped) << int(C::Transient);
    QTest::newRow("lock timeout") << QStringLiteral("55P03") << int(K::Busy) << int(C::Busy);
    QTest::newRow("connection failure") << QStringLiteral("08006") << int(K::Unreachable) << int(C::Transient);
    QTest::newRow("admin shutdown") << QStringLiteral("57P01") << int(K::Unreachable) << int(C::Transient);
    QTest::newRow("unique violation") << QStringLiteral("23505") << int(K::Constraint) << int(C::Other);
    QTest::newRow("trigger refusal") << QStringLiteral("P0001") << int(K::Constraint) << int(C::Other);
    QTest::newRow("read-only standby") << QStringLiteral("25006") << int(K::ReadOnly) << int(C::Other);
    QTest::newRow("not permitted") << QStringLiteral("42501") << int(K::ReadOnly) << int(C::Other);
    QTest::newRow("disk full") << QStringLiteral("53100") << int(K::Full) << int(C::Other);
    QTest::newRow("data corrupted") << QStringLiteral("XX001") << int(K::Corrupt) << int(C::Other);
    QTest::newRow("syntax error") << QStringLiteral("42601") << int(K::Other) << int(C::Other);
    // SQLite's codes are numbers of at most four digits: 5 is SQLITE_BUSY, 2067 a unique constraint.
    QTest::newRow("SQLite busy") << QStringLiteral("5") << int(K::Busy) << int(C::Busy);
    QTest::newRow("SQLite unique") << QStringLiteral("2067") << int(K::Constraint) << int(C::Other);
}

void TestServerStore::sqlStates()
{
    QFETCH(QString, state);
    QFETCH(int, kind);
    QFETCH(int, code);
    const QSqlError error(QStringLiteral("driver text"), QStringLiteral("database text"), QSqlError::StatementError,
                          state);
    QCOMPARE(int(StoreError::kindOf(error)), kind);
    QCOMPARE(StoreError::isFromServer(error), state.size() == 5);
    const Error described = StoreError::fromSql(error);
    QCOMPARE(int(described.code), code);
    // A read inside a write is run again for the same reasons.
    QCOMPARE(ReadCheck::error(error).code == Error::Code::Transient, code == int(Error::Code::Transient));
    if (state.size() == 5 && kind != int(StoreError::Kind::Other) && kind != int(StoreError::Kind::Constraint)) {
        QVERIFY2(described.message.contains(QLatin1String("server"))
                     || described.message.contains(QLatin1String("station")),
                 qPrintable(described.message));
    }
}

QTEST_MAIN(TestServerStore)
#include "TestServerStore.moc"
