// SPDX-License-Identifier: GPL-3.0-or-later
// Live stations (issue 16, point 4): a check-in at one station reaches another station's ChangeFeed. On the
// centre server (TestChangeFeed.server) by the server's notification, pushed, within milliseconds; on a data file
// by the feed's poll of PRAGMA data_version. The other station is a second process (kindred-desk-writer).
#include "DeskProcess.h"
#include "TestCentre.h"
#include "attendance/AttendanceService.h"
#include "families/FamilyService.h"
#include "store/ChangeFeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::ChangeFeed::Topics)

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topicsOfPayload_data();
    void topicsOfPayload();
    void anotherProcessesCheckInArrives();
    void ownWritesAreNotNews();
    void oneCommitIsOneReport();
    void stoppedFeedIsQuiet();
    void listensAgainAfterAReconnect();

private:
    static ChangeFeed::Topics seen(const QSignalSpy& spy);
};

void TestChangeFeed::initTestCase()
{
    qRegisterMetaType<ChangeFeed::Topics>();
}

ChangeFeed::Topics TestChangeFeed::seen(const QSignalSpy& spy)
{
    ChangeFeed::Topics topics;
    for (const QList<QVariant>& signal : spy) {
        topics |= signal.at(0).value<ChangeFeed::Topics>();
    }
    return topics;
}

void TestChangeFeed::topicsOfPayload_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<ChangeFeed::Topics>("topics");
    QTest::newRow("attendance") << QStringLiteral("attendance") << ChangeFeed::Topics(ChangeFeed::Topic::Attendance);
    QTest::newRow("tickets") << QStringLiteral("tickets") << ChangeFeed::Topics(ChangeFeed::Topic::Tickets);
    QTest::newRow("incidents") << QStringLiteral("incidents") << ChangeFeed::Topics(ChangeFeed::Topic::Incidents);
    QTest::newRow("a newer Kindred's topic: everything") << QStringLiteral("invoices") << ChangeFeed::allTopics();
    QTest::newRow("no payload: everything") << QString() << ChangeFeed::allTopics();
}

void TestChangeFeed::topicsOfPayload()
{
    QFETCH(QString, payload);
    QFETCH(ChangeFeed::Topics, topics);
    QCOMPARE(ChangeFeed::topicsOf(payload), topics);
    for (const ChangeFeed::Topic topic :
         {ChangeFeed::Topic::Attendance, ChangeFeed::Topic::Families, ChangeFeed::Topic::Health,
          ChangeFeed::Topic::Tickets, ChangeFeed::Topic::Incidents, ChangeFeed::Topic::Centre,
          ChangeFeed::Topic::Security}) {
        QCOMPARE(ChangeFeed::topicsOf(ChangeFeed::nameOf(topic)), ChangeFeed::Topics(topic));
    }
}

// The proof of point 4: another process checks a child in; this station hears of it by the feed, pushed by the
// server (a data file: within the poll), well within the generous 10 s.
void TestChangeFeed::anotherProcessesCheckInArrives()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.generateDemo(12));
    ChangeFeed& feed = centre.services().changes();
    const auto started = feed.start();
    QVERIFY2(started, qPrintable(started.errorString()));
    QCOMPARE(feed.isPushed(), centre.onServer());
    QSignalSpy spy(&feed, &ChangeFeed::changed);

    DeskProcess desk;
    const QString location = centre.onServer() ? QStringLiteral("server:") + centre.path() : centre.path();
    QVERIFY(desk.start(location, 0, 3, 1, {QStringLiteral("--wait")}));
    QVERIFY2(desk.waitForReady(60000), qPrintable(desk.errors().join(QLatin1Char('\n')) + desk.standardError()));
    // Whatever the other station wrote while it opened is not what this test waits for.
    QTest::qWait(2 * ChangeFeed::PollIntervalMs);
    spy.clear();

    QElapsedTimer timer;
    timer.start();
    desk.go();
    QTRY_VERIFY_WITH_TIMEOUT(seen(spy).testFlag(ChangeFeed::Topic::Attendance), 10000);
    qInfo("the other station's check-in arrived %lld ms after it was asked for (%s)", timer.elapsed(),
          feed.isPushed() ? "pushed by the server" : "by the poll");
    QVERIFY(desk.waitForDone(30000));
    QVERIFY2(desk.errors().isEmpty(), qPrintable(desk.errors().join(QLatin1Char('\n'))));
    QCOMPARE(desk.checkedIn().size(), 1);
    if (centre.onServer()) {
        // The server says what changed: a check-in is attendance (and its audit entry, which no page follows).
        QVERIFY(!seen(spy).testFlag(ChangeFeed::Topic::Tickets));
    }
    desk.go();
    QVERIFY2(desk.finish(30000), qPrintable(desk.standardError()));
}

// This station's own check-in is announced by AttendanceService; the feed does not repeat it.
void TestChangeFeed::ownWritesAreNotNews()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.generateDemo(12));
    ChangeFeed& feed = centre.services().changes();
    QVERIFY(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    const QList<DeskPair> pairs = DeskProcess::pairs(centre.families(), 0, 2);
    QVERIFY(!pairs.isEmpty());
    QSignalSpy local(&centre.services().attendance(), &AttendanceService::attendanceChanged);
    const auto done = centre.services().attendance().checkIn({pairs.first().childId}, pairs.first().adultId);
    QVERIFY2(done, qPrintable(done.errorString()));
    QCOMPARE(local.size(), 1);
    QTest::qWait(3 * ChangeFeed::PollIntervalMs);
    QCOMPARE(spy.size(), 0);
}

// One transaction of another connection, touching rooms and tickets: one report. The server names both topics
// (its notifications of one commit arrive together); a data file cannot say what changed and names every topic.
void TestChangeFeed::oneCommitIsOneReport()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.generateDemo(12));
    ChangeFeed& feed = centre.services().changes();
    QVERIFY(feed.start());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    auto other = centre.database().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.errorString()));
    const QSqlDatabase db = other.value()->connection();
    for (const char* sql : {"BEGIN", "UPDATE rooms SET name = name", "UPDATE tickets SET status = status WHERE id < 0",
                            "UPDATE rooms SET capacity = capacity", "COMMIT"}) {
        QSqlQuery query(db);
        QVERIFY2(query.exec(QString::fromLatin1(sql)), qPrintable(query.lastError().text()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
    QTest::qWait(3 * ChangeFeed::PollIntervalMs);
    QCOMPARE(spy.size(), 1);
    const ChangeFeed::Topics expected = centre.onServer()
        ? ChangeFeed::Topics(ChangeFeed::Topic::Centre | ChangeFeed::Topic::Tickets)
        : ChangeFeed::allTopics();
    QCOMPARE(spy.first().at(0).value<ChangeFeed::Topics>(), expected);
}

void TestChangeFeed::stoppedFeedIsQuiet()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    QVERIFY(centre.generateDemo(6)); // rooms to write
    ChangeFeed& feed = centre.services().changes();
    QVERIFY(feed.start());
    QVERIFY(feed.isActive());
    feed.stop();
    QVERIFY(!feed.isActive());
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    auto other = centre.database().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.errorString()));
    QSqlQuery query(other.value()->connection());
    QVERIFY2(query.exec(QStringLiteral("UPDATE rooms SET name = name")), qPrintable(query.lastError().text()));
    QTest::qWait(3 * ChangeFeed::PollIntervalMs);
    QCOMPARE(spy.size(), 0);
    // And it can follow again.
    QVERIFY(feed.start());
    QVERIFY(query.exec(QStringLiteral("UPDATE rooms SET capacity = capacity")));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 10000);
}

// The server dropped this station's connection and it was opened again (WriteTransaction's retry): the LISTEN
// went with it. At this station's next write the feed listens again and reports every topic (what others
// committed meanwhile was not heard); then it hears the others again.
void TestChangeFeed::listensAgainAfterAReconnect()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    if (!centre.onServer()) {
        QSKIP("a data file's feed polls: there is no subscription to lose");
    }
    QVERIFY(centre.generateDemo(6));
    ChangeFeed& feed = centre.services().changes();
    QVERIFY(feed.start());
    QSqlDatabase db = centre.database().connection();
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    auto other = centre.database().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.errorString()));
    QSqlQuery query(other.value()->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE tickets SET status = status WHERE id < 0")));
    QTest::qWait(3 * ChangeFeed::PollIntervalMs);
    QCOMPARE(spy.size(), 0); // deaf, as the reconnect left it

    const QList<DeskPair> pairs = DeskProcess::pairs(centre.families(), 0, 2);
    QVERIFY(!pairs.isEmpty());
    QVERIFY(centre.services().attendance().checkIn({pairs.first().childId}, pairs.first().adultId));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
    QCOMPARE(spy.first().at(0).value<ChangeFeed::Topics>(), ChangeFeed::allTopics());
    QVERIFY(query.exec(QStringLiteral("UPDATE tickets SET status = status WHERE id < 0")));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 10000);
    QCOMPARE(spy.at(1).at(0).value<ChangeFeed::Topics>(), ChangeFeed::Topics(ChangeFeed::Topic::Tickets));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "TestChangeFeed.moc"
