// SPDX-License-Identifier: GPL-3.0-or-later
#include "MnemonicCheck.h"
#include "MockClock.h"
#include "TestCentre.h"
#include "admin/AccountsPage.h"
#include "admin/RolesPanel.h"
#include "admin/SiteRolesPanel.h"
#include "base/Translations.h"
#include "centre/RoleService.h"
#include "centre/SiteRoles.h"
#include "centre/SiteService.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "widgets/SecretDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));

StaffMember addStaff(TestCentre& centre, StaffRole role, const QString& first)
{
    SystemActor system(centre.session());
    StaffMember m;
    m.firstName = first;
    m.lastName = QStringLiteral("Tester");
    m.role = role;
    if (!centre.centre().saveStaff(m)) {
        return {};
    }
    return m;
}

// With KINDRED_SCREENSHOT_DIR set, the widgets are saved as pictures for a person to look at.
void grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

void fillSecret(SecretDialog* dialog, const QString& first, const QString& second)
{
    auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatSecretLineEdit"));
    secret->clear();
    repeat->clear();
    QTest::keyClicks(secret, first);
    QTest::keyClicks(repeat, second);
}

struct Desk
{
    TestCentre centre;
    SignInService signIn {centre.database(), centre.session(), nullptr, HashLimits::minimum()};
    StaffAccountService accounts {centre.database(), centre.session(), nullptr, HashLimits::minimum()};
    RoleService roles {centre.database(), centre.session()};
    StaffMember admin;
    StaffMember educator;

    // Signs the administrator in, as the Accounts screen is used.
    bool setUp()
    {
        admin = addStaff(centre, StaffRole::Administrator, QStringLiteral("Ada"));
        educator = addStaff(centre, StaffRole::Staff, QStringLiteral("Eli"));
        if (!admin.id || !educator.id || !accounts.setPassword(admin.id, QStringLiteral("a long password"))) {
            return false;
        }
        centre.session().signIn(admin);
        return true;
    }
};

} // namespace

class TestAccountsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administratorSetsAPin();
    void customRoleGetsAPermission();
    void receptionistGetsNoActions();
    void demoCentreStaffAreListed();
    void administratorClearsTheDeskLockOut();
    void sitesAndRolesAtSeveralSites();
};

void TestAccountsPage::initTestCase()
{
    // As the application does: "1 wrong try" is the English plural form of "%n wrong tr(ies)".
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
}

void TestAccountsPage::administratorSetsAPin()
{
    MockClock clock(Morning);
    Desk desk;
    QVERIFY(desk.setUp());
    AccountsPage page(desk.centre.session(), desk.centre.centre(), desk.accounts, desk.roles);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("accountsTableWidget"));
    QCOMPARE(table->rowCount(), 2);
    page.selectStaff(desk.educator.id);
    auto* pinButton = page.findChild<QPushButton*>(QStringLiteral("setPinButton"));
    QVERIFY(pinButton->isEnabled());
    QTest::mouseClick(pinButton, Qt::LeftButton);
    SecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<SecretDialog*>()) && dialog->isVisible());

    // Two different entries: refused, the dialog stays open with what was typed.
    fillSecret(dialog, QStringLiteral("482600"), QStringLiteral("482700"));
    dialog->trySave();
    QVERIFY(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("secretErrorLabel"));
    QVERIFY(error->text().contains(QStringLiteral("differ")));
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text(), QStringLiteral("482600"));
    // Core's own refusal (too short) is shown as core wrote it.
    fillSecret(dialog, QStringLiteral("12"), QStringLiteral("12"));
    dialog->trySave();
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("6")), qPrintable(error->text()));
    grab(dialog, QStringLiteral("accounts-pin-refused.png"));

    fillSecret(dialog, QStringLiteral("482600"), QStringLiteral("482600"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<SecretDialog*>());
    QVERIFY(desk.signIn.verify(desk.educator.id, QStringLiteral("482600")).ok());
    QVERIFY(!desk.signIn.verify(desk.educator.id, QStringLiteral("482700")).ok());
    QTRY_COMPARE(table->item(1, 3)->text(), QStringLiteral("Yes")); // staff are listed by name: Ada, Eli
    QCOMPARE(desk.centre.session().actorId(), desk.admin.id); // setting a PIN signs nobody else in
    grab(&page, QStringLiteral("accounts.png"));
}

void TestAccountsPage::customRoleGetsAPermission()
{
    MockClock clock(Morning);
    Desk desk;
    QVERIFY(desk.setUp());
    QVERIFY(desk.accounts.setPin(desk.educator.id, QStringLiteral("482600")));
    AccountsPage page(desk.centre.session(), desk.centre.centre(), desk.accounts, desk.roles);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    auto* panel = page.findChild<RolesPanel*>();
    page.findChild<QTabWidget*>(QStringLiteral("accountsTabWidget"))->setCurrentWidget(panel);
    QVERIFY(panel->isVisible());
    QTest::keyClicks(panel->findChild<QLineEdit*>(QStringLiteral("newRoleLineEdit")), QStringLiteral("Casual cook"));
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("addRoleButton")), Qt::LeftButton);
    const QString cook = QStringLiteral("casual-cook");
    QVERIFY(desk.centre.session().permissions().role(cook));
    QVERIFY(!desk.centre.session().permissions().allows(cook, Permission::ViewFamilies));

    // Tick "look up families" for the new role with the keyboard, and save.
    auto* matrix = panel->findChild<QTableWidget*>(QStringLiteral("permissionMatrixTableWidget"));
    const int column = panel->columnOf(cook);
    QVERIFY(column >= 0);
    matrix->setFocus();
    matrix->setCurrentCell(RolesPanel::rowOf(Permission::ViewFamilies), column);
    QTest::keyClick(matrix, Qt::Key_Space);
    QCOMPARE(matrix->item(RolesPanel::rowOf(Permission::ViewFamilies), column)->checkState(), Qt::Checked);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("saveRolesButton")), Qt::LeftButton);
    QVERIFY(desk.centre.session().permissions().allows(cook, Permission::ViewFamilies));
    QVERIFY(!desk.centre.session().permissions().allows(cook, Permission::CheckInOut));
    grab(panel, QStringLiteral("accounts-roles.png"));

    // The educator's account acts as the new role.
    page.findChild<QTabWidget*>(QStringLiteral("accountsTabWidget"))->setCurrentIndex(0);
    page.selectStaff(desk.educator.id);
    auto* roleBox = page.findChild<QComboBox*>(QStringLiteral("accountRoleComboBox"));
    QVERIFY(roleBox->isEnabled());
    roleBox->setCurrentIndex(roleBox->findData(cook));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("giveRoleButton")), Qt::LeftButton);
    QCOMPARE(desk.accounts.status(desk.educator.id)->customRole, cook);

    // Signed in with that account, the session allows what the role was given, and no more.
    QVERIFY(desk.signIn.signIn(desk.educator.id, QStringLiteral("482600")).ok());
    QCOMPARE(desk.centre.session().roleKey(), cook);
    QVERIFY(desk.centre.session().can(Permission::ViewFamilies));
    QVERIFY(!desk.centre.session().can(Permission::CheckInOut));
    QVERIFY(!desk.centre.session().can(Permission::ManageAccounts));
    // …and the Accounts screen closes its doors to it.
    auto* stack = page.findChild<QStackedWidget*>();
    QCOMPARE(stack->currentWidget(), page.findChild<QLabel*>(QStringLiteral("accountsRefusedLabel")));
}

void TestAccountsPage::receptionistGetsNoActions()
{
    MockClock clock(Morning);
    Desk desk;
    QVERIFY(desk.setUp());
    const StaffMember receptionist = addStaff(desk.centre, StaffRole::Receptionist, QStringLiteral("Rae"));
    AccountsPage page(desk.centre.session(), desk.centre.centre(), desk.accounts, desk.roles);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* refused = page.findChild<QLabel*>(QStringLiteral("accountsRefusedLabel"));
    QVERIFY(!refused->isVisible());
    desk.centre.session().signIn(receptionist);
    QVERIFY(refused->isVisible());
    QVERIFY(refused->text().startsWith(QStringLiteral("Your role (Receptionist) may not")));
    for (const char* name : {"setPinButton", "setPasswordButton", "giveRoleButton", "unlockAccountButton",
                             "saveRolesButton", "addRoleButton"}) {
        auto* button = page.findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(!button->isVisible(), name);
    }
    QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("accountsTableWidget"))->rowCount(), 0);
    // Called directly, there is nobody listed to act on.
    page.selectStaff(desk.educator.id);
    QVERIFY(!page.setPin());
    grab(&page, QStringLiteral("accounts-receptionist.png"));
}

void TestAccountsPage::demoCentreStaffAreListed()
{
    MockClock clock(Morning);
    Desk desk;
    QVERIFY(desk.centre.generateDemo(20));
    QVERIFY(desk.setUp());
    QVERIFY(desk.accounts.setPin(desk.educator.id, QStringLiteral("482600")));
    QVERIFY(!desk.signIn.verify(desk.educator.id, QStringLiteral("000000")).ok()); // one wrong try shows
    AccountsPage page(desk.centre.session(), desk.centre.centre(), desk.accounts, desk.roles);
    page.resize(1060, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("accountsTableWidget"));
    const QList<StaffMember> staff = desk.centre.centre().staff().value();
    QVERIFY(staff.size() > 2);
    QCOMPARE(table->rowCount(), staff.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < 5; ++column) {
            QVERIFY2(!table->item(row, column)->text().isEmpty(), qPrintable(QString::number(row)));
        }
    }
    page.selectStaff(desk.educator.id);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("unlockAccountButton"))->isEnabled());
    QCOMPARE(table->item(table->currentRow(), 5)->text(), QStringLiteral("no: 1 wrong try"));
    QCoreApplication::processEvents(); // the role list resizes to its longest name
    grab(&page, QStringLiteral("accounts-demo.png"));
}

void TestAccountsPage::administratorClearsTheDeskLockOut()
{
    MockClock clock(Morning);
    Desk desk;
    QVERIFY(desk.setUp());
    QVERIFY(desk.accounts.setPin(desk.educator.id, QStringLiteral("482600")).ok());
    AccountsPage page(desk.centre.session(), desk.centre.centre(), desk.accounts, desk.roles);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* label = page.findChild<QLabel*>(QStringLiteral("deskPinLabel"));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("unlockDeskButton"));
    QVERIFY(!button->isEnabled());
    for (const QString& wrong : {QStringLiteral("100100"), QStringLiteral("100200"), QStringLiteral("100300")}) {
        QVERIFY(!desk.signIn.signInWithPin(wrong).ok()); // someone tries PINs at the desk
    }
    desk.centre.session().signIn(desk.admin); // the administrator signs in with a password
    page.refresh();
    QVERIFY2(label->text().contains(QStringLiteral("3 wrong")), qPrintable(label->text()));
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(desk.signIn.deskStatus()->failedAttempts, 0);
    QVERIFY2(label->text().contains(QStringLiteral("no wrong tries")), qPrintable(label->text()));
    QVERIFY(!button->isEnabled());
    QCOMPARE(desk.signIn.signInWithPin(QStringLiteral("482600"))->id, desk.educator.id);
}

// Issue 16, point 8: at a centre of several sites, the account part of the screen shows where the chosen staff
// member works and with which role at each; at a centre of one site it shows nothing of the kind.
void TestAccountsPage::sitesAndRolesAtSeveralSites()
{
    MockClock clock(Morning);
    Desk desk;
    QVERIFY(desk.setUp());
    QVERIFY(desk.accounts.setPin(desk.educator.id, QStringLiteral("482600")).ok());
    AccountsPage page(desk.centre.session(), desk.centre.centre(), desk.accounts, desk.roles);
    page.resize(900, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* panel = page.findChild<SiteRolesPanel*>(QStringLiteral("siteRolesGroupBox"));
    QVERIFY(panel);
    page.selectStaff(desk.educator.id);
    QVERIFY(!panel->isVisible()); // one site: everyone works there with their own role

    qint64 riverside = 0;
    qint64 hilltop = 0;
    {
        SystemActor system(desk.centre.session());
        Site river {0, QStringLiteral("Riverside"), false};
        Site hill {0, QStringLiteral("Hilltop & Vale"), false};
        QVERIFY(desk.centre.services().sites().saveSite(river).ok());
        QVERIFY(desk.centre.services().sites().saveSite(hill).ok());
        riverside = river.id;
        hilltop = hill.id;
    }
    page.refresh();
    page.selectStaff(desk.educator.id);
    QTRY_VERIFY(panel->isVisible());
    // No choice yet: every site ticked, with his own role.
    for (qint64 site : {Site::First, riverside, hilltop}) {
        QVERIFY(panel->worksHereBox(site));
        QVERIFY(panel->worksHereBox(site)->isChecked());
        QCOMPARE(panel->roleBox(site)->currentData().toString(), QStringLiteral("staff"));
    }
    QCOMPARE(panel->worksHereBox(hilltop)->text(), QStringLiteral("Hilltop && Vale")); // no Alt key from a name
    QVERIFY2(MnemonicCheck::duplicates(&page).isEmpty(), qPrintable(MnemonicCheck::duplicates(&page).join(u'\n')));

    // By keyboard: not at the first site, an administrator at Riverside (a role the administrator signed in may
    // give: nothing in it she may not do herself), his own role at Hilltop.
    QCheckBox* first = panel->worksHereBox(Site::First);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    QVERIFY(!first->isChecked());
    QVERIFY(!panel->roleBox(Site::First)->isEnabled());
    QComboBox* riversideRole = panel->roleBox(riverside);
    riversideRole->setFocus();
    riversideRole->setCurrentIndex(riversideRole->findData(QStringLiteral("administrator")));
    grab(&page, QStringLiteral("accounts-site-roles.png"));
    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    auto* status = panel->findChild<QLabel*>(QStringLiteral("siteRolesStatusLabel"));
    QTRY_VERIFY2(status->text().contains(QStringLiteral("were saved")), qPrintable(status->text()));
    const auto rows = SiteRoles::of(desk.centre.database().connection(), desk.educator.id);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).siteId, riverside);
    QCOMPARE(rows->at(0).roleKey, QStringLiteral("administrator"));
    QCOMPARE(rows->at(1).siteId, hilltop);
    QCOMPARE(rows->at(1).roleKey, QStringLiteral("staff"));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("accountsTableWidget"));
    QTRY_COMPARE(table->item(1, 2)->text(), QStringLiteral("a role per site")); // Ada, Eli
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("own role"));
    // Shown again as on file.
    QVERIFY(!panel->worksHereBox(Site::First)->isChecked());
    QCOMPARE(panel->roleBox(riverside)->currentData().toString(), QStringLiteral("administrator"));

    // Core's refusal is shown, the ticks left as they were: nobody changes their own roles.
    page.selectStaff(desk.admin.id);
    QTRY_VERIFY(panel->worksHereBox(hilltop));
    panel->worksHereBox(hilltop)->setChecked(false);
    panel->save();
    QVERIFY2(status->text().contains(QStringLiteral("own role")), qPrintable(status->text()));
    QVERIFY(!panel->worksHereBox(hilltop)->isChecked());
    QTest::qWait(50); // the message laid out, for the picture
    grab(&page, QStringLiteral("accounts-site-roles-refused.png"));
}

QTEST_MAIN(TestAccountsPage)
#include "TestAccountsPage.moc"
