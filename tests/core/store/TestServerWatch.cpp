// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, point 7: when the centre server cannot be reached the station says so at once, opens the connection
// again in the background, listens again when the server answers, and keeps the emergency roll call's last copy.
// On the server only (the server cuts its own connections; a database that refuses connections stands in for a
// server that is away).
#include "AttendanceFixture.h"
#include "ServerAdmin.h"
#include "incidents/RollCall.h"
#include "incidents/RollCallKeeper.h"
#include "store/ChangeFeed.h"
#include "store/ServerWatch.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::ChangeFeed::Topics)

class TestServerWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void waitsLongerEachTime_data();
    void waitsLongerEachTime();
    void messageSaysSinceWhen();
    void cutConnectionIsOpenedAgainAtOnce();
    void droppedFeedConnectionIsNoticed();
    void unreachableUntilTheServerAnswers();
    void rollCallCopyWhileUnreachable();

private:
    // Cuts the station's connection through a statement of its own, failing as a desk's read would.
    static void cutFromInside(const QSqlDatabase& db);
    static bool listening(const QSqlDatabase& db);
    static Result<void> allowConnections(const QSqlDatabase& admin, const QString& database, bool allow);
};

void TestServerWatch::initTestCase()
{
    qRegisterMetaType<ChangeFeed::Topics>();
}

void TestServerWatch::cutFromInside(const QSqlDatabase& db)
{
    QVERIFY(!execStatement(db, QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid()), pg_sleep(5)")));
}

bool TestServerWatch::listening(const QSqlDatabase& db)
{
    return db.isOpen() && db.driver()->subscribedToNotifications().contains(QString(StoreDriver::ChangeChannel));
}

Result<void> TestServerWatch::allowConnections(const QSqlDatabase& admin, const QString& database, bool allow)
{
    auto done = execStatement(admin,
                              QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                                  .arg(database, allow ? QLatin1String("true") : QLatin1String("false")));
    if (!done) {
        qWarning() << done.error().detail;
    }
    return done;
}

void TestServerWatch::waitsLongerEachTime_data()
{
    QTest::addColumn<int>("previous");
    QTest::addColumn<int>("next");
    QTest::newRow("after the first") << ServerWatch::FirstRetryMs << 4000;
    QTest::newRow("doubling") << 4000 << 8000;
    QTest::newRow("up to the longest") << 8000 << ServerWatch::MaxRetryMs;
    QTest::newRow("and no longer") << ServerWatch::MaxRetryMs << ServerWatch::MaxRetryMs;
    QTest::newRow("never shorter than the first") << 0 << ServerWatch::FirstRetryMs;
}

void TestServerWatch::waitsLongerEachTime()
{
    QFETCH(int, previous);
    QFETCH(int, next);
    QCOMPARE(ServerWatch::nextRetryMs(previous), next);
}

void TestServerWatch::messageSaysSinceWhen()
{
    const QDateTime since(QDate(2026, 12, 7), QTime(10, 42), QTimeZone("Australia/Melbourne"));
    const QString message = ServerWatch::lostMessage(since.toUTC());
    QVERIFY2(message.contains(QLatin1String("The centre server cannot be reached since ")), qPrintable(message));
    QVERIFY2(message.contains(QLocale().toString(QTime(10, 42), QLocale::ShortFormat)), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Nothing you type is lost")));
}

// The server ended the station's session (a restart, an administrator): the read that failed is the cue, and the
// connection is open again before anyone could read a banner, listening again, with every page told to read again.
void TestServerWatch::cutConnectionIsOpenedAgainAtOnce()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.onServer());
    ServerWatch& watch = centre.services().serverWatch();
    ChangeFeed& feed = centre.services().changes();
    QVERIFY(feed.start());
    watch.start();
    const QSqlDatabase db = centre.database().connection();
    QVERIFY(listening(db));
    QSignalSpy lost(&watch, &ServerWatch::lost);
    QSignalSpy restored(&watch, &ServerWatch::restored);
    QSignalSpy changed(&feed, &ChangeFeed::changed);

    cutFromInside(db);

    // Well within the watch's own tick: the failed statement was the cue.
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, ServerWatch::CheckIntervalMs / 2);
    QCOMPARE(lost.size(), 0);
    QVERIFY(!watch.isLost());
    QVERIFY(!StoreDriver::of(db).connectionLost(db));
    QVERIFY(listening(db));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<ChangeFeed::Topics>(), ChangeFeed::allTopics());
}

// Nothing is being read, but the feed's LISTEN connection is closed by the server: noticed at the watch's tick.
void TestServerWatch::droppedFeedConnectionIsNoticed()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.onServer());
    ServerWatch& watch = centre.services().serverWatch();
    QVERIFY(centre.services().changes().start());
    watch.start();
    const QSqlDatabase db = centre.database().connection();
    QSqlQuery pid(db);
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    auto other = centre.database().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.errorString()));
    QSignalSpy restored(&watch, &ServerWatch::restored);

    QSqlQuery cut(other.value()->connection());
    QVERIFY(cut.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));

    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 3 * ServerWatch::CheckIntervalMs);
    QVERIFY(listening(db));
}

// The server does not answer (here: the database refuses connections): lost() at once with the time, attempts in
// the background, restored() when it answers again, and the feed listening again.
void TestServerWatch::unreachableUntilTheServerAnswers()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.onServer());
    ServerWatch& watch = centre.services().serverWatch();
    ChangeFeed& feed = centre.services().changes();
    QVERIFY(feed.start());
    watch.start();
    const QSqlDatabase db = centre.database().connection();
    const QString name = centre.database().serverAddress()->databaseName();
    ServerAdmin server;
    QVERIFY(server.ok);
    const QSqlDatabase admin = server.connection();
    QVERIFY(allowConnections(admin, name, false));
    auto allowAgain = qScopeGuard([&] { (void)allowConnections(admin, name, true); });
    QSignalSpy lost(&watch, &ServerWatch::lost);
    QSignalSpy restored(&watch, &ServerWatch::restored);

    cutFromInside(db);

    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, ServerWatch::GraceMs + 1000);
    QVERIFY(watch.isLost());
    QVERIFY(watch.lostSince().isValid());
    QCOMPARE(lost.first().at(0).toDateTime(), watch.lostSince());
    QCOMPARE(watch.retryIntervalMs(), ServerWatch::FirstRetryMs);
    QVERIFY(!watch.retryNow()); // still away
    QVERIFY(watch.isLost());
    QCOMPARE(restored.size(), 0);
    // A write fails plainly and writes nothing locally; the form that asked keeps what was typed.
    QVERIFY(!execStatement(db, QStringLiteral("SELECT 1")));

    QVERIFY(allowConnections(admin, name, true));
    allowAgain.dismiss();

    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, ServerWatch::MaxRetryMs + 3000);
    QCOMPARE(lost.size(), 1);
    QVERIFY(!watch.isLost());
    QCOMPARE(watch.retryIntervalMs(), 0);
    QVERIFY(listening(db));
    QVERIFY(execStatement(db, QStringLiteral("SELECT 1")));
}

// The keeper writes the roll call it read; while the server is away that copy is what the roll call window gets.
void TestServerWatch::rollCallCopyWhileUnreachable()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.centre.onServer());
    const auto checkedIn = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY2(checkedIn, qPrintable(checkedIn.errorString()));
    QTemporaryDir dir;
    RollCallKeeper keeper(f.centre.database(), f.centre.services().emergencySession(),
                          dir.filePath(QStringLiteral("copy.json")));
    const auto live = RollCall(f.centre.database(), f.centre.services().emergencySession()).onPremises();
    QVERIFY2(live, qPrintable(live.errorString()));
    QVERIFY(!live->isEmpty());
    const auto kept = keeper.keepNow();
    QVERIFY2(kept, qPrintable(kept.errorString()));
    // While the server answers, a failed read is never hidden behind the copy.
    const auto reachable = keeper.copyWhileUnreachable();
    QVERIFY(reachable && !reachable->has_value());

    ServerWatch& watch = f.centre.services().serverWatch();
    watch.start();
    const QSqlDatabase db = f.centre.database().connection();
    const QString name = f.centre.database().serverAddress()->databaseName();
    ServerAdmin server;
    QVERIFY(server.ok);
    const QSqlDatabase admin = server.connection();
    QVERIFY(allowConnections(admin, name, false));
    auto allowAgain = qScopeGuard([&] { (void)allowConnections(admin, name, true); });
    cutFromInside(db);
    QTRY_VERIFY_WITH_TIMEOUT(watch.isLost(), ServerWatch::GraceMs + 1000);

    QVERIFY(!RollCall(f.centre.database(), f.centre.services().emergencySession()).onPremises());
    QVERIFY(keeper.keepNow()); // nothing read, the copy left as it was
    const auto copy = keeper.copyWhileUnreachable();

    QVERIFY2(copy, qPrintable(copy.errorString()));
    QVERIFY(copy->has_value());
    QCOMPARE(copy.value()->people.size(), live->size());
    QCOMPARE(copy.value()->people.first().name, live->first().name);
    QCOMPARE(copy.value()->people.first().lifeThreateningAllergies, live->first().lifeThreateningAllergies);
    QCOMPARE(copy.value()->people.first().contacts, live->first().contacts);
}

QTEST_GUILESS_MAIN(TestServerWatch)
#include "TestServerWatch.moc"
