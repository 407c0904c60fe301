// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"

#include <QTest>

using namespace Kindred;

// A centre server's address as people write it for psql, read by libpq and handed to Qt's QPSQL driver piece by piece.
class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void passwordNeverShown_data();
    void passwordNeverShown();
    void malformedRefused_data();
    void malformedRefused();
    void defaultsYieldToTheAddress();
    void tlsReachesLibpq_data();
    void tlsReachesLibpq();
    void tlsModeFromTheEnvironmentKept();
};

void TestServerAddress::parse_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("connectOptions");
    QTest::addColumn<QString>("displayText");

    QTest::newRow("URI, Unix socket folder in the query")
        << QStringLiteral("postgresql:///kindred?host=/run/kindred&port=54329&user=kindred")
        << QStringLiteral("/run/kindred") << 54329 << QStringLiteral("kindred") << QStringLiteral("kindred")
        << QString() << QStringLiteral("host=/run/kindred port=54329 dbname=kindred user=kindred");
    QTest::newRow("URI, host name, TLS with a CA file")
        << QStringLiteral("postgres://desk@db.centre.lan:5433/kindred?sslmode=verify-full&sslrootcert=/etc/kindred/"
                          "ca.crt&connect_timeout=5")
        << QStringLiteral("db.centre.lan") << 5433 << QStringLiteral("desk") << QStringLiteral("kindred")
        << QStringLiteral("connect_timeout=5;sslmode=verify-full;sslrootcert=/etc/kindred/ca.crt")
        << QStringLiteral("host=db.centre.lan port=5433 dbname=kindred user=desk connect_timeout=5 sslmode=verify-full "
                          "sslrootcert=/etc/kindred/ca.crt");
    QTest::newRow("key=value, a quoted value with a space")
        << QStringLiteral("host=db.centre.lan port=5432 dbname=kindred user=frontdesk application_name='Front desk'")
        << QStringLiteral("db.centre.lan") << 5432 << QStringLiteral("frontdesk") << QStringLiteral("kindred")
        << QStringLiteral("application_name='Front desk'")
        << QStringLiteral("host=db.centre.lan port=5432 dbname=kindred user=frontdesk application_name='Front desk'");
    QTest::newRow("key=value, a quote and a backslash escaped")
        << QStringLiteral(R"(dbname=kindred application_name='O\'Brien\\desk')") << QString() << -1 << QString()
        << QStringLiteral("kindred") << QStringLiteral(R"(application_name='O\'Brien\\desk')")
        << QStringLiteral(R"(dbname=kindred application_name='O\'Brien\\desk')");
    QTest::newRow("URI, percent-escapes in user, socket folder and database")
        << QStringLiteral("postgresql://front%20desk@%2Frun%2Fkindred:54329/centre%2Dnorth")
        << QStringLiteral("/run/kindred") << 54329 << QStringLiteral("front desk") << QStringLiteral("centre-north")
        << QString() << QStringLiteral("host=/run/kindred port=54329 dbname=centre-north user='front desk'");
    QTest::newRow("URI, IPv6 address") << QStringLiteral("postgresql://[::1]:5432/kindred") << QStringLiteral("::1")
                                       << 5432 << QString() << QStringLiteral("kindred") << QString()
                                       << QStringLiteral("host=::1 port=5432 dbname=kindred");
    QTest::newRow("only a database: libpq's defaults for the rest")
        << QStringLiteral("dbname=kindred") << QString() << -1 << QString() << QStringLiteral("kindred") << QString()
        << QStringLiteral("dbname=kindred");
    QTest::newRow("a primary and its standby: the ports stay with libpq")
        << QStringLiteral("host=db1,db2 port=5432,5433 dbname=kindred target_session_attrs=read-write")
        << QStringLiteral("db1,db2") << -1 << QString() << QStringLiteral("kindred")
        << QStringLiteral("port=5432,5433;target_session_attrs=read-write")
        << QStringLiteral("host=db1,db2 port=5432,5433 dbname=kindred target_session_attrs=read-write");
}

void TestServerAddress::parse()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, connectOptions);
    QFETCH(QString, displayText);

    const Result<ServerAddress> address = ServerAddress::parse(conninfo);
    QVERIFY2(address.ok(), qPrintable(address.errorString()));
    QCOMPARE(address->host(), host);
    QCOMPARE(address->port(), port);
    QCOMPARE(address->user(), user);
    QCOMPARE(address->databaseName(), database);
    QCOMPARE(address->password(), QString());
    QCOMPARE(address->connectOptions(), connectOptions);
    QCOMPARE(address->displayText(), displayText);

    // What Kindred shows and remembers reads back as the same address.
    const Result<ServerAddress> again = ServerAddress::parse(address->displayText());
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QCOMPARE(again->displayText(), displayText);
    QCOMPARE(again->connectOptions(), connectOptions);
}

void TestServerAddress::passwordNeverShown_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("displayText");

    QTest::newRow("URI, password after the user, percent-escaped")
        << QStringLiteral("postgresql://desk:s3cr%40t@db.centre.lan/kindred") << QStringLiteral("s3cr@t")
        << QStringLiteral("s3cr@t") << QStringLiteral("host=db.centre.lan dbname=kindred user=desk");
    QTest::newRow("URI, password in the query")
        << QStringLiteral("postgresql:///kindred?host=/run/kindred&password=hunter2") << QStringLiteral("hunter2")
        << QStringLiteral("hunter2") << QStringLiteral("host=/run/kindred dbname=kindred");
    QTest::newRow("key=value, quoted password with a space")
        << QStringLiteral("host=db dbname=kindred user=desk password='correct horse'")
        << QStringLiteral("correct horse") << QStringLiteral("horse")
        << QStringLiteral("host=db dbname=kindred user=desk");
    QTest::newRow("the TLS key's password is a secret too")
        << QStringLiteral("host=db dbname=kindred sslcert=/etc/kindred/desk.crt sslpassword=keyphrase") << QString()
        << QStringLiteral("keyphrase") << QStringLiteral("host=db dbname=kindred sslcert=/etc/kindred/desk.crt");
}

void TestServerAddress::passwordNeverShown()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, password);
    QFETCH(QString, secret);
    QFETCH(QString, displayText);

    const Result<ServerAddress> address = ServerAddress::parse(conninfo);
    QVERIFY2(address.ok(), qPrintable(address.errorString()));
    QCOMPARE(address->password(), password);
    QCOMPARE(address->displayText(), displayText);
    QVERIFY(!address->displayText().contains(secret));
    // libpq's own functions get it.
    QVERIFY(address->conninfo().contains(secret));

    const Result<ServerAddress> remembered = ServerAddress::parse(address->displayText());
    QVERIFY2(remembered.ok(), qPrintable(remembered.errorString()));
    QCOMPARE(remembered->password(), QString());
    QVERIFY(!remembered->conninfo().contains(secret));
}

void TestServerAddress::malformedRefused_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("The server address is empty.");
    QTest::newRow("a keyword without a value")
        << QStringLiteral("host=db dbname")
        << QStringLiteral(R"(missing "=" after "dbname" in connection info string)");
    QTest::newRow("an unknown keyword") << QStringLiteral("host=db database=kindred")
                                        << QStringLiteral(R"(invalid connection option "database")");
    QTest::newRow("an unterminated quote")
        << QStringLiteral("host=db application_name='desk") << QStringLiteral("unterminated quoted string");
    QTest::newRow("URI, unknown query parameter")
        << QStringLiteral("postgresql://db/kindred?sslmod=require") << QStringLiteral(R"("sslmod")");
    QTest::newRow("URI, unclosed IPv6 bracket")
        << QStringLiteral("postgresql://[::1/kindred") << QStringLiteral("IPv6 host address");
    QTest::newRow("URI, a port that is not a number")
        << QStringLiteral("postgresql://db:desk/kindred") << QStringLiteral(R"(the port "desk" is not a number)");
    QTest::newRow("a port out of range") << QStringLiteral("host=db port=70000")
                                         << QStringLiteral(R"(the port "70000" is not a number from 1 to 65535)");
    QTest::newRow("a ';' that QPSQL would turn into a space")
        << QStringLiteral("host=db application_name='desk;1'") << QStringLiteral(R"(cannot contain ";")");
}

void TestServerAddress::malformedRefused()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, message);

    const Result<ServerAddress> address = ServerAddress::parse(conninfo);
    QVERIFY(!address.ok());
    QVERIFY2(address.errorString().contains(message), qPrintable(address.errorString()));
    QVERIFY2(address.errorString().startsWith(QLatin1String("The server address is")),
             qPrintable(address.errorString()));
}

void TestServerAddress::defaultsYieldToTheAddress()
{
    const Result<ServerAddress> address
        = ServerAddress::parse(QStringLiteral("host=db dbname=kindred connect_timeout=3"));
    QVERIFY2(address.ok(), qPrintable(address.errorString()));
    const ServerAddress withDefaults = address->withDefault(QStringLiteral("connect_timeout"), QStringLiteral("10"))
                                           .withDefault(QStringLiteral("application_name"), QStringLiteral("kindred"));
    QCOMPARE(withDefaults.connectOptions(), QStringLiteral("connect_timeout=3;application_name=kindred"));
    QCOMPARE(withDefaults.host(), QStringLiteral("db"));
}

// What the station hands QPSQL as its connect options (and QPSQL to libpq): TLS when the server offers it
// unless the address says otherwise, and a CA file with verify-full for a server reached over the internet.
void TestServerAddress::tlsReachesLibpq_data()
{
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("connectOptions");

    const QString kindredDefaults = QStringLiteral("connect_timeout=10;fallback_application_name=kindred");
    QTest::newRow("nothing said: prefer")
        << QStringLiteral("host=db.centre.lan dbname=kindred user=desk") << QStringLiteral("prefer")
        << kindredDefaults + QStringLiteral(";sslmode=prefer");
    QTest::newRow("URI, nothing said: prefer")
        << QStringLiteral("postgresql://desk@db.centre.lan/kindred") << QStringLiteral("prefer")
        << kindredDefaults + QStringLiteral(";sslmode=prefer");
    QTest::newRow("key=value, verify-full with a CA file")
        << QStringLiteral("host=db.example.org dbname=kindred sslmode=verify-full sslrootcert=/etc/kindred/ca.crt")
        << QStringLiteral("verify-full")
        << QStringLiteral("sslmode=verify-full;sslrootcert=/etc/kindred/ca.crt;") + kindredDefaults;
    QTest::newRow("URI, verify-full with a CA file whose path has a space")
        << QStringLiteral("postgresql://desk@db.example.org:5432/kindred?sslmode=verify-full&sslrootcert="
                          "/etc/kindred/chain%20ca.crt")
        << QStringLiteral("verify-full")
        << QStringLiteral("sslmode=verify-full;sslrootcert='/etc/kindred/chain ca.crt';") + kindredDefaults;
    QTest::newRow("require, with the station's own certificate")
        << QStringLiteral("host=db dbname=kindred sslmode=require sslcert=/etc/kindred/desk.crt "
                          "sslkey=/etc/kindred/desk.key")
        << QStringLiteral("require")
        << QStringLiteral("sslmode=require;sslcert=/etc/kindred/desk.crt;sslkey=/etc/kindred/desk.key;")
            + kindredDefaults;
    QTest::newRow("disable, said on purpose")
        << QStringLiteral("host=db dbname=kindred sslmode=disable") << QStringLiteral("disable")
        << QStringLiteral("sslmode=disable;") + kindredDefaults;
    QTest::newRow("a Unix socket: prefer written, libpq uses no TLS there")
        << QStringLiteral("postgresql:///kindred?host=/run/kindred&port=54329") << QStringLiteral("prefer")
        << kindredDefaults + QStringLiteral(";sslmode=prefer");
}

void TestServerAddress::tlsReachesLibpq()
{
    QFETCH(QString, conninfo);
    QFETCH(QString, sslmode);
    QFETCH(QString, connectOptions);
    qunsetenv("PGSSLMODE");

    const Result<ServerAddress> address = ServerAddress::parse(conninfo);
    QVERIFY2(address.ok(), qPrintable(address.errorString()));
    const ServerAddress used = ServerConnection::withDefaults(address.value());
    QCOMPARE(used.option(QStringLiteral("sslmode")), sslmode);
    QCOMPARE(used.connectOptions(), connectOptions);
    // libpq reads the options back as they were meant (QPSQL joins them with spaces).
    QString joined = used.connectOptions();
    joined.replace(QLatin1Char(';'), QLatin1Char(' '));
    const Result<ServerAddress> reread = ServerAddress::parse(joined);
    QVERIFY2(reread.ok(), qPrintable(reread.errorString()));
    QCOMPARE(reread->option(QStringLiteral("sslmode")), sslmode);
    QCOMPARE(reread->option(QStringLiteral("sslrootcert")), address->option(QStringLiteral("sslrootcert")));
}

void TestServerAddress::tlsModeFromTheEnvironmentKept()
{
    qputenv("PGSSLMODE", "verify-full");
    const Result<ServerAddress> address = ServerAddress::parse(QStringLiteral("host=db dbname=kindred"));
    QVERIFY2(address.ok(), qPrintable(address.errorString()));
    const ServerAddress used = ServerConnection::withDefaults(address.value());
    qunsetenv("PGSSLMODE");
    // Not weakened to prefer: libpq takes verify-full from the environment.
    QCOMPARE(used.option(QStringLiteral("sslmode")), QString());
    QVERIFY(!used.connectOptions().contains(QLatin1String("sslmode")));
}

QTEST_MAIN(TestServerAddress)
#include "TestServerAddress.moc"
