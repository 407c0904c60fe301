// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 3: with no family open, the desk shows today at a glance, and a tile opens the family.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "demo/DemoCentreGenerator.h"
#include "desk/FrontDeskPage.h"
#include "desk/TodayPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Kindred;

namespace {

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

} // namespace

class TestTodayPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsTodayUntilAFamilyIsOpened();
    void readsAgainForWhoeverSignsIn();
    void demoMorning();
};

void TestTodayPanel::showsTodayUntilAFamilyIsOpened()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        f.okafor.children[0].bookings
            = {ChildBooking {ChildBooking::WeekDays, QTime(8, 0), QTime(17, 0), QDate(2026, 1, 5), {}}};
        f.okafor.children[1].bookings
            = {ChildBooking {ChildBooking::WeekDays, QTime(7, 30), QTime(17, 0), QDate(2026, 1, 5), {}}};
        QVERIFY(f.centre.families().save(f.okafor).ok());
    }
    FrontDeskPage page(f.centre.services());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* panel = page.findChild<TodayPanel*>(QStringLiteral("todayPanel"));
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->figures().expected, 2);
    QCOMPARE(panel->figures().late, 1);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("todayLateLabel"))->text(), QStringLiteral("1"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("todayLateLabelCaption"))->text(), QStringLiteral("late"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("todayExpectedLabel"))->text(), QStringLiteral("2"));
    auto* tiles = panel->findChild<QListWidget*>(QStringLiteral("todayTilesListWidget"));
    QCOMPARE(tiles->count(), 2); // Chidi late, then Amara due at 08:00
    QVERIFY(tiles->item(0)->text().startsWith(QStringLiteral("Chidi Okafor")));
    keepScreenshot(&page, QStringLiteral("desk-today-small.png"));

    // A check-in elsewhere updates the figures.
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    QCOMPARE(panel->figures().here, 1);
    QCOMPARE(panel->figures().late, 0);
    QCOMPARE(tiles->count(), 1);

    // A tile opens its family; the panel gives way to the children's cards.
    QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tiles->visualItemRect(tiles->item(0)).center());
    QCOMPARE(page.currentFamilyId(), f.okafor.id);
    QVERIFY(!panel->isVisible());
}

// The desk opens behind the lock: the panel's "sign in" is not left standing for whoever signs in.
void TestTodayPanel::readsAgainForWhoeverSignsIn()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signOut();
    FrontDeskPage page(f.centre.services());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* error = page.findChild<QLabel*>(QStringLiteral("todayErrorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("sign in")), qPrintable(error->text()));

    f.centre.session().signIn(f.receptionist);
    QVERIFY(!error->isVisible());
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("todayHereLabel"))->text(), QStringLiteral("0"));
}

void TestTodayPanel::demoMorning()
{
    // A demo centre at 08:20 on a Monday: the figures are those of its bookings.
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 20), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    DemoCentreOptions options;
    options.children = 80;
    options.photos = !qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOT_DIR");
    options.timeZone = QStringLiteral("Australia/Melbourne");
    QVERIFY(DemoCentreGenerator(centre.database()).generate(options).ok());
    FrontDeskPage page(centre.services());
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* panel = page.findChild<TodayPanel*>(QStringLiteral("todayPanel"));
    QVERIFY(panel->figures().keepsBookings);
    QVERIFY2(panel->figures().expected >= 40, qPrintable(QString::number(panel->figures().expected)));
    QVERIFY(panel->figures().late > 0); // nobody has come yet, and many were due by 08:05
    QCOMPARE(panel->figures().toArrive, panel->figures().expected);
    QVERIFY(!panel->figures().arrivingSoon.isEmpty());
    keepScreenshot(&page, QStringLiteral("desk-today-demo.png"));
}

QTEST_MAIN(TestTodayPanel)
#include "TestTodayPanel.moc"
