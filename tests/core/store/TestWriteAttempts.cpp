// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, point 3: a write the centre server drops (a serialization failure, a deadlock, a lost connection) is
// run again, up to five attempts, without the receptionist seeing it; when every attempt fails she is told and
// nothing is half written; a connection lost during COMMIT is never run again.
#include "AttendanceFixture.h"
#include "TestStore.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/WriteAttempts.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

class TestWriteAttempts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The policy, on any store.
    void whichFailuresAreTriedAgain_data();
    void whichFailuresAreTriedAgain();
    void attemptsUntilOneSucceeds_data();
    void attemptsUntilOneSucceeds();
    void waitsAreJittered();

    // On the server, through the desk's own check-in.
    void droppedCheckInsAreRunAgain_data();
    void droppedCheckInsAreRunAgain();
    void idleConnectionLostIsOpenedAgain();
    void connectionLostDuringCommitIsNotRunAgain();

private:
    // Makes the server fail the first `times` attendance inserts with `how` (a SQLSTATE, or "drop": the
    // connection is cut); `atCommit` makes the failure happen during COMMIT instead.
    static bool installFault(const QSqlDatabase& db, const QString& how, int times, bool atCommit = false);
    static qint64 faultsFired(const QSqlDatabase& db);
    static int count(const QSqlDatabase& db, const QString& sql);

    QList<int> m_waits;
};

void TestWriteAttempts::init()
{
    m_waits.clear();
    WriteAttempts::setWaitForTesting([this](int ms) { m_waits << ms; });
}

void TestWriteAttempts::cleanup()
{
    WriteAttempts::setWaitForTesting({});
}

bool TestWriteAttempts::installFault(const QSqlDatabase& db, const QString& how, int times, bool atCommit)
{
    QSqlQuery query(db);
    const QString function = QStringLiteral(R"(
        CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('test_faults') <= %1 THEN
                IF '%2' = 'drop' THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                    PERFORM pg_sleep(5); -- the signal ends the backend before this returns
                ELSE
                    RAISE EXCEPTION 'test fault' USING ERRCODE = '%2';
                END IF;
            END IF;
            RETURN NEW;
        END $$)")
                                 .arg(times)
                                 .arg(how);
    const QString trigger = atCommit
        ? QStringLiteral("CREATE CONSTRAINT TRIGGER test_fault AFTER INSERT ON attendance DEFERRABLE "
                         "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fault()")
        : QStringLiteral("CREATE TRIGGER test_fault BEFORE INSERT ON attendance FOR EACH ROW EXECUTE "
                         "FUNCTION test_fault()");
    for (const QString& sql : {QStringLiteral("CREATE SEQUENCE test_faults"), function, trigger}) {
        if (!query.exec(sql)) {
            qWarning() << query.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 TestWriteAttempts::faultsFired(const QSqlDatabase& db)
{
    // Sequences are not transactional: every attempt's nextval() counts, rolled back or not.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM test_faults"))
        || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

int TestWriteAttempts::count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestWriteAttempts::whichFailuresAreTriedAgain_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("again");
    using C = Error::Code;
    QTest::newRow("dropped, first attempt") << int(C::Transient) << 1 << true;
    QTest::newRow("dropped, fourth attempt") << int(C::Transient) << 4 << true;
    QTest::newRow("dropped, fifth and last attempt") << int(C::Transient) << 5 << false;
    QTest::newRow("refused by a rule") << int(C::Other) << 1 << false;
    QTest::newRow("edited elsewhere") << int(C::Conflict) << 1 << false;
    // Busy is the desk's BusyRetry's: it waits on a timer, with the event loop turning, and says so.
    QTest::newRow("another station's write lock") << int(C::Busy) << 1 << false;
}

void TestWriteAttempts::whichFailuresAreTriedAgain()
{
    QFETCH(int, code);
    QFETCH(int, attempt);
    QFETCH(bool, again);
    AttendanceFixture f;
    QVERIFY(f.ok);
    Error error {QStringLiteral("failed")};
    error.code = Error::Code(code);
    QCOMPARE(WriteAttempts::readyForAnother(f.centre.database().connection(), error, attempt), again);
    QCOMPARE(m_waits.size(), again ? 1 : 0);
}

void TestWriteAttempts::attemptsUntilOneSucceeds_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("ok");
    using C = Error::Code;
    QTest::newRow("first time") << 0 << int(C::Transient) << 1 << true;
    QTest::newRow("dropped twice") << 2 << int(C::Transient) << 3 << true;
    QTest::newRow("dropped four times") << 4 << int(C::Transient) << 5 << true;
    QTest::newRow("dropped every time") << 9 << int(C::Transient) << 5 << false;
    QTest::newRow("refused") << 9 << int(C::Other) << 1 << false;
}

void TestWriteAttempts::attemptsUntilOneSucceeds()
{
    QFETCH(int, failures);
    QFETCH(int, code);
    QFETCH(int, attempts);
    QFETCH(bool, ok);
    AttendanceFixture f;
    QVERIFY(f.ok);
    int made = 0;
    const Result<int> result = WriteAttempts::run(f.centre.database().connection(), [&]() -> Result<int> {
        if (++made <= failures) {
            Error error {QStringLiteral("attempt %1 failed").arg(made)};
            error.code = Error::Code(code);
            return error;
        }
        return made;
    });
    QCOMPARE(made, attempts);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(m_waits.size(), attempts - 1);
    if (!ok) {
        QCOMPARE(result.errorString(), QStringLiteral("attempt %1 failed").arg(attempts)); // the last one's words
    }
}

void TestWriteAttempts::waitsAreJittered()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    Error dropped {QStringLiteral("dropped")};
    dropped.code = Error::Code::Transient;
    for (int i = 0; i < 200; ++i) {
        QVERIFY(WriteAttempts::readyForAnother(f.centre.database().connection(), dropped, 1));
    }
    QCOMPARE(m_waits.size(), 200);
    const auto [shortest, longest] = std::minmax_element(m_waits.cbegin(), m_waits.cend());
    QVERIFY2(*shortest >= WriteAttempts::MinDelayMs, qPrintable(QString::number(*shortest)));
    QVERIFY2(*longest <= WriteAttempts::MaxDelayMs, qPrintable(QString::number(*longest)));
    QVERIFY2(*longest - *shortest > 50, "the waits are spread, so two stations that crossed do not cross again");
}

void TestWriteAttempts::droppedCheckInsAreRunAgain_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("faults");
    QTest::addColumn<bool>("ok");
    QTest::newRow("serialization failure once") << QStringLiteral("40001") << 1 << true;
    QTest::newRow("deadlock twice") << QStringLiteral("40P01") << 2 << true;
    QTest::newRow("serialization failure four times") << QStringLiteral("40001") << 4 << true;
    QTest::newRow("serialization failure every time") << QStringLiteral("40001") << 9 << false;
    QTest::newRow("connection cut once") << QStringLiteral("drop") << 1 << true;
    QTest::newRow("connection cut every time") << QStringLiteral("drop") << 9 << false;
}

void TestWriteAttempts::droppedCheckInsAreRunAgain()
{
    QFETCH(QString, how);
    QFETCH(int, faults);
    QFETCH(bool, ok);
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.centre.onServer());
    const QSqlDatabase db = f.centre.database().connection();
    QVERIFY(installFault(db, how, faults));
    const int auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));

    const auto checkedIn = f.service.checkIn({f.amara(), f.chidi()}, f.mother());

    QCOMPARE(checkedIn.ok(), ok);
    const int attempts = ok ? faults + 1 : WriteAttempts::MaxAttempts;
    // A dropped attempt stops at its first child's insert; the one that goes through inserts both.
    QCOMPARE(faultsFired(db), qint64(ok ? faults + 2 : attempts)); // also: the connection works again after a cut
    QCOMPARE(m_waits.size(), attempts - 1);
    // Siblings are all or nothing, and there is never a second record from an attempt that was dropped.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM attendance")), ok ? 2 : 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT security_code) FROM attendance")), ok ? 2 : 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore, ok ? 2 : 0);
    if (ok) {
        QCOMPARE(checkedIn->size(), 2);
    } else {
        QCOMPARE(checkedIn.error().code, Error::Code::Transient);
        QVERIFY2(checkedIn.errorString().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(checkedIn.errorString()));
    }
}

void TestWriteAttempts::idleConnectionLostIsOpenedAgain()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.centre.onServer());
    const QSqlDatabase db = f.centre.database().connection();
    const StoreDriver& driver = StoreDriver::of(db);
    QVERIFY(!driver.connectionLost(db));
    // The server ends the desk's session while the desk is idle (a restart, an administrator, a network cut).
    QSqlQuery cut(db);
    QVERIFY(!cut.exec(QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid()), pg_sleep(5)")));
    QVERIFY(driver.connectionLost(db));

    const auto checkedIn = f.service.checkIn({f.amara()}, f.mother());

    QVERIFY2(checkedIn.ok(), qPrintable(checkedIn.errorString()));
    QVERIFY(!driver.connectionLost(db));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM attendance")), 1);
    // The desk's short lock wait came back with the connection.
    QSqlQuery wait(db);
    QVERIFY(wait.exec(QStringLiteral("SELECT setting FROM pg_settings WHERE name = 'lock_timeout'")) && wait.next());
    QCOMPARE(wait.value(0).toInt(), OpenOptions {}.busyTimeoutMs);
}

void TestWriteAttempts::connectionLostDuringCommitIsNotRunAgain()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.centre.onServer());
    const QSqlDatabase db = f.centre.database().connection();
    QVERIFY(installFault(db, QStringLiteral("drop"), 9, true));

    const auto checkedIn = f.service.checkIn({f.amara()}, f.mother());

    QVERIFY(!checkedIn.ok());
    QCOMPARE(checkedIn.errorString(), StoreError::commitUncertain().message);
    QCOMPARE(faultsFired(db), 1); // one attempt: a second could have done the work twice
    QVERIFY(m_waits.isEmpty());
    // Here the server had not saved it (the cut came before the commit was made durable); the desk says it
    // cannot tell, because from the desk the two cases look the same.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM attendance")), 0);
}

QTEST_MAIN(TestWriteAttempts)
#include "TestWriteAttempts.moc"
