// SPDX-License-Identifier: GPL-3.0-or-later
// A check-in shown as done survives the process being killed at any moment: a desk process checks
// children in and out as fast as it can and is killed with SIGKILL at random (seeded) moments, over
// and over on the same file; after each kill the file opens, passes integrity_check, and holds every
// record the desk had reported as committed.
#include "Database.h"
#include "DemoCentreGenerator.h"
#include "DeskProcess.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

QString integrityCheck(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                : query.lastError().text();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedDeskLosesNothing();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("desk.kindred"));
    auto database = Database::open(m_path);
    QVERIFY2(database.ok(), qPrintable(database.errorString()));
    DemoCentreOptions options;
    options.children = 40;
    options.photos = false;
    auto generated = DemoCentreGenerator(*database.value()).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.errorString()));
}

void TestCrashSafety::killedDeskLosesNothing()
{
    constexpr int Trials = 50;
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

        auto reopened = Database::open(m_path);
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

QTEST_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
