// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for another station's write lock: the policy's decisions, the Busy error a write gets at once
// on the desk's short busy timeout (with nothing written), the retry that completes by itself after the
// release or gives up, and reads that keep working while another connection holds the lock.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "base/Translations.h"
#include "store/BusyRetry.h"
#include "store/BusyRetryPolicy.h"
#include "store/WriteTransaction.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace Kindred;

namespace {

// A second connection to the same file, as another station would have, that holds the write lock.
class LockHolder
{
public:
    explicit LockHolder(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_ok = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~LockHolder()
    {
        release();
        QSqlDatabase::removeDatabase(name());
    }
    bool ok() const { return m_ok; }
    void release()
    {
        if (m_ok) {
            QSqlQuery(QSqlDatabase::database(name())).exec(QStringLiteral("COMMIT"));
            m_ok = false;
        }
        if (QSqlDatabase::contains(name())) {
            QSqlDatabase::database(name()).close();
        }
    }

private:
    static QString name() { return QStringLiteral("otherStation"); }
    bool m_ok = false;
};

int attendanceRows(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM attendance")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace

class TestBusyRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void policy_data();
    void policy();
    void busyWriteFailsFastWithNothingWritten();
    void readsWorkWhileAnotherStationWrites();
    void retryCompletesAfterRelease();
    void retryGivesUpAndWritesNothing();
    void otherErrorsAreNotRetried();

private:
    std::unique_ptr<MockClock> m_clock;
};

void TestBusyRetry::initTestCase()
{
    // The English plural forms ("1 second", "3 seconds").
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
}

void TestBusyRetry::init()
{
    m_clock
        = std::make_unique<MockClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
}

void TestBusyRetry::policy_data()
{
    QTest::addColumn<int>("giveUpAfterMs");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<bool>("giveUp");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("showWaiting");
    QTest::newRow("first busy attempt: retry quietly") << 30000 << qint64(100) << false << 200 << false;
    QTest::newRow("just under half a second: still quiet") << 30000 << qint64(499) << false << 200 << false;
    QTest::newRow("half a second: say we are waiting") << 30000 << qint64(500) << false << 200 << true;
    QTest::newRow("29.9 s: last attempt falls at the limit") << 30000 << qint64(29900) << false << 100 << true;
    QTest::newRow("30 s: give up") << 30000 << qint64(30000) << true << 0 << true;
    QTest::newRow("far past the limit: give up") << 30000 << qint64(90000) << true << 0 << true;
    QTest::newRow("a 3 s limit (tests): 2.9 s retries") << 3000 << qint64(2900) << false << 100 << true;
    QTest::newRow("a 3 s limit (tests): 3 s gives up") << 3000 << qint64(3000) << true << 0 << true;
}

void TestBusyRetry::policy()
{
    QFETCH(int, giveUpAfterMs);
    QFETCH(qint64, elapsedMs);
    QFETCH(bool, giveUp);
    QFETCH(int, delayMs);
    QFETCH(bool, showWaiting);
    const BusyRetryPolicy policy(giveUpAfterMs);
    QCOMPARE(policy.afterBusy(elapsedMs) == BusyRetryPolicy::Decision::GiveUp, giveUp);
    QCOMPARE(policy.delayBeforeNextMs(elapsedMs), delayMs);
    QCOMPARE(policy.showWaiting(elapsedMs), showWaiting);
}

void TestBusyRetry::busyWriteFailsFastWithNothingWritten()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(WriteTransaction::setBusyTimeout(f.centre.database().connection(), WriteTransaction::DeskBusyTimeoutMs));
    LockHolder other(f.centre.path());
    QVERIFY(other.ok());

    QElapsedTimer timer;
    timer.start();
    auto done = f.service.checkIn({f.amara(), f.chidi()}, f.mother(), f.receptionist.id);
    const qint64 waited = timer.elapsed();
    QVERIFY(!done.ok());
    QCOMPARE(done.error().code, Error::Code::Busy);
    QVERIFY2(waited < 1000, qPrintable(QStringLiteral("the desk waited %1 ms").arg(waited)));
    qInfo("a busy check-in came back after %lld ms", waited);

    other.release();
    QCOMPARE(attendanceRows(f.centre.database()), 0);
    QCOMPARE(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->id, qint64(0));
    // The connection is usable at once: no transaction was left open.
    QVERIFY(f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id).ok());
}

void TestBusyRetry::readsWorkWhileAnotherStationWrites()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id).ok());
    QVERIFY(WriteTransaction::setBusyTimeout(f.centre.database().connection(), WriteTransaction::DeskBusyTimeoutMs));
    LockHolder other(f.centre.path());
    QVERIFY(other.ok());

    QElapsedTimer timer;
    timer.start();
    const auto family = f.centre.families().load(f.okafor.id);
    const auto open = AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara());
    const qint64 took = timer.elapsed();
    QVERIFY2(family.ok(), qPrintable(family.errorString()));
    QCOMPARE(family->householdName, f.okafor.householdName);
    QVERIFY2(open.ok(), qPrintable(open.errorString()));
    QVERIFY(open->id != 0);
    QVERIFY2(took < 100, qPrintable(QStringLiteral("reads took %1 ms").arg(took)));
}

void TestBusyRetry::retryCompletesAfterRelease()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(WriteTransaction::setBusyTimeout(f.centre.database().connection(), WriteTransaction::DeskBusyTimeoutMs));
    auto other = std::make_unique<LockHolder>(f.centre.path());
    QVERIFY(other->ok());
    QTimer::singleShot(1500, [&other] { other->release(); });

    BusyRetry retry;
    int waiting = 0;
    int done = 0;
    connect(&retry, &BusyRetry::waiting, [&waiting] { ++waiting; });
    connect(&retry, &BusyRetry::done, [&done] { ++done; });
    std::optional<Result<void>> outcome;
    int attempts = 0;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(retry.run(
        [&]() -> Result<void> {
            ++attempts;
            auto checkedIn = f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id);
            return checkedIn ? Result<void>() : checkedIn.error();
        },
        [&](const Result<void>& result) { outcome = result; }));
    QVERIFY(!outcome); // not finished yet, and run() came back at once
    QVERIFY(timer.elapsed() < 250);
    QVERIFY(retry.isWaiting());
    QVERIFY(!retry.run([] { return Result<void>(); }, [](const Result<void>&) {})); // one action at a time
    QTRY_COMPARE_WITH_TIMEOUT(waiting, 1, 1000);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->errorString()));
    QCOMPARE(done, 1);
    QVERIFY(attempts > 2);
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->id != 0);
}

void TestBusyRetry::retryGivesUpAndWritesNothing()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(WriteTransaction::setBusyTimeout(f.centre.database().connection(), WriteTransaction::DeskBusyTimeoutMs));
    LockHolder other(f.centre.path());
    QVERIFY(other.ok());

    BusyRetry retry;
    retry.setPolicy(BusyRetryPolicy(1000));
    int gaveUp = 0;
    connect(&retry, &BusyRetry::gaveUp, [&gaveUp] { ++gaveUp; });
    std::optional<Result<void>> outcome;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(retry.run(
        [&]() -> Result<void> {
            auto checkedIn = f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id);
            return checkedIn ? Result<void>() : checkedIn.error();
        },
        [&](const Result<void>& result) { outcome = result; }));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(timer.elapsed() >= 1000);
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code, Error::Code::Busy);
    QCOMPARE(outcome->errorString(),
             QStringLiteral("Could not save: another station kept the data file busy for 1 "
                            "second. Nothing was saved; try again."));
    QCOMPARE(gaveUp, 1);
    QVERIFY(!retry.isWaiting());
    other.release();
    QCOMPARE(attendanceRows(f.centre.database()), 0);
}

void TestBusyRetry::otherErrorsAreNotRetried()
{
    BusyRetry retry;
    int attempts = 0;
    std::optional<Result<void>> outcome;
    QVERIFY(retry.run(
        [&attempts]() -> Result<void> {
            ++attempts;
            return Error {QStringLiteral("Amara is already checked in.")};
        },
        [&outcome](const Result<void>& result) { outcome = result; }));
    QVERIFY(outcome.has_value()); // at once, before run() returned
    QCOMPARE(outcome->errorString(), QStringLiteral("Amara is already checked in."));
    QCOMPARE(attempts, 1);
    QVERIFY(!retry.isWaiting());
}

QTEST_MAIN(TestBusyRetry)
#include "TestBusyRetry.moc"
