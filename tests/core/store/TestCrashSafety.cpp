// SPDX-License-Identifier: GPL-3.0-or-later
// A check-in shown as done survives the process being killed at any moment: a desk process checks
// children in and out as fast as it can and is killed with SIGKILL at random (seeded) moments, over
// and over on the same file; after each kill the file opens, passes integrity_check, and holds every
// record the desk had reported as committed. The desk process opens the file as the desk does, with
// several connections in one process and checks running in the background; another process that opens
// and closes the file meanwhile must not take the desk's WAL from under it.
// As "TestCrashSafety.server" the desk works on the centre server instead: a desk killed in the middle of a
// transaction leaves the server's write lock free for the next one, and loses nothing it showed as saved.
#include "DeskProcess.h"
#include "TestStore.h"
#include "audit/AuditLog.h"
#include "centre/DataFile.h"
#include "demo/DemoCentreGenerator.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Kindred;

namespace {

// SQLite's integrity_check on a data file; on the server, which keeps its own pages, the audit chain.
QString integrityCheck(Database& database)
{
    if (database.isOnServer()) {
        const auto chain = AuditLog::verifyChain(database.connection());
        return chain ? QStringLiteral("ok") : chain.errorString();
    }
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                : query.lastError().text();
}

// What `kindred report`, a second station or the sqlite3 shell does: open the file, read, close. The
// last connection to close checkpoints and deletes the WAL, unless another process holds its lock.
bool readAndClose(const QString& path)
{
    sqlite3* db = nullptr;
    const bool read = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_exec(db, "SELECT count(*) FROM attendance", nullptr, nullptr, nullptr) == SQLITE_OK;
    return sqlite3_close(db) == SQLITE_OK && read;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedDeskLosesNothing();
    void anotherProcessLeavesTheDesksWalAlone();

private:
    QTemporaryDir m_dir;
    QString m_path; // a data file, or "server:" and the server database's address (TestStore::locationOf)
    std::optional<ServerAddress> m_server;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("desk.kindred"));
    if (TestStore::onServer()) {
        auto created = TestStore::createServerDatabase();
        QVERIFY2(created.ok(), qPrintable(created.errorString()));
        m_server = created.value();
        m_path = TestStore::locationOf(*m_server);
    }
    auto database = TestStore::openCentre(m_path);
    QVERIFY2(database.ok(), qPrintable(database.errorString()));
    DemoCentreOptions options;
    options.children = 40;
    options.photos = false;
    auto generated = DemoCentreGenerator(*database.value()).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.errorString()));
}

void TestCrashSafety::cleanupTestCase()
{
    if (m_server) {
        TestStore::dropServerDatabase(*m_server);
    }
}

void TestCrashSafety::killedDeskLosesNothing()
{
    // On the server 20: what a kill there can break is the server's write lock and a transaction half sent, which
    // a few seeded moments reach as well as many; the data file's own pages and WAL want the 50.
    const int Trials = m_server ? 20 : 50;
    QRandomGenerator random(20240611); // the same kill moments on every run
    QList<qint64> checkedIn;
    QList<qint64> checkedOut;
    int trialsWithCommits = 0;
    for (int trial = 0; trial < Trials; ++trial) {
        // Every other kill counts from the start of the process (some land while it opens the file), the
        // others from the moment it starts checking children in and out, however slow the machine
        // (or the sanitizer build) is to start it.
        const bool fromStart = trial % 2 == 0;
        const int killAfterMs = int(fromStart ? random.bounded(10, 450) : random.bounded(0, 300));
        DeskProcess desk;
        QVERIFY2(desk.start(m_path, 0, 1000), "the desk process did not start");
        if (!fromStart) {
            QVERIFY2(desk.waitForReady(60000), qPrintable(desk.errors().join(QLatin1Char('\n'))));
        }
        desk.pump(killAfterMs);
        desk.kill();
        QVERIFY2(desk.errors().isEmpty(), qPrintable(desk.errors().join(QLatin1Char('\n'))));
        checkedIn += desk.checkedIn();
        checkedOut += desk.checkedOut();
        trialsWithCommits += desk.checkedIn().isEmpty() && desk.checkedOut().isEmpty() ? 0 : 1;

        auto reopened = TestStore::openCentre(m_path);
        QVERIFY2(reopened.ok(), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(reopened.errorString())));
        QCOMPARE(integrityCheck(*reopened.value()), QStringLiteral("ok"));
        const QString missing = DeskProcess::missingRecords(*reopened.value(), checkedIn, checkedOut);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3").arg(trial).arg(killAfterMs).arg(missing)));
    }
    qInfo("%d trials, %d with commits before the kill, %lld check-ins and %lld check-outs reported and found", Trials,
          trialsWithCommits, qint64(checkedIn.size()), qint64(checkedOut.size()));
    // The kills must have landed in the middle of real work, not only before the first commit.
    QVERIFY(trialsWithCommits >= Trials / 3);
}

// The desk starts as it does every morning (its background checks open and close connections of their
// own), a report job opens and closes the file, then the desk checks children in and is killed: every
// check-in it showed as done is in the file. Opening the file any other way than through SQLite in the
// desk's process (the header probe, an immutable handle) dropped its locks, so the report job deleted
// the desk's live WAL and every later check-in was lost.
void TestCrashSafety::anotherProcessLeavesTheDesksWalAlone()
{
    if (m_server) {
        QSKIP("a data file's WAL: the centre server keeps no file beside the desk");
    }
    constexpr int Operations = 30;
    DeskProcess desk;
    QVERIFY2(desk.start(m_path, 0, 1000, Operations, {QStringLiteral("--wait")}), "the desk process did not start");
    QVERIFY2(desk.waitForReady(60000), qPrintable(desk.errors().join(QLatin1Char('\n')) + desk.standardError()));
    for (int report = 0; report < 3; ++report) {
        QVERIFY(readAndClose(m_path));
    }
    QVERIFY2(desk.deletedOpenFiles().isEmpty(), qPrintable(desk.deletedOpenFiles().join(QLatin1Char('\n'))));
    desk.go();
    QVERIFY2(desk.waitForDone(60000), qPrintable(desk.errors().join(QLatin1Char('\n')) + desk.standardError()));
    QVERIFY(readAndClose(m_path));
    QVERIFY2(desk.deletedOpenFiles().isEmpty(), qPrintable(desk.deletedOpenFiles().join(QLatin1Char('\n'))));
    desk.kill();
    QVERIFY2(desk.errors().isEmpty(), qPrintable(desk.errors().join(QLatin1Char('\n'))));
    QCOMPARE(desk.checkedIn().size() + desk.checkedOut().size(), Operations);

    auto reopened = DataFile::open(m_path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    QCOMPARE(integrityCheck(*reopened.value()), QStringLiteral("ok"));
    const QString missing = DeskProcess::missingRecords(*reopened.value(), desk.checkedIn(), desk.checkedOut());
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

QTEST_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
