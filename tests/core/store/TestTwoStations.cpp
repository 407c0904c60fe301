// SPDX-License-Identifier: GPL-3.0-or-later
// Two front-desk stations on one data file (as TestTwoStations.server, on one database of the centre server):
// two processes check different children in and out at full speed at the same time. Neither may show an error (no
// "database is locked"), and every record either reported as committed is in the file afterwards. Each station opens
// the file as the desk does (several connections in one process, checks running in the background), and in some rows
// report jobs open and close the file meanwhile, which must not take a station's WAL from under it.
#include "DeskProcess.h"
#include "TestStore.h"
#include "attendance/AttendanceReader.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Kindred;

namespace {

// A report job, a third station or the sqlite3 shell: open the file, read, close.
bool readAndClose(const QString& path)
{
    if (path.startsWith(QLatin1String("server:"))) {
        OpenOptions options;
        options.createIfMissing = false;
        auto database = TestStore::openCentre(path, options);
        QSqlQuery query(database ? database.value()->connection() : QSqlDatabase());
        return database && query.exec(QStringLiteral("SELECT count(*) FROM attendance")) && query.next();
    }
    sqlite3* db = nullptr;
    // With a busy timeout, as Kindred's own report job and the sqlite3 shell's users would have: a reader that
    // meets a desk's checkpoint or WAL restart waits a moment instead of failing at once with SQLITE_BUSY.
    const bool read = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_busy_timeout(db, 5000) == SQLITE_OK
        && sqlite3_exec(db, "SELECT count(*) FROM attendance", nullptr, nullptr, nullptr) == SQLITE_OK;
    return sqlite3_close(db) == SQLITE_OK && read;
}

} // namespace

class TestTwoStations : public QObject
{
    Q_OBJECT

private slots:
    void twoDesksLoseNothing_data();
    void twoDesksLoseNothing();
};

void TestTwoStations::twoDesksLoseNothing_data()
{
    QTest::addColumn<int>("stations");
    QTest::addColumn<int>("operations");
    QTest::addColumn<bool>("reports");
    QTest::newRow("two stations, 300 check-ins and check-outs each") << 2 << 300 << false;
    QTest::newRow("three stations, 200 each") << 3 << 200 << false;
    QTest::newRow("two stations, 300 each, report jobs opening and closing the file") << 2 << 300 << true;
}

void TestTwoStations::twoDesksLoseNothing()
{
    QFETCH(int, stations);
    QFETCH(int, operations);
    QFETCH(bool, reports);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("shared.kindred"));
    std::optional<ServerAddress> server;
    const auto dropServer = qScopeGuard([&server] {
        if (server) {
            TestStore::dropServerDatabase(*server);
        }
    });
    if (TestStore::onServer()) {
        auto created = TestStore::createServerDatabase();
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        server = created.value();
        path = TestStore::locationOf(*server);
    }
    int families = 0;
    {
        auto database = TestStore::openCentre(path);
        QVERIFY2(database.ok(), qPrintable(database.errorString()));
        DemoCentreOptions options;
        options.children = 60;
        options.photos = false;
        auto generated = DemoCentreGenerator(*database.value()).generate(options);
        QVERIFY2(generated.ok(), qPrintable(generated.errorString()));
        families = generated->families;
    }
    const int perStation = families / stations;
    std::vector<std::unique_ptr<DeskProcess>> desks;
    for (int i = 0; i < stations; ++i) {
        desks.push_back(std::make_unique<DeskProcess>());
        QVERIFY(desks.back()->start(path, i * perStation, perStation, operations));
    }
    QList<qint64> checkedIn;
    QList<qint64> checkedOut;
    if (reports) {
        for (auto& desk : desks) {
            QVERIFY2(desk->waitForReady(60000), qPrintable(desk->errors().join(QLatin1Char('\n'))));
        }
        for (int report = 0; report < 20; ++report) {
            QVERIFY(readAndClose(path));
            for (auto& desk : desks) {
                desk->pump(20);
                QVERIFY2(desk->deletedOpenFiles().isEmpty(),
                         qPrintable(desk->deletedOpenFiles().join(QLatin1Char('\n'))));
            }
        }
    }
    for (auto& desk : desks) {
        QVERIFY2(desk->finish(120000), qPrintable(desk->standardError()));
        QVERIFY2(desk->errors().isEmpty(), qPrintable(desk->errors().join(QLatin1Char('\n'))));
        QCOMPARE(desk->checkedIn().size() + desk->checkedOut().size(), operations);
        checkedIn += desk->checkedIn();
        checkedOut += desk->checkedOut();
    }

    auto reopened = TestStore::openCentre(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    if (!server) {
        QSqlQuery check(reopened.value()->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }
    const QString missing = DeskProcess::missingRecords(*reopened.value(), checkedIn, checkedOut);
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    // Each station's records are its own: nothing was written twice or under the other's children.
    QCOMPARE(QSet<qint64>(checkedIn.cbegin(), checkedIn.cend()).size(), checkedIn.size());
    QSqlQuery count(reopened.value()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM attendance")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), qint64(checkedIn.size()));
}

QTEST_MAIN(TestTwoStations)
#include "TestTwoStations.moc"
