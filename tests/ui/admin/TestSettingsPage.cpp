// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "admin/SettingsPage.h"
#include "centre/CentreSettings.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));

StaffMember signInAs(TestCentre& centre, StaffRole role, const QString& first)
{
    centre.session().actAs(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    StaffMember m;
    m.firstName = first;
    m.lastName = QStringLiteral("Tester");
    m.role = role;
    if (!centre.centre().saveStaff(m)) {
        return {};
    }
    centre.session().signIn(m);
    return m;
}

void grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

void setDemoSettings(TestCentre& centre)
{
    SettingsService settings(centre.database(), centre.session());
    CentreSettings s;
    s.name = QStringLiteral("Wattle Tree Early Learning");
    s.address = QStringLiteral("12 Wattle Street, Riverside");
    s.phone = QStringLiteral("03 9555 0123");
    s.timeZone = QStringLiteral("Australia/Melbourne");
    s.currency = QStringLiteral("AUD");
    QVERIFY(s.save(settings).ok());
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void idleMinutesApplyAtOnce();
    void closingBeforeOpeningIsRefused();
    void windowTitleFollowsTheName();
    void receptionistSeesReadOnly();
    void aStationServesTheSiteChosenInSettings();
};

void TestSettingsPage::idleMinutesApplyAtOnce()
{
    MockClock clock(Morning);
    TestCentre centre;
    setDemoSettings(centre);
    QVERIFY(signInAs(centre, StaffRole::Administrator, QStringLiteral("Ada")).id);
    QMainWindow window;
    SecurityController security(centre.services(), &window);
    QCOMPARE(security.idleLock().timeoutMinutes(), IdleLock::DefaultMinutes);

    SettingsPage page(centre.database(), centre.session(), centre.services().settings());
    page.resize(1060, 720); // as in the main window
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* idle = page.findChild<QSpinBox*>(QStringLiteral("idleLockSpinBox"));
    QCOMPARE(idle->value(), IdleLock::DefaultMinutes);
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, QStringLiteral("12"));
    QCOMPARE(idle->value(), 12);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
    QCOMPARE(security.idleLock().timeoutMinutes(), 12);
    grab(&page, QStringLiteral("settings.png"));

    // 0 means never: the screen never locks by itself.
    idle->setValue(0);
    QCOMPARE(idle->text(), QStringLiteral("Never"));
    QVERIFY(page.save());
    QCOMPARE(security.idleLock().timeoutMinutes(), 0);
    clock.advanceSecs(3600);
    QVERIFY(!security.idleLock().isLocked());
}

void TestSettingsPage::closingBeforeOpeningIsRefused()
{
    MockClock clock(Morning);
    TestCentre centre;
    setDemoSettings(centre);
    QVERIFY(signInAs(centre, StaffRole::Administrator, QStringLiteral("Ada")).id);
    SettingsPage page(centre.database(), centre.session(), centre.services().settings());
    page.resize(1060, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("centreNameLineEdit"));
    name->setText(QStringLiteral("Gum Tree Kindergarten"));
    page.findChild<QTimeEdit*>(QStringLiteral("openingTimeEdit"))->setTime(QTime(9, 0));
    auto* closing = page.findChild<QTimeEdit*>(QStringLiteral("closingTimeEdit"));
    closing->setTime(QTime(8, 30));
    QVERIFY(!page.save());
    auto* message = page.findChild<QLabel*>(QStringLiteral("settingsMessageLabel"));
    QVERIFY2(message->text().contains(QStringLiteral("closing time")), qPrintable(message->text()));
    QVERIFY(closing->hasFocus());
    grab(&page, QStringLiteral("settings-refused.png"));
    // Nothing was lost from the form, and nothing was saved.
    QCOMPARE(name->text(), QStringLiteral("Gum Tree Kindergarten"));
    QCOMPARE(closing->time(), QTime(8, 30));
    QCOMPARE(SettingsService::read(centre.database(), SettingsService::CentreName).value(),
             QStringLiteral("Wattle Tree Early Learning"));
    closing->setTime(QTime(17, 30));
    QVERIFY(page.save());
    QCOMPARE(SettingsService::read(centre.database(), SettingsService::ClosingTime).value(), QStringLiteral("17:30"));
    QCOMPARE(SettingsService::read(centre.database(), SettingsService::CentreName).value(),
             QStringLiteral("Gum Tree Kindergarten"));
}

void TestSettingsPage::windowTitleFollowsTheName()
{
    MockClock clock(Morning);
    TestCentre centre;
    setDemoSettings(centre);
    MainWindow window(centre.services());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Wattle Tree Early Learning")));
    SettingsPage page(centre.database(), centre.session(), centre.services().settings());
    page.findChild<QLineEdit*>(QStringLiteral("centreNameLineEdit"))->setText(QStringLiteral("Gum Tree"));
    QVERIFY(page.save());
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Gum Tree —")), qPrintable(window.windowTitle()));
}

void TestSettingsPage::receptionistSeesReadOnly()
{
    MockClock clock(Morning);
    TestCentre centre;
    setDemoSettings(centre);
    QVERIFY(signInAs(centre, StaffRole::Receptionist, QStringLiteral("Rae")).id);
    SettingsPage page(centre.database(), centre.session(), centre.services().settings());
    page.resize(1060, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("centreNameLineEdit"));
    QCOMPARE(name->text(), QStringLiteral("Wattle Tree Early Learning"));
    QVERIFY(name->isReadOnly());
    QVERIFY(page.findChild<QSpinBox*>(QStringLiteral("idleLockSpinBox"))->isReadOnly());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"))->isVisible());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("labelPrintingButton"))->isEnabled());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsAccessLabel"))->isVisible());
    grab(&page, QStringLiteral("settings-receptionist.png"));
    // A save forced through still meets core's check.
    QVERIFY(!page.save());
    QCOMPARE(SettingsService::read(centre.database(), SettingsService::CentreName).value(),
             QStringLiteral("Wattle Tree Early Learning"));
}

// Issue 16, point 8: the settings list the sites; the administrator sets this computer to serve another one,
// and the window's title and the who's-here board follow at once; a receptionist sees the list only.
void TestSettingsPage::aStationServesTheSiteChosenInSettings()
{
    MockClock clock(Morning);
    TestCentre centre;
    setDemoSettings(centre);
    QVERIFY(signInAs(centre, StaffRole::Administrator, QStringLiteral("Ada")).id);
    Site north {0, QStringLiteral("Wattle Tree Northside"), false};
    QVERIFY(centre.services().sites().saveSite(north));
    MainWindow window(centre.services());
    window.resize(1280, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* panel = window.findChild<QWidget*>(QStringLiteral("sitesPanel"));
    QVERIFY(panel);
    window.showSection(window.findChild<SettingsPage*>());
    QVERIFY(panel->isVisible());
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("sitesTableWidget"));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Wattle Tree Early Learning, ")),
             qPrintable(window.windowTitle()));
    int northRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == north.name) {
            northRow = row;
        }
    }
    QVERIFY(northRow >= 0);
    QVERIFY(table->item(northRow, 1)->text().isEmpty());
    table->selectRow(northRow);
    auto* serve = panel->findChild<QPushButton*>(QStringLiteral("serveSiteButton"));
    QVERIFY(serve->isEnabled());
    serve->click();
    QCOMPARE(centre.session().siteId(), north.id);
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Wattle Tree Early Learning, Wattle Tree Northside")),
             qPrintable(window.windowTitle()));
    QVERIFY(!table->item(northRow, 1)->text().isEmpty());
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("stationSiteLabel"))->text().contains(north.name));
    QCoreApplication::processEvents(); // the layout of the rows just marked
    grab(panel, QStringLiteral("settings-sites.png"));

    // A receptionist sees which site this computer serves, and changes nothing.
    QVERIFY(signInAs(centre, StaffRole::Receptionist, QStringLiteral("Rae")).id);
    for (const char* name : {"addSiteButton", "renameSiteButton", "archiveSiteButton", "serveSiteButton"}) {
        QVERIFY2(!panel->findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
    }
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
