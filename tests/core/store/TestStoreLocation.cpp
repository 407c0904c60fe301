// SPDX-License-Identifier: GPL-3.0-or-later
// Which store a command line names (--database, --server, the store opened last, the default file), what is
// remembered of it per computer (never a password), and when the server's password is asked for.
#include "store/ServerLogin.h"
#include "store/StoreLocation.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void chooses_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("serverGiven");
        QTest::addColumn<QString>("remembered"); // "file:PATH", "server:CONNINFO" or empty
        QTest::addColumn<QString>("expected"); // "file:PATH" or "server:DISPLAYTEXT"

        QTest::newRow("--database") << "a.kindred"
                                    << "" << false << ""
                                    << "file:a.kindred";
        QTest::newRow("--server") << ""
                                  << "host=/tmp/s port=5433 dbname=k user=u password=secret" << true << ""
                                  << "server:host=/tmp/s port=5433 dbname=k user=u";
        QTest::newRow("--server as a URI") << ""
                                           << "postgresql:///kindred?host=/run/kindred&port=54329" << true << ""
                                           << "server:host=/run/kindred port=54329 dbname=kindred";
        QTest::newRow("--database beats what was remembered") << "a.kindred"
                                                              << "" << false << "server:dbname=k"
                                                              << "file:a.kindred";
        QTest::newRow("--server beats what was remembered") << ""
                                                            << "dbname=other" << true << "file:b.kindred"
                                                            << "server:dbname=other";
        QTest::newRow("nothing given: the server opened last") << ""
                                                               << "" << false << "server:dbname=k"
                                                               << "server:dbname=k";
        QTest::newRow("nothing given: the file opened last") << ""
                                                             << "" << false << "file:b.kindred"
                                                             << "file:b.kindred";
        QTest::newRow("nothing given, nothing remembered: the default file") << ""
                                                                             << "" << false << ""
                                                                             << "file:default.kindred";
    }

    void chooses()
    {
        QFETCH(QString, database);
        QFETCH(QString, server);
        QFETCH(bool, serverGiven);
        QFETCH(QString, remembered);
        QFETCH(QString, expected);

        std::optional<StoreLocation> last;
        if (remembered.startsWith(QLatin1String("file:"))) {
            last = StoreLocation::file(remembered.mid(5));
        } else if (remembered.startsWith(QLatin1String("server:"))) {
            last = StoreLocation::server(ServerAddress::parse(remembered.mid(7)).value());
        }
        const auto chosen
            = StoreLocation::choose(database, server, serverGiven, last, QStringLiteral("default.kindred"));
        QVERIFY2(chosen.ok(), qPrintable(chosen.errorString()));
        const QString got = chosen->isServer() ? QStringLiteral("server:") + chosen->serverAddress().displayText()
                                               : QStringLiteral("file:") + chosen->path();
        QCOMPARE(got, expected);
        // The password stays in the address in memory, for the connection, and only there.
        if (server.contains(QLatin1String("password"))) {
            QCOMPARE(chosen->serverAddress().password(), QStringLiteral("secret"));
            QVERIFY(!chosen->displayText().contains(QLatin1String("secret")));
        }
    }

    void refusesAnAddressLibpqRefuses()
    {
        const auto chosen = StoreLocation::choose({}, QStringLiteral("nonsense_keyword=1"), true, std::nullopt, {});
        QVERIFY(!chosen.ok());
        QVERIFY2(chosen.errorString().startsWith(QLatin1String("--server: ")), qPrintable(chosen.errorString()));
    }

    void remembersWithoutThePassword()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kindred.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            QVERIFY(!StoreLocation::remembered(settings).has_value());
            const auto address
                = ServerAddress::parse(QStringLiteral("host=db.centre.lan dbname=kindred user=desk password=hunter2x"));
            StoreLocation::server(address.value()).remember(settings);
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(!written.contains("hunter2x"), written.constData());
        QVERIFY(written.contains("db.centre.lan"));

        const QSettings settings(ini, QSettings::IniFormat);
        const auto last = StoreLocation::remembered(settings);
        QVERIFY(last.has_value() && last->isServer());
        QCOMPARE(last->serverAddress().displayText(), QStringLiteral("host=db.centre.lan dbname=kindred user=desk"));
        QVERIFY(last->serverAddress().password().isEmpty());
    }

    void remembersAFileWhileItExists()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("kindred.ini"));
        const QString path = dir.filePath(QStringLiteral("centre.kindred"));
        QFile data(path);
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.close();
        QSettings settings(ini, QSettings::IniFormat);
        StoreLocation::file(path).remember(settings);
        auto last = StoreLocation::remembered(settings);
        QVERIFY(last.has_value() && !last->isServer());
        QCOMPARE(last->path(), path);
        // A file that is gone is not made again where it was: the default file opens instead.
        QVERIFY(QFile::remove(path));
        QVERIFY(!StoreLocation::remembered(settings).has_value());
    }

    void asksForAPasswordOnlyWhenTheServerWantsOne_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<bool>("serverWantsOne");
        QTest::addColumn<bool>("asked");
        QTest::addColumn<int>("tries");

        QTest::newRow("~/.pgpass or trust: not asked") << "dbname=k" << false << false << 1;
        QTest::newRow("the server wants one: asked once") << "dbname=k" << true << true << 2;
        QTest::newRow("given in the address: not asked") << "dbname=k password=given" << true << false << 1;
    }

    void asksForAPasswordOnlyWhenTheServerWantsOne()
    {
        QFETCH(QString, conninfo);
        QFETCH(bool, serverWantsOne);
        QFETCH(bool, asked);
        QFETCH(int, tries);

        int opened = 0;
        bool prompted = false;
        const auto open = [&opened](const ServerAddress& address) -> Result<QString> {
            ++opened;
            if (address.password().isEmpty()) {
                return Error {QStringLiteral("no password")};
            }
            return address.password();
        };
        const auto prompt = [&prompted](const ServerAddress& address) -> Result<QString> {
            prompted = true;
            [&] { QVERIFY(!address.displayText().contains(QLatin1String("password"))); }();
            return QStringLiteral("typed");
        };
        const auto result
            = ServerLogin::open<QString>(ServerAddress::parse(conninfo).value(), open, prompt,
                                         [serverWantsOne](const ServerAddress&) { return serverWantsOne; });
        QCOMPARE(prompted, asked);
        QCOMPARE(opened, tries);
        if (asked) {
            QVERIFY(result.ok());
            QCOMPARE(result.value(), QStringLiteral("typed"));
        }
    }

    void aPromptThatCannotAskFails()
    {
        const auto result = ServerLogin::open<QString>(
            ServerAddress::parse(QStringLiteral("dbname=k")).value(),
            [](const ServerAddress&) -> Result<QString> { return Error {QStringLiteral("no password")}; },
            [](const ServerAddress&) -> Result<QString> { return Error {QStringLiteral("no terminal to ask on")}; },
            [](const ServerAddress&) { return true; });
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString(), QStringLiteral("no terminal to ask on"));
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "TestStoreLocation.moc"
