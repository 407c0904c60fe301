// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 9: locked means locked. The real window with its real SecurityController: while the
// screen is locked nothing of the previous person is usable (core refuses, a dialog behind the lock cannot
// act), and F12 from the lock opens the emergency roll call, which acts as no one and is audited as
// "emergency, no sign-in". Point 8: a demo file says "(demo)" in the title bar.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "centre/AuditReader.h"
#include "centre/SiteService.h"
#include "incidents/RollCallWindow.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

class TestLockedScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lockedDeskLeavesNothingUsable();
    void f12FromTheLockIsTheEmergencyRollCall();
    void theLockNeverCoversTheRollCall();
    void demoFileSaysSoInTheTitle();
    void aSiteWhereTheyDoNotWorkLocksTheDesk();

private:
    void startWindow();
    void signInWithPin(const QString& pin);
    SecurityController* security() const { return m_startup->mainWindow()->findChild<SecurityController*>(); }

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AttendanceFixture> m_f;
    std::unique_ptr<AppStartup> m_startup;
};

namespace {

const auto ReceptionistPin = QStringLiteral("246810");

RollCallWindow* topLevelRollCall(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<RollCallWindow*>(widget);
        if (window && window->objectName() == objectName && window->isVisible()) {
            return window;
        }
    }
    return nullptr;
}

} // namespace

void TestLockedScreen::init()
{
    m_clock
        = std::make_unique<MockClock>(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    m_f = std::make_unique<AttendanceFixture>();
    QVERIFY(m_f->ok);
    QVERIFY(m_f->service.checkIn({m_f->amara()}, m_f->mother()).ok());
    SystemActor system(m_f->centre.session());
    StaffAccountService accounts(m_f->centre.database(), m_f->centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(accounts.setPin(m_f->receptionist.id, ReceptionistPin).ok());
}

void TestLockedScreen::cleanup()
{
    m_startup.reset();
    m_f.reset();
    m_clock.reset();
}

void TestLockedScreen::startWindow()
{
    m_startup = std::make_unique<AppStartup>();
    StartupOptions options;
    options.databasePath = m_f->centre.path();
    QVERIFY(m_startup->start(options)); // asks for a sign-in, as at the desk
    QVERIFY(QTest::qWaitForWindowExposed(m_startup->mainWindow()));
    QVERIFY(security());
    QVERIFY(security()->isLocked());
}

void TestLockedScreen::signInWithPin(const QString& pin)
{
    auto* field = security()->dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(field);
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!security()->isLocked());
}

// Closes: the session stayed signed in while the screen was locked, so a covered dialog (or anything else
// still running in the window) could act in the previous person's name.
void TestLockedScreen::lockedDeskLeavesNothingUsable()
{
    startWindow();
    signInWithPin(ReceptionistPin);
    Session& session = m_startup->session();
    QCOMPARE(session.actorId(), m_f->receptionist.id);
    QVERIFY(session.can(Permission::EditFamilies));

    // The receptionist is half way through editing a family when the desk locks.
    QDialog form(m_startup->mainWindow());
    auto* save = new QPushButton(QStringLiteral("Save"), &form);
    int attempts = 0;
    Result<qint64> saved = Error {};
    const auto saveFamily = [&] {
        ++attempts;
        Family family = m_f->okafor;
        family.householdName = QStringLiteral("Renamed behind the lock");
        saved = FamilyService(m_f->centre.database(), session).save(family);
    };
    connect(save, &QPushButton::clicked, &form, saveFamily);
    form.resize(300, 120);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    security()->lockNow();
    QVERIFY(security()->isLocked());
    QVERIFY(!session.isSignedIn());
    for (Permission permission : allPermissions()) {
        QVERIFY(!session.can(permission));
    }
    QVERIFY(!form.isEnabled());
    QVERIFY(form.findChild<QLabel*>(QStringLiteral("lockCurtain")));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(attempts, 0); // covered and disabled: a click does nothing
    saveFamily(); // and what still runs behind the lock (a timer, a queued call) is refused by core
    QCOMPARE(attempts, 1);
    QVERIFY(!saved.ok());
    Session reader(SystemActorKind::ReportJob);
    const auto onFile = FamilyService(m_f->centre.database(), reader).load(m_f->okafor.id);
    QVERIFY(onFile.ok());
    QCOMPARE(onFile->householdName, m_f->okafor.householdName);

    // The PIN brings the person back, with their rights.
    signInWithPin(ReceptionistPin);
    QCOMPARE(session.actorId(), m_f->receptionist.id);
    QVERIFY(form.isEnabled());
}

// Closes: F12 on the locked screen opened the roll call with the previous person's session and rights.
void TestLockedScreen::f12FromTheLockIsTheEmergencyRollCall()
{
    startWindow();
    signInWithPin(ReceptionistPin);
    security()->lockNow();
    QVERIFY(security()->isLocked());

    auto* pin = security()->dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    QTest::keyClick(pin, Qt::Key_F12);
    RollCallWindow* rollCall = nullptr;
    QTRY_VERIFY((rollCall = topLevelRollCall(QStringLiteral("emergencyRollCallWindow"))));
    QVERIFY(security()->isLocked()); // the desk stays locked
    QVERIFY(!m_startup->session().isSignedIn());
    QVERIFY(rollCall->isEnabled()); // never covered by the lock
    QVERIFY(!rollCall->findChild<QLabel*>(QStringLiteral("lockCurtain")));
    QVERIFY(rollCall->rowCount() >= 1); // who is here: Amara, checked in this morning
    auto* health = rollCall->findChild<QPushButton*>(QStringLiteral("healthRecordButton"));
    QVERIFY(health && !health->isHidden()); // allergies and medical notes are what an emergency needs

    QVERIFY(rollCall->startDrill(DrillKind::Evacuation));
    bool marked = false; // the first row that is a person (rooms have heading rows)
    for (int row = 0; row < rollCall->rowCount() && !marked; ++row) {
        marked = rollCall->markRow(row);
    }
    QVERIFY(marked);
    Session auditor(SystemActorKind::ReportJob);
    AuditFilter filter;
    filter.action = QStringLiteral("drill.");
    const auto entries = AuditReader(m_f->centre.database(), auditor).find(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    for (const AuditRecord& entry : entries.value()) {
        QCOMPARE(entry.actorId, qint64(0)); // not the receptionist who was signed in before the lock
        QCOMPARE(entry.actorName, QStringLiteral("System (emergency, no sign-in)"));
    }
    rollCall->close();
}

// The lock comes down (Ctrl+L, or the idle timer) while someone runs the roll call: the roll call stays on screen and
// takes keys from the keyboard (not merely "enabled" behind a modal sign-in), carrying on as the emergency roll call
// with the drill under way; the previous person's window and rights are gone.
void TestLockedScreen::theLockNeverCoversTheRollCall()
{
    startWindow();
    signInWithPin(ReceptionistPin);
    QAction* rollCallAction = m_startup->mainWindow()->rollCallAction();
    rollCallAction->trigger();
    RollCallWindow* own = nullptr;
    QTRY_VERIFY((own = topLevelRollCall(QStringLiteral("rollCallWindow"))));
    QVERIFY(own->startDrill(DrillKind::Evacuation));
    const qint64 drill = own->drillId();
    QPointer<RollCallWindow> ownGuard(own);

    security()->lockNow();
    QVERIFY(security()->isLocked());
    RollCallWindow* emergency = nullptr;
    QTRY_VERIFY((emergency = topLevelRollCall(QStringLiteral("emergencyRollCallWindow"))));
    QTRY_VERIFY(ownGuard.isNull()); // not left behind a curtain in the previous person's name
    QCOMPARE(emergency->drillId(), drill); // the same drill, picked up where it was
    QVERIFY(QTest::qWaitForWindowExposed(emergency));
    QVERIFY(!emergency->findChild<QLabel*>(QStringLiteral("lockCurtain")));

    // A double click through the window system, as the mouse sends it: a window blocked by the modal sign-in would
    // never see it (a shortcut would still fire, so keys prove nothing here).
    auto* table = emergency->findChild<QTableWidget*>(QStringLiteral("rollCallTableWidget"));
    QVERIFY(table);
    int row = 0;
    while (row < table->rowCount() && table->item(row, 0)->data(Qt::UserRole).toInt() < 0) {
        ++row; // a room's heading row
    }
    QVERIFY(row < table->rowCount());
    QVERIFY(table->item(row, 0)->text().isEmpty()); // not yet accounted for
    const QPoint cell = table->viewport()->mapTo(emergency, table->visualItemRect(table->item(row, 1)).center());
    QTest::mouseDClick(emergency->windowHandle(), Qt::LeftButton, {}, cell);
    QTRY_VERIFY2(!table->item(row, 0)->text().isEmpty(), "the double click did not reach the roll call");
    emergency->close();
}

void TestLockedScreen::demoFileSaysSoInTheTitle()
{
    // A file the demo generator filled carries its flag; the window's title says "(demo)".
    TestCentre demo;
    QVERIFY(demo.generateDemo(5));
    AppStartup startup;
    StartupOptions options;
    options.databasePath = demo.path();
    QVERIFY(startup.start(options));
    QVERIFY2(startup.mainWindow()->windowTitle().contains(QLatin1String("(demo)")),
             qPrintable(startup.mainWindow()->windowTitle()));

    // A real centre's file does not.
    startWindow();
    QVERIFY2(!m_startup->mainWindow()->windowTitle().contains(QLatin1String("(demo)")),
             qPrintable(m_startup->mainWindow()->windowTitle()));
}

// Issue 16, point 8: the station is set to serve another site while the receptionist is signed in, and she does not
// work there: her session ends at once and the desk locks; her PIN there is refused with where she works.
void TestLockedScreen::aSiteWhereTheyDoNotWorkLocksTheDesk()
{
    startWindow();
    signInWithPin(ReceptionistPin);
    qint64 riverside = 0;
    {
        // Another station: a second site, and the receptionist works at the first one only.
        SystemActor system(m_f->centre.session());
        Site river {0, QStringLiteral("Riverside"), false};
        QVERIFY(m_f->centre.services().sites().saveSite(river).ok());
        riverside = river.id;
        StaffAccountService accounts(m_f->centre.database(), m_f->centre.session(), nullptr, HashLimits::minimum());
        QVERIFY(accounts.setSiteRoles(m_f->receptionist.id, {{Site::First, QStringLiteral("receptionist")}}).ok());
    }
    Session& session = m_startup->session();
    session.setSiteId(riverside);
    QVERIFY(session.isRevoked());
    QTRY_VERIFY(security()->isLocked());
    QVERIFY(!session.isSignedIn());

    auto* field = security()->dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(field);
    QTest::keyClicks(field, ReceptionistPin);
    QTest::keyClick(field, Qt::Key_Return);
    auto* error = security()->dialog()->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    QTRY_VERIFY2(error->text().contains(QStringLiteral("not at Riverside")), qPrintable(error->text()));
    QVERIFY(security()->isLocked());
    QVERIFY(!session.isSignedIn());
}

QTEST_MAIN(TestLockedScreen)
#include "TestLockedScreen.moc"
