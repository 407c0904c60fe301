// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "admin/AuditLogPage.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "shell/SecurityController.h"
#include "shell/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));

qint64 staffWithPin(TestCentre& centre, StaffRole role, const QString& first, const QString& pin)
{
    StaffMember m;
    m.firstName = first;
    m.lastName = QStringLiteral("Tester");
    m.role = role;
    if (!centre.centre().saveStaff(m)) {
        return 0;
    }
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    return accounts.setPin(m.id, pin) ? m.id : 0;
}

// With KINDRED_SCREENSHOT_DIR set, the widgets are saved as pictures for a person to look at.
void grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void firstStartAsksForTheAdministrator();
    void wrongPinKeepsTheDialogOpen();
    void passwordByNameStillWorks();
    void idleLockHidesTheWindowUntilThePin();
    void ctrlLThenAnotherPinSwitchesThePerson();
    void auditPageHiddenFromReceptionist();
    void lockCoversOpenDialogsAndKeepsWhatWasTyped();
    void rollCallOpensFromTheLockedScreen();
};

void TestSignInDialog::firstStartAsksForTheAdministrator()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    SignInDialog dialog(service, accounts, SignInDialog::Mode::FirstAdministrator);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("firstNameLineEdit")), QStringLiteral("Ada"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("lastNameLineEdit")), QStringLiteral("Okoro"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")),
                     QStringLiteral("a long password"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit")),
                     QStringLiteral("a long passwort"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorText().contains(QStringLiteral("differ")));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"));
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("a long password"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("pinLineEdit")), QStringLiteral("432109"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(centre.session().isSignedIn());
    QCOMPARE(centre.session().actor().role, StaffRole::Administrator);
    QVERIFY(accounts.hasAccounts().value());
}

void TestSignInDialog::wrongPinKeepsTheDialogOpen()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 lena = staffWithPin(centre, StaffRole::Receptionist, QStringLiteral("Lena"), QStringLiteral("222222"));
    QVERIFY(lena);
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    SignInDialog dialog(service, accounts, SignInDialog::Mode::SignIn);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // One field, focused: the PIN alone says who is at the desk.
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QVERIFY(pin->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("staffComboBox"))->isVisible());
    QTest::keyClicks(pin, QStringLiteral("222322"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("PIN is not right")), qPrintable(dialog.errorText()));
    QVERIFY(pin->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), pin);
    grab(&dialog, QStringLiteral("sign-in-wrong-pin.png"));
    // Two more wrong PINs: the whole desk waits, and the dialog says how long.
    for (const QString& wrong : {QStringLiteral("222422"), QStringLiteral("222522")}) {
        QTest::keyClicks(pin, wrong);
        QTest::keyClick(pin, Qt::Key_Return);
    }
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Wait 30 second")), qPrintable(dialog.errorText()));
    QVERIFY(pin->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), pin);
    grab(&dialog, QStringLiteral("sign-in-wait.png"));
    clock.advanceSecs(31);
    QTest::keyClicks(pin, QStringLiteral("222222"));
    QTest::keyClick(pin, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(centre.session().actorId(), lena);
}

void TestSignInDialog::passwordByNameStillWorks()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 lena = staffWithPin(centre, StaffRole::Receptionist, QStringLiteral("Lena"), QStringLiteral("222222"));
    StaffMember ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Admin");
    ada.role = StaffRole::Administrator;
    QVERIFY(centre.centre().saveStaff(ada).ok());
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(accounts.setPassword(ada.id, QStringLiteral("a long admin password")).ok());
    SignInDialog dialog(service, accounts, SignInDialog::Mode::SignIn);
    dialog.preselect(lena);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    // Keyboard only: Alt+W opens the name and password page, with the password field focused.
    QTest::keyClick(pin, Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(dialog.isPasswordPageShown()); // a mnemonic "clicks" the button after a short animation
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* who = dialog.findChild<QComboBox*>(QStringLiteral("staffComboBox"));
    QTRY_COMPARE(QApplication::focusWidget(), secret);
    QCOMPARE(who->currentData().toLongLong(), lena);
    who->setCurrentIndex(who->findData(ada.id));
    grab(&dialog, QStringLiteral("sign-in-password.png"));
    QTest::keyClicks(secret, QStringLiteral("a long admin password"));
    QTest::keyClick(secret, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(centre.session().actorId(), ada.id);
}

void TestSignInDialog::idleLockHidesTheWindowUntilThePin()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 lena = staffWithPin(centre, StaffRole::Receptionist, QStringLiteral("Lena"), QStringLiteral("222222"));
    QMainWindow window;
    auto* contents = new QLabel(QStringLiteral("Families"));
    window.setCentralWidget(contents);
    window.show();
    SecurityController security(centre.services(), &window);
    security.start();
    QVERIFY(security.isLocked());
    QVERIFY(!contents->isVisible());
    auto* pin = security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    grab(security.dialog(), QStringLiteral("sign-in.png"));
    QTest::keyClicks(pin, QStringLiteral("222222"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!security.isLocked());
    QVERIFY(contents->isVisible());
    QCOMPARE(centre.session().actorId(), lena);

    // Idle for the configured five minutes: locked, contents hidden.
    clock.advanceSecs(4 * 60);
    security.checkIdle();
    QVERIFY(!security.isLocked());
    clock.advanceSecs(61);
    security.checkIdle();
    QVERIFY(security.isLocked());
    QVERIFY(!contents->isVisible());
    grab(security.dialog(), QStringLiteral("locked.png"));
    pin = security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTest::keyClicks(pin, QStringLiteral("222222"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!security.isLocked());
    QVERIFY(contents->isVisible());
}

void TestSignInDialog::ctrlLThenAnotherPinSwitchesThePerson()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 lena = staffWithPin(centre, StaffRole::Receptionist, QStringLiteral("Lena"), QStringLiteral("222222"));
    const qint64 mai = staffWithPin(centre, StaffRole::Director, QStringLiteral("Mai"), QStringLiteral("111111"));
    QVERIFY(lena && mai);
    QMainWindow window;
    auto* contents = new QLineEdit(QStringLiteral("Families"));
    window.setCentralWidget(contents);
    window.show();
    SecurityController security(centre.services(), &window);
    security.start();
    auto* pin = security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTest::keyClicks(pin, QStringLiteral("222222"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!security.isLocked());
    QCOMPARE(centre.session().actorId(), lena);
    auto* who = window.findChild<QToolButton*>(QStringLiteral("signedInButton"));
    QVERIFY(who && who->isVisible());
    QVERIFY2(who->text().contains(QStringLiteral("Lena")), qPrintable(who->text()));

    // Lena steps away: Ctrl+L locks, and Mai's PIN alone makes Mai the acting user.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    contents->setFocus();
    QTest::keyClick(contents, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(security.isLocked());
    QVERIFY(!contents->isVisible());
    pin = security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    // A wrong PIN first: the field is emptied, says so, and keeps the cursor.
    QTest::keyClicks(pin, QStringLiteral("111211"));
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(security.isLocked());
    QVERIFY(pin->text().isEmpty());
    QVERIFY2(security.dialog()->errorText().contains(QStringLiteral("not right")),
             qPrintable(security.dialog()->errorText()));
    QCOMPARE(QApplication::focusWidget(), pin);
    QCOMPARE(centre.session().actorId(), qint64(0)); // locked: nobody acts, not even Lena
    QTest::keyClicks(pin, QStringLiteral("111111"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!security.isLocked());
    QCOMPARE(centre.session().actorId(), mai);
    QCOMPARE(centre.session().actor().role, StaffRole::Director);
    QVERIFY(contents->isVisible());
    QVERIFY2(who->text().contains(QStringLiteral("Mai")) && who->text().contains(QStringLiteral("Director")),
             qPrintable(who->text()));
}

void TestSignInDialog::auditPageHiddenFromReceptionist()
{
    MockClock clock(Morning);
    TestCentre centre;
    AuditLogPage page(centre.database(), centre.session(), centre.centre());
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("auditEntriesTableWidget"));
    auto* refused = page.findChild<QLabel*>(QStringLiteral("auditRefusedLabel"));
    auto* stack = page.findChild<QStackedWidget*>();
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    QVERIFY(centre.families().archive(family.id, QStringLiteral("Moved interstate")).ok());
    StaffMember lena;
    lena.id = 5;
    lena.firstName = QStringLiteral("Lena");
    lena.role = StaffRole::Receptionist;
    centre.session().signIn(lena);
    QCOMPARE(stack->currentWidget(), refused);
    QVERIFY(refused->text().contains(QStringLiteral("audit trail")));
    QCOMPARE(table->rowCount(), 0);
    StaffMember mai = lena;
    mai.role = StaffRole::Director;
    centre.session().signIn(mai);
    QVERIFY(stack->currentWidget() != refused);
    QVERIFY(table->rowCount() >= 1); // the staff and family records saved above, from today
    page.resize(1100, 500);
    grab(&page, QStringLiteral("audit-trail.png"));
}

void TestSignInDialog::lockCoversOpenDialogsAndKeepsWhatWasTyped()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 lena = staffWithPin(centre, StaffRole::Receptionist, QStringLiteral("Lena"), QStringLiteral("222222"));
    QVERIFY(lena);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Front desk")));
    window.show();
    SecurityController security(centre.services(), &window);
    security.start();
    QTest::keyClicks(security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit")), QStringLiteral("222222"));
    QTest::keyClick(security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit")), Qt::Key_Return);
    QTRY_VERIFY(!security.isLocked());

    // Lena is halfway through a form when the desk locks.
    QDialog form(&window);
    auto* notes = new QLineEdit(&form);
    notes->setText(QStringLiteral("Allergic to kiwi fruit"));
    form.resize(400, 200);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    security.lockNow();
    QVERIFY(security.isLocked());
    auto* curtain = form.findChild<QLabel*>(QStringLiteral("lockCurtain"));
    QVERIFY(curtain && curtain->isVisible());
    QCOMPARE(curtain->geometry(), form.rect());
    QVERIFY(!form.isEnabled());
    QVERIFY(form.isVisible()); // covered, not closed
    form.resize(500, 260);
    QCOMPARE(curtain->geometry(), form.rect());

    auto* pin = security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTest::keyClicks(pin, QStringLiteral("222222"));
    QTest::keyClick(pin, Qt::Key_Return);
    QTRY_VERIFY(!security.isLocked());
    QVERIFY(!form.findChild<QLabel*>(QStringLiteral("lockCurtain")));
    QVERIFY(form.isEnabled());
    QCOMPARE(notes->text(), QStringLiteral("Allergic to kiwi fruit"));
}

void TestSignInDialog::rollCallOpensFromTheLockedScreen()
{
    MockClock clock(Morning);
    TestCentre centre;
    QVERIFY(staffWithPin(centre, StaffRole::Receptionist, QStringLiteral("Lena"), QStringLiteral("222222")));
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Front desk")));
    auto* rollCall = new QAction(QStringLiteral("Emergency roll call"), &window);
    rollCall->setObjectName(QStringLiteral("rollCallAction"));
    rollCall->setShortcut(QKeySequence(Qt::Key_F12));
    rollCall->setShortcutContext(Qt::ApplicationShortcut);
    window.addAction(rollCall);
    int opened = 0;
    connect(rollCall, &QAction::triggered, this, [&opened] { ++opened; });
    window.show();
    SecurityController security(centre.services(), &window, rollCall); // MainWindow::rollCallAction() in the app
    security.start(); // nobody signed in yet: the PIN field has the focus

    auto* pin = security.dialog()->findChild<QLineEdit*>(QStringLiteral("pinLineEdit"));
    QTRY_COMPARE(QApplication::focusWidget(), pin);
    QTest::keyClick(pin, Qt::Key_F12);
    QCOMPARE(opened, 1);
    QVERIFY(security.isLocked()); // the roll call opens; the desk stays locked
}

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
