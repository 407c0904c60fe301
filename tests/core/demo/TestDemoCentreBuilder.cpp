// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 13: the demo centre looks like a real morning at whatever time it is built.
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/ExpectedToday.h"
#include "attendance/StaffPresence.h"
#include "demo/DemoCentreBuilder.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

qint64 count(Database& database, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestDemoCentreBuilder : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeARealDay_data();
    void looksLikeARealDay();
    void theSameSeedAndHourGiveTheSameDay();
};

void TestDemoCentreBuilder::looksLikeARealDay_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("someGoneHome");
    QTest::newRow("Tuesday morning, 09:40") << QDateTime(QDate(2026, 11, 24), QTime(9, 40), Melbourne) << true << false;
    QTest::newRow("Thursday afternoon, 16:20")
        << QDateTime(QDate(2026, 11, 26), QTime(16, 20), Melbourne) << true << true;
    QTest::newRow("Saturday, 10:00") << QDateTime(QDate(2026, 11, 28), QTime(10, 0), Melbourne) << false << false;
    QTest::newRow("Wednesday before opening, 05:30")
        << QDateTime(QDate(2026, 11, 25), QTime(5, 30), Melbourne) << false << false;
}

void TestDemoCentreBuilder::looksLikeARealDay()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, open);
    QFETCH(bool, someGoneHome);
    MockClock clock(now, Melbourne);
    TestCentre centre;
    Database& database = centre.database();
    DemoBuildOptions options;
    options.centre.timeZone = QStringLiteral("Australia/Melbourne");
    options.centre.photos = false;
    QElapsedTimer timer;
    timer.start();
    const auto built = DemoCentreBuilder::build(database, options, &clock);
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    qInfo("built in %lld ms: %s", timer.elapsed(), qPrintable(DemoMorning::describe(built->today)));
    QCOMPARE(Clock::currentDateTimeUtc(), now.toUTC()); // the test's clock is back
    const QString today = now.date().toString(Qt::ISODate);
    const QString nowText = now.toUTC().toString(Qt::ISODateWithMs);

    // Never a check-in, a check-out, a clock-in or an audit entry in the future.
    QCOMPARE(count(database,
                   QStringLiteral("SELECT COUNT(*) FROM attendance WHERE checked_in_at > ? "
                                  "OR checked_out_at > ?"),
                   {nowText, nowText}),
             0);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at_utc > ?"), {nowText}), 0);

    // Every child checked in today is booked today.
    const int weekdayBit = 1 << (now.date().dayOfWeek() - 1);
    QCOMPARE(count(database, QStringLiteral(R"(
        SELECT COUNT(*) FROM attendance a WHERE a.day = ? AND NOT EXISTS (
            SELECT 1 FROM child_bookings b WHERE b.child_id = a.child_id AND (b.weekdays & ?) != 0
            AND b.starts_on <= a.day AND (b.ends_on IS NULL OR b.ends_on = '' OR b.ends_on >= a.day)))"),
                   {today, weekdayBit}),
             0);
    const qint64 checkedInToday
        = count(database, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE day = ?"), {today});
    const qint64 hereNow = count(
        database, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE day = ? AND checked_out_at IS NULL"), {today});
    QCOMPARE(checkedInToday > 0, open);
    QCOMPARE(hereNow > 0, open);
    QCOMPARE(checkedInToday > hereNow, someGoneHome);
    // Checked in by the receptionist at the desk, through the service (its audit entries).
    QCOMPARE(count(database,
                   QStringLiteral("SELECT COUNT(*) FROM attendance a WHERE a.day = ? AND a.checkin_desk_staff_id "
                                  "NOT IN (SELECT id FROM staff WHERE role = 'receptionist')"),
                   {today}),
             0);
    QVERIFY(count(database,
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at_utc >= ? AND action LIKE "
                                 "'attendance.%'"),
                  {QDateTime(now.date(), QTime(0, 0), Melbourne).toUTC().toString(Qt::ISODateWithMs)})
            >= checkedInToday);

    // The desk's figures agree with what was played.
    Session reader(SystemActorKind::Demo);
    const auto figures = ExpectedToday(database, reader).figures();
    QVERIFY2(figures.ok(), qPrintable(figures.errorString()));
    QCOMPARE(figures->here, built->today.here);
    QCOMPARE(figures->goneHome, built->today.goneHome);
    if (open) {
        QVERIFY(figures->absent >= 1);
    }

    // Every room with children has its staff present, by the rule the board and the roll call use.
    const auto present = StaffPresence(database, reader).presentNow();
    QVERIFY2(present.ok(), qPrintable(present.errorString()));
    QSet<qint64> staffedRooms;
    for (const StaffShift& shift : present.value()) {
        staffedRooms.insert(shift.roomId);
    }
    QSqlQuery rooms(database.connection());
    rooms.prepare(QStringLiteral("SELECT DISTINCT room_id FROM attendance WHERE day = ? AND checked_out_at IS NULL"));
    rooms.addBindValue(today);
    QVERIFY(rooms.exec());
    while (rooms.next()) {
        QVERIFY2(staffedRooms.contains(rooms.value(0).toLongLong()), "a room with children and no staff");
    }
    QCOMPARE(!present->isEmpty(), open);

    // About four weeks of history, up to yesterday.
    QSqlQuery days(QStringLiteral("SELECT MIN(day), MAX(day) FROM attendance WHERE day < '%1'").arg(today),
                   database.connection());
    QVERIFY(days.next());
    QVERIFY(QDate::fromString(days.value(0).toString(), Qt::ISODate) <= now.date().addDays(-24));
    QVERIFY(QDate::fromString(days.value(0).toString(), Qt::ISODate) >= now.date().addDays(-28));
    QVERIFY(QDate::fromString(days.value(1).toString(), Qt::ISODate) >= now.date().addDays(-3));
    QVERIFY(count(database, QStringLiteral("SELECT COUNT(*) FROM absences WHERE day < ?"), {today}) > 0);
    QVERIFY(count(database, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE late_minutes > 0")) > 0);
    // A director's corrections: a check-in time corrected and a mistaken check-in voided, with reasons.
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM attendance_corrections")), 1);
    QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM attendance_voids")), 1);
    days.finish();

    // Tickets of each kind, open and closed, some with the parent's rating.
    for (const QString& kind :
         {QStringLiteral("complaint"), QStringLiteral("compliment"), QStringLiteral("suggestion")}) {
        QVERIFY2(
            count(database, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = ? AND status = 'closed'"), {kind})
                > 0,
            qPrintable(kind));
        QVERIFY2(count(database,
                       QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = ? AND status NOT IN "
                                      "('resolved', 'closed')"),
                       {kind})
                     > 0,
                 qPrintable(kind));
    }
    QVERIFY(count(database, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE followup_rating IS NOT NULL")) > 0);
    QVERIFY(count(database, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'reopened'")) > 0);
    // Incidents of each kind, the parent told; some signed off, a few awaiting the parent's acknowledgement.
    for (const QString& kind : {QStringLiteral("injury"), QStringLiteral("illness"), QStringLiteral("behaviour"),
                                QStringLiteral("medication")}) {
        QVERIFY2(count(database,
                       QStringLiteral("SELECT COUNT(*) FROM incidents WHERE kind = ? AND parent_notified_at IS NOT "
                                      "NULL AND created_at >= ?"),
                       {kind, now.date().addDays(-28).toString(Qt::ISODate)})
                     > 0,
                 qPrintable(kind));
    }
    QVERIFY(count(database, QStringLiteral("SELECT COUNT(*) FROM incidents WHERE status = 'signed_off'")) > 0);
    QVERIFY(count(database,
                  QStringLiteral("SELECT COUNT(*) FROM incidents WHERE status != 'draft' AND "
                                 "acknowledged_at IS NULL"))
            >= 2);
}

namespace {

QStringList everyStay(Database& database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT child_id, day, checked_in_at, checked_out_at, brought_by_person_id, "
                              "collected_by_person_id FROM attendance ORDER BY id"));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 6; ++i) {
            row << query.value(i).toString();
        }
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

void TestDemoCentreBuilder::theSameSeedAndHourGiveTheSameDay()
{
    MockClock clock(QDateTime(QDate(2026, 11, 24), QTime(11, 5), Melbourne), Melbourne);
    DemoBuildOptions options;
    options.centre.timeZone = QStringLiteral("Australia/Melbourne");
    options.centre.photos = false;
    QStringList built[2];
    for (QStringList& stays : built) {
        TestCentre centre;
        QVERIFY(DemoCentreBuilder::build(centre.database(), options, &clock).ok());
        stays = everyStay(centre.database());
    }
    QVERIFY(built[0].size() > 500);
    QCOMPARE(built[0], built[1]);
}

QTEST_MAIN(TestDemoCentreBuilder)
#include "TestDemoCentreBuilder.moc"
