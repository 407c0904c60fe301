// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Kindred;

// Opening the centre server through Qt's QPSQL driver, on the throw-away cluster of the CTest fixture
// kindred_server (tests/support/server-cluster.sh), whose address CTest passes in KINDRED_TEST_SERVER.
class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void serverIsPostgreSql15();
    void uriWithSocketFolderReachesTheServer();
    void connectOptionsReachTheServer();
    void failuresAreReadable_data();
    void failuresAreReadable();

private:
    QString m_conninfo;
    ServerAddress address(const QString& conninfo) const;
};

namespace {

const QString Connection = QStringLiteral("test-server");

QVariant firstValue(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

} // namespace

void TestServerConnection::initTestCase()
{
    // Missing packages are failures, never skips: CI installs them (packaging/install-deps.sh).
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        QFAIL("Qt's PostgreSQL driver QPSQL is missing: install libqt6sql6-psql (packaging/install-deps.sh)");
    }
    m_conninfo = qEnvironmentVariable("KINDRED_TEST_SERVER");
    if (m_conninfo.isEmpty()) {
        QFAIL("KINDRED_TEST_SERVER is not set: run this test through ctest, whose fixture kindred_server starts "
              "a PostgreSQL 15 cluster (install postgresql-15 with packaging/install-deps.sh)");
    }
}

void TestServerConnection::cleanup()
{
    // A test that failed half-way leaves its connection open.
    QSqlDatabase::removeDatabase(Connection);
}

ServerAddress TestServerConnection::address(const QString& conninfo) const
{
    Result<ServerAddress> parsed = ServerAddress::parse(conninfo);
    if (!parsed.ok()) {
        qFatal("the test's own server address %s is refused: %s", qPrintable(conninfo),
               qPrintable(parsed.errorString()));
    }
    return parsed.value();
}

void TestServerConnection::serverIsPostgreSql15()
{
    {
        const Result<QSqlDatabase> db = ServerConnection::open(address(m_conninfo), Connection);
        QVERIFY2(
            db.ok(),
            qPrintable(db.errorString() + QStringLiteral(" (") + db.error().detail
                       + QStringLiteral("); the fixture ServerClusterStart starts the server: install postgresql-15")));
        const QString version = firstValue(db.value(), QStringLiteral("SELECT version()")).toString();
        QVERIFY2(version.startsWith(QLatin1String("PostgreSQL 15.")), qPrintable(version));
        QCOMPARE(firstValue(db.value(), QStringLiteral("SELECT current_database()")).toString(),
                 QStringLiteral("kindred_test"));
        QCOMPARE(firstValue(db.value(), QStringLiteral("SELECT current_user")).toString(),
                 QStringLiteral("kindred_test"));
    }
    QSqlDatabase::removeDatabase(Connection);
}

void TestServerConnection::uriWithSocketFolderReachesTheServer()
{
    // The form the issue gives for a Unix socket, which QPSQL alone would not read.
    const ServerAddress fixture = address(m_conninfo);
    // One arg() call: the escaped folder is full of "%2F", which a second arg() would fill in.
    const QString uri
        = QStringLiteral("postgresql:///kindred_test?host=%1&port=%2&user=kindred_test")
              .arg(QString::fromUtf8(QUrl::toPercentEncoding(fixture.host())), QString::number(fixture.port()));
    {
        const Result<QSqlDatabase> db = ServerConnection::open(address(uri), Connection);
        QVERIFY2(db.ok(), qPrintable(db.errorString() + QStringLiteral(" / ") + db.error().detail));
        // Over the socket: the server has no network address for this connection.
        QCOMPARE(firstValue(db.value(), QStringLiteral("SELECT inet_server_addr() IS NULL")).toBool(), true);
        QCOMPARE(firstValue(db.value(), QStringLiteral("SELECT current_database()")).toString(),
                 QStringLiteral("kindred_test"));
    }
    QSqlDatabase::removeDatabase(Connection);
}

void TestServerConnection::connectOptionsReachTheServer()
{
    {
        const Result<QSqlDatabase> db = ServerConnection::open(
            address(m_conninfo + QStringLiteral(" application_name='front desk 1' sslmode=disable")), Connection);
        QVERIFY2(db.ok(), qPrintable(db.errorString() + QStringLiteral(" / ") + db.error().detail));
        QCOMPARE(firstValue(db.value(), QStringLiteral("SELECT current_setting('application_name')")).toString(),
                 QStringLiteral("front desk 1"));
    }
    QSqlDatabase::removeDatabase(Connection);
    {
        // Without one, the server sees Kindred's name.
        const Result<QSqlDatabase> db = ServerConnection::open(address(m_conninfo), Connection);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
        QCOMPARE(firstValue(db.value(), QStringLiteral("SELECT current_setting('application_name')")).toString(),
                 QStringLiteral("kindred"));
    }
    QSqlDatabase::removeDatabase(Connection);
}

void TestServerConnection::failuresAreReadable_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong port") << QStringLiteral(" port=1")
                                << QStringLiteral("The centre server cannot be reached at ");
    QTest::newRow("a socket folder with no server")
        << QStringLiteral(" host=/nonexistent/kindred")
        << QStringLiteral("The centre server cannot be reached at /nonexistent/kindred");
    QTest::newRow("missing database") << QStringLiteral(" dbname=kindred_nowhere")
                                      << QStringLiteral(R"(The centre server has no database "kindred_nowhere".)");
    QTest::newRow("missing user") << QStringLiteral(" user=nobody_here")
                                  << QStringLiteral(R"(The centre server has no user "nobody_here".)");
}

void TestServerConnection::failuresAreReadable()
{
    QFETCH(QString, change);
    QFETCH(QString, message);

    // libpq lets a later keyword replace an earlier one.
    const Result<QSqlDatabase> db = ServerConnection::open(address(m_conninfo + change), Connection);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorString().startsWith(message), qPrintable(db.errorString()));
    QVERIFY2(!db.error().detail.isEmpty(), "libpq's own words are kept for support");
    QVERIFY(!QSqlDatabase::contains(Connection));
}

QTEST_MAIN(TestServerConnection)
#include "TestServerConnection.moc"
