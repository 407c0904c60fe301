// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "TicketTestData.h"
#include "centre/SettingsService.h"
#include "tickets/ServiceTargets.h"
#include "tickets/TicketService.h"

#include <QTest>

using namespace Kindred;

class TestServiceTargets : public QObject
{
    Q_OBJECT

private slots:
    void workingTimeSkipsNightsAndWeekends_data();
    void workingTimeSkipsNightsAndWeekends();
    void targetsAreSettings();
    void invalidTargetsRefused_data();
    void invalidTargetsRefused();
    void openingHoursFromSettings();
    void overdueAcrossAWeekend_data();
    void overdueAcrossAWeekend();
};

namespace {
const QTimeZone Melbourne("Australia/Melbourne");
QDateTime at(int year, int month, int day, int hour, int minute = 0)
{
    return TicketTestData::melbourne(year, month, day, hour, minute);
}
} // namespace

void TestServiceTargets::workingTimeSkipsNightsAndWeekends_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QDateTime>("due");
    // 2026-03-06 is a Friday; opening hours 07:00–18:00.
    QTest::newRow("Monday morning, 2 hours: same day") << at(2026, 3, 2, 9) << 120 << at(2026, 3, 2, 11);
    QTest::newRow("Friday 17:00, 2 hours: Monday 08:00") << at(2026, 3, 6, 17) << 120 << at(2026, 3, 9, 8);
    QTest::newRow("Friday 16:00, 2 hours: exactly at closing") << at(2026, 3, 6, 16) << 120 << at(2026, 3, 6, 18);
    QTest::newRow("Friday 16:00, 121 minutes: Monday 07:01") << at(2026, 3, 6, 16) << 121 << at(2026, 3, 9, 7, 1);
    QTest::newRow("Saturday 10:00, 1 hour: Monday 08:00") << at(2026, 3, 7, 10) << 60 << at(2026, 3, 9, 8);
    QTest::newRow("Sunday 23:30, 1 hour: Monday 08:00") << at(2026, 3, 8, 23, 30) << 60 << at(2026, 3, 9, 8);
    QTest::newRow("Thursday 20:00 (closed), 1 hour: Friday 08:00") << at(2026, 3, 5, 20) << 60 << at(2026, 3, 6, 8);
    QTest::newRow("Wednesday 05:00 (before opening), 1 hour: 08:00") << at(2026, 3, 4, 5) << 60 << at(2026, 3, 4, 8);
    QTest::newRow("Friday 09:00, 22 hours (two days): Tuesday 09:00")
        << at(2026, 3, 6, 9) << 22 * 60 << at(2026, 3, 10, 9);
    QTest::newRow("Monday 07:00, 55 hours (five days): Friday 18:00")
        << at(2026, 3, 2, 7) << 55 * 60 << at(2026, 3, 6, 18);
    QTest::newRow("Friday before daylight saving ends, 2 hours: Monday 08:00 AEST")
        << at(2026, 4, 3, 17) << 120 << at(2026, 4, 6, 8);
    QTest::newRow("Friday before daylight saving starts, 2 hours: Monday 08:00 AEDT")
        << at(2026, 10, 2, 17) << 120 << at(2026, 10, 5, 8);
}

void TestServiceTargets::workingTimeSkipsNightsAndWeekends()
{
    QFETCH(QDateTime, start);
    QFETCH(int, minutes);
    QFETCH(QDateTime, due);
    const QDateTime computed
        = ServiceTargets::addWorkingMinutes(start.toUTC(), minutes, QTime(7, 0), QTime(18, 0), Melbourne);
    QCOMPARE(computed.timeSpec(), Qt::UTC);
    QCOMPARE(computed, due.toUTC());
    QCOMPARE(computed.toTimeZone(Melbourne).time(), due.time());
}

void TestServiceTargets::targetsAreSettings()
{
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    ServiceTargets targets(settings);
    QCOMPARE(targets.target(TicketPriority::Urgent)->acknowledgeHours,
             ServiceTargets::defaultTarget(TicketPriority::Urgent).acknowledgeHours);
    QVERIFY(targets.setTarget(TicketPriority::Urgent, {2, 6}).ok());
    QCOMPARE(settings.value(ServiceTargets::acknowledgeKey(TicketPriority::Urgent)).value(), QStringLiteral("2"));
    QVERIFY(centre.reopen());
    SettingsService reread(centre.database(), centre.session());
    ServiceTargets again(reread);
    QCOMPARE(again.target(TicketPriority::Urgent)->acknowledgeHours, 2);
    QCOMPARE(again.target(TicketPriority::Urgent)->resolveHours, 6);
    QCOMPARE(again.target(TicketPriority::Low)->resolveHours,
             ServiceTargets::defaultTarget(TicketPriority::Low).resolveHours);
}

void TestServiceTargets::invalidTargetsRefused_data()
{
    QTest::addColumn<int>("acknowledge");
    QTest::addColumn<int>("resolve");
    QTest::addColumn<QString>("field");
    QTest::newRow("zero hours to acknowledge") << 0 << 8 << QStringLiteral("acknowledgeHours");
    QTest::newRow("resolve sooner than acknowledge") << 8 << 4 << QStringLiteral("resolveHours");
    QTest::newRow("more than 2000 hours") << 4 << 2001 << QStringLiteral("resolveHours");
}

void TestServiceTargets::invalidTargetsRefused()
{
    QFETCH(int, acknowledge);
    QFETCH(int, resolve);
    QFETCH(QString, field);
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    ServiceTargets targets(settings);
    const auto saved = targets.setTarget(TicketPriority::High, {acknowledge, resolve});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, field);
    QVERIFY(settings.value(ServiceTargets::resolveKey(TicketPriority::High))->isEmpty());
}

void TestServiceTargets::openingHoursFromSettings()
{
    MockClock clock(at(2026, 3, 6, 17));
    TestCentre centre;
    SettingsService settings(centre.database(), centre.session());
    QVERIFY(settings.setValue(SettingsService::OpeningTime, QStringLiteral("08:30")).ok());
    QVERIFY(settings.setValue(SettingsService::ClosingTime, QStringLiteral("17:30")).ok());
    ServiceTargets targets(settings);
    QVERIFY(targets.setTarget(TicketPriority::Normal, {2, 10}).ok());
    // Friday 17:00: half an hour left on Friday, then Monday from 08:30.
    QCOMPARE(targets.dueToAcknowledge(clock.currentDateTimeUtc(), TicketPriority::Normal).value(),
             at(2026, 3, 9, 10).toUTC());
    QVERIFY(settings.setValue(SettingsService::ClosingTime, QStringLiteral("06:00")).ok()); // nonsense: defaults
    QCOMPARE(targets.openingTime().value(), QTime(7, 0));
    QCOMPARE(targets.closingTime().value(), QTime(18, 0));
}

void TestServiceTargets::overdueAcrossAWeekend_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("overdue");
    // Raised Friday 17:00 with 2 hours to acknowledge: due Monday 08:00.
    QTest::newRow("Friday 18:30, after closing: not yet") << at(2026, 3, 6, 18, 30) << false;
    QTest::newRow("Saturday noon: not yet (weekend)") << at(2026, 3, 7, 12) << false;
    QTest::newRow("Sunday evening: not yet") << at(2026, 3, 8, 21) << false;
    QTest::newRow("Monday 07:59: not yet") << at(2026, 3, 9, 7, 59) << false;
    QTest::newRow("Monday 08:00 exactly: not yet") << at(2026, 3, 9, 8) << false;
    QTest::newRow("Monday 08:01: overdue") << at(2026, 3, 9, 8, 1) << true;
}

void TestServiceTargets::overdueAcrossAWeekend()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, overdue);
    MockClock clock(at(2026, 3, 6, 17));
    TestCentre centre;
    const qint64 owner = TicketTestData::addStaff(centre, QStringLiteral("Priya"), QStringLiteral("Shah"));
    const Family family = TicketTestData::addFamily(centre, QStringLiteral("Okafor"));
    TicketService service(centre.database(), centre.session());
    QVERIFY(service.targets().setTarget(TicketPriority::Normal, {2, 20}).ok());
    TicketDraft draft;
    draft.familyId = family.id;
    draft.subject = QStringLiteral("Lunchbox came home unopened");
    draft.ownerId = owner;
    const auto id = service.capture(draft);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    const Ticket ticket = service.ticket(id.value()).value();
    QCOMPARE(ticket.dueAcknowledgeAt, at(2026, 3, 9, 8).toUTC());

    clock.set(now);
    QCOMPARE(ticket.isOverdueAt(now.toUTC()), overdue);
    QCOMPARE(service.overdueTicketCount(family.id).value(), overdue ? 1 : 0);
    QCOMPARE(service.overdueTickets(family.id)->size(), overdue ? 1 : 0);
    TicketFilter filter;
    filter.overdueOnly = true;
    QCOMPARE(service.board(filter)->size(), overdue ? 1 : 0);
    // Acknowledging stops the clock to acknowledge; resolving is due 20 working hours after capture.
    QVERIFY(service.acknowledge(id.value()).ok());
    QCOMPARE(service.overdueTicketCount(family.id).value(), 0);
}

QTEST_MAIN(TestServiceTargets)
#include "TestServiceTargets.moc"
