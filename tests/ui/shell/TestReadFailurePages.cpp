// SPDX-License-Identifier: GPL-3.0-or-later
// What the desk shows when a read of the data file fails: a damaged page of a real file, met by the room
// board, the front desk's "who's here" and the emergency roll call. Each shows "Could not read the data
// file: …" instead of a list — never an empty board, a "Not here" card or an empty roll call that would
// look like "nobody here". The roll call keeps the last roll it read, marked with its time. The tickets
// board and the desk's overdue tickets show the error in place of their tickets, never "none".
#include "DamagedCentre.h"
#include "attendance/AttendanceService.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "desk/ChildCard.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "families/FamiliesPage.h"
#include "families/FamilyService.h"
#include "incidents/RollCallWindow.h"
#include "tickets/TicketsPage.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

namespace {

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50);
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

QStringList tableTexts(const QTableWidget* table)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
        }
    }
    return texts;
}

} // namespace

class TestReadFailurePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // In this order: the first reads the healthy file, then damages it under the open connection.
    void rollCallKeepsTheLastRollUnderTheError();
    void rollCallWithNoEarlierRollShowsTheErrorAlone();
    void roomBoardShowsTheErrorInPlaceOfTheRooms();
    void frontDeskShowsTheErrorInPlaceOfTheCards();
    void ticketsPageShowsTheErrorInPlaceOfTheBoard();
    // A centre of its own, with a page of the families table damaged.
    void familiesPageShowsTheErrorInPlaceOfTheFamilies();

private:
    DamagedCentre m_centre;
};

void TestReadFailurePages::initTestCase()
{
    const QString built = m_centre.build();
    QVERIFY2(built.isEmpty(), qPrintable(built));
    const QString added = m_centre.alsoDamageLastPageOf(QStringLiteral("tickets"));
    QVERIFY2(added.isEmpty(), qPrintable(added));
}

void TestReadFailurePages::rollCallKeepsTheLastRollUnderTheError()
{
    RollCallWindow window(m_centre.database(), m_centre.session(), m_centre.services().drills(),
                          m_centre.services().healthServices());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("rollCallTableWidget"));
    auto* error = window.findChild<QLabel*>(QStringLiteral("readErrorLabel"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(table && error && status);
    QVERIFY(error->isHidden());
    QVERIFY(window.lastReadAt().isValid());
    const QStringList read = tableTexts(table);
    QVERIFY(read.contains(m_centre.lastPresent().childName));

    const QString damaged = m_centre.damageOpen();
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    window.refresh();

    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("damaged")), qPrintable(error->text()));
    const QString asOf
        = QStringLiteral("as of %1 — may be incomplete")
              .arg(QLocale().toString(window.lastReadAt().toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat));
    QVERIFY2(error->text().contains(asOf), qPrintable(error->text()));
    QVERIFY2(error->styleSheet().contains(Palette::css(Palette::Alert)), qPrintable(error->styleSheet())); // red
    QVERIFY2(status->text().contains(asOf), qPrintable(status->text()));
    // Above the roll read before: every name still there.
    QCOMPARE(tableTexts(table), read);
    QVERIFY(error->geometry().bottom() <= table->geometry().top());
    keepScreenshot(&window, QStringLiteral("rollcall-read-error.png"));
}

void TestReadFailurePages::rollCallWithNoEarlierRollShowsTheErrorAlone()
{
    RollCallWindow window(m_centre.database(), m_centre.session(), m_centre.services().drills(),
                          m_centre.services().healthServices());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* error = window.findChild<QLabel*>(QStringLiteral("readErrorLabel"));
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(!window.lastReadAt().isValid());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("The roll call could not be read")), qPrintable(error->text()));
    QVERIFY(error->font().pointSizeF() > status->font().pointSizeF()); // the most prominent thing on screen
    QVERIFY2(!status->text().contains(QLatin1String("0 children")), qPrintable(status->text()));
    QCOMPARE(window.rowCount(), 0);
    keepScreenshot(&window, QStringLiteral("rollcall-read-error-first.png"));
}

void TestReadFailurePages::roomBoardShowsTheErrorInPlaceOfTheRooms()
{
    RoomBoardPage page(m_centre.services());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* error = page.findChild<QLabel*>(QStringLiteral("boardReadErrorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("damaged")), qPrintable(error->text()));
    // No "0 children here now", no empty rooms, no empty list of children.
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("presentTotalLabel"))->isHidden());
    QVERIFY(page.findChild<QTableWidget*>(QStringLiteral("roomBoardTableWidget"))->isHidden());
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("boardChildrenListWidget"))->isVisible());
    keepScreenshot(&page, QStringLiteral("board-read-error.png"));
}

void TestReadFailurePages::frontDeskShowsTheErrorInPlaceOfTheCards()
{
    FrontDeskPage desk(m_centre.services());
    desk.resize(1100, 760);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    desk.openFamily(m_centre.lastPresent().familyId); // the family loads; who of them is here cannot be read
    auto* error = desk.findChild<QLabel*>(QStringLiteral("frontDeskReadErrorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    for (const ChildCard* card : desk.findChildren<ChildCard*>()) {
        QVERIFY2(!card->isVisible(), "a card would say \"Not here\" for a child who may be here");
    }
    // The family's overdue tickets cannot be read either: the error, not "none overdue" (a hidden label).
    auto* overdue = desk.findChild<QLabel*>(QStringLiteral("overdueTicketsLabel"));
    QVERIFY(overdue);
    QVERIFY(overdue->isVisible());
    QVERIFY2(overdue->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(overdue->text()));
    keepScreenshot(&desk, QStringLiteral("desk-read-error.png"));
}

void TestReadFailurePages::ticketsPageShowsTheErrorInPlaceOfTheBoard()
{
    Services& services = m_centre.services();
    TicketsPage page(services.database(), services.session(), services.tickets(), services.families(),
                     services.centre());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    auto* error = page.findChild<QLabel*>(QStringLiteral("ticketsReadErrorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("damaged")), qPrintable(error->text()));
    // No empty board, no "Tickets shown: 0".
    QVERIFY(page.findChild<QTableView*>(QStringLiteral("ticketsTableView"))->isHidden());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("ticketsSummaryLabel"))->isHidden());
    keepScreenshot(&page, QStringLiteral("tickets-read-error.png"));
}

void TestReadFailurePages::familiesPageShowsTheErrorInPlaceOfTheFamilies()
{
    DamagedCentre damaged;
    const QString built = damaged.build(20);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    QString failed = damaged.alsoDamageLastPageOf(QStringLiteral("families"));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = damaged.damageOpen();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    Services& services = damaged.services();
    FamiliesPage page(services.families(), services.centre(), services.healthServices());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* error = page.findChild<QLabel*>(QStringLiteral("familiesReadErrorLabel"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QLatin1String("Could not read the data file: ")), qPrintable(error->text()));
    // No empty list and no "0 families".
    QVERIFY(page.findChild<QTableView*>(QStringLiteral("familiesTableView"))->isHidden());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("familyResultLabel"))->isHidden());
    keepScreenshot(&page, QStringLiteral("families-read-error.png"));
}

QTEST_MAIN(TestReadFailurePages)
#include "TestReadFailurePages.moc"
