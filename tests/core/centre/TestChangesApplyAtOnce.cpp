// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 7: changes apply at once. Desk A has a director signed in; at desk B (another
// connection to the same file) an administrator demotes or archives her, takes a permission from her role
// or resets her PIN. Before, desk A went on with what it had loaded at sign-in until someone signed in
// again. Now A's next write re-reads her role, archived state and the matrix inside its write transaction
// (SessionCheck, through the one place every write passes: WriteTransaction::begin) and is refused.
#include "MockClock.h"
#include "TestCentre.h"
#include "centre/CentreService.h"
#include "centre/DataFile.h"
#include "centre/RoleService.h"
#include "centre/SessionCheck.h"
#include "centre/SettingsService.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));

enum class Elsewhere { Nothing, ColleagueDemoted, Demoted, Archived, PermissionTaken, LesserAccountRole, PinReset };

int roomCount(Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM rooms")) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestChangesApplyAtOnce : public QObject
{
    Q_OBJECT

private slots:
    void nextWriteIsRefused_data();
    void nextWriteIsRefused();
    void grantsOfEarlierActionsDoNotBlock();
};

void TestChangesApplyAtOnce::nextWriteIsRefused_data()
{
    QTest::addColumn<Elsewhere>("change");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("nothing changed: the director saves a room") << Elsewhere::Nothing << true;
    QTest::newRow("a colleague was demoted: no matter") << Elsewhere::ColleagueDemoted << true;
    QTest::newRow("demoted to receptionist at desk B (today: saved)") << Elsewhere::Demoted << false;
    QTest::newRow("archived at desk B (today: saved)") << Elsewhere::Archived << false;
    QTest::newRow("room management taken from directors at desk B (today: saved)")
        << Elsewhere::PermissionTaken << false;
    QTest::newRow("given the receptionist's role for her account at desk B (today: saved)")
        << Elsewhere::LesserAccountRole << false;
    QTest::newRow("PIN reset by an administrator at desk B (today: saved)") << Elsewhere::PinReset << false;
}

void TestChangesApplyAtOnce::nextWriteIsRefused()
{
    QFETCH(Elsewhere, change);
    QFETCH(bool, allowed);
    MockClock clock(Morning);
    // Desk B: the file's first connection, where the administrator works.
    TestCentre deskB;
    SignInService accountsB(deskB.database(), deskB.session(), nullptr, HashLimits::minimum());
    StaffAccountService staffAccountsB(deskB.database(), deskB.session(), nullptr, HashLimits::minimum());
    StaffMember ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Admin");
    ada.role = StaffRole::Administrator;
    StaffMember mai;
    mai.firstName = QStringLiteral("Mai");
    mai.lastName = QStringLiteral("Director");
    mai.role = StaffRole::Director;
    StaffMember lena;
    lena.firstName = QStringLiteral("Lena");
    lena.lastName = QStringLiteral("Reception");
    lena.role = StaffRole::Receptionist;
    for (StaffMember* m : {&ada, &mai, &lena}) {
        QVERIFY(deskB.centre().saveStaff(*m).ok());
    }
    QVERIFY(staffAccountsB.setPassword(ada.id, QStringLiteral("a long admin password")).ok());
    QVERIFY(staffAccountsB.setPin(mai.id, QStringLiteral("111111")).ok());
    QVERIFY(staffAccountsB.setPin(lena.id, QStringLiteral("222222")).ok());

    // Desk A: its own connection and session, checked as the app's desk is; the director signs in.
    auto opened = DataFile::open(deskB.path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    std::unique_ptr<Database> deskA = std::move(opened).value();
    Session sessionA;
    SessionCheck::install(*deskA, sessionA);
    RoleService rolesA(*deskA, sessionA);
    QVERIFY(rolesA.reload().ok());
    SignInService accountsA(*deskA, sessionA, nullptr, HashLimits::minimum());
    QVERIFY(accountsA.signInWithPin(QStringLiteral("111111")).ok());
    QCOMPARE(sessionA.actorId(), mai.id);
    CentreService centreA(*deskA, sessionA);
    Room first {0, QStringLiteral("Possums"), 0, 24, 10, 4, false};
    QVERIFY(centreA.saveRoom(first).ok());
    clock.advanceSecs(60);

    // Desk B, meanwhile.
    QVERIFY(accountsB.signIn(ada.id, QStringLiteral("a long admin password")).ok());
    switch (change) {
    case Elsewhere::Nothing:
        break;
    case Elsewhere::ColleagueDemoted:
        lena.role = StaffRole::Staff;
        QVERIFY(deskB.centre().saveStaff(lena).ok());
        break;
    case Elsewhere::Demoted:
        mai.role = StaffRole::Receptionist;
        QVERIFY(deskB.centre().saveStaff(mai).ok());
        break;
    case Elsewhere::Archived:
        QVERIFY(deskB.centre().archiveStaff(mai.id, QStringLiteral("Left the centre")).ok());
        break;
    case Elsewhere::PermissionTaken: {
        RoleService rolesB(deskB.database(), deskB.session());
        QVERIFY(rolesB.reload().ok());
        RoleDefinition director = *deskB.session().permissions().role(QStringLiteral("director"));
        director.permissions.removeAll(Permission::ManageRooms);
        director.permissions.removeAll(Permission::ManageSettings);
        QVERIFY(rolesB.saveRole(director).ok());
        break;
    }
    case Elsewhere::LesserAccountRole:
        QVERIFY(staffAccountsB.setCustomRole(mai.id, QStringLiteral("receptionist")).ok());
        break;
    case Elsewhere::PinReset:
        QVERIFY(staffAccountsB.setPin(mai.id, QStringLiteral("999111")).ok());
        break;
    }
    clock.advanceSecs(60);

    // Desk A's next writes, through two different services: both pass the same check.
    QVERIFY(sessionA.can(Permission::ManageRooms)); // what desk A loaded at sign-in still says yes
    Room second {0, QStringLiteral("Wombats"), 24, 48, 12, 8, false};
    const auto room = centreA.saveRoom(second);
    SettingsService settingsA(*deskA, sessionA);
    const auto setting = settingsA.setValue(SettingsService::CentrePhone, QStringLiteral("03 9555 0199"));
    QVERIFY2(room.ok() == allowed, qPrintable(room.ok() ? QStringLiteral("saved") : room.errorString()));
    QVERIFY2(setting.ok() == allowed, qPrintable(setting.ok() ? QStringLiteral("saved") : setting.errorString()));
    QCOMPARE(roomCount(*deskA), allowed ? 2 : 1);
    if (!allowed) {
        // Desk A's session now knows, so the window hides what she may no longer do.
        QVERIFY(!sessionA.can(Permission::ManageRooms));
        QVERIFY(!room.errorString().isEmpty());
    }
    SessionCheck::uninstall(*deskA);
}

// A permission checked for an earlier action (a read) and then taken away does not block a later write
// that needs only what the user still has.
void TestChangesApplyAtOnce::grantsOfEarlierActionsDoNotBlock()
{
    MockClock clock(Morning);
    TestCentre centre;
    StaffMember mai;
    mai.firstName = QStringLiteral("Mai");
    mai.lastName = QStringLiteral("Director");
    mai.role = StaffRole::Director;
    QVERIFY(centre.centre().saveStaff(mai).ok());
    SessionCheck::install(centre.database(), centre.session());
    centre.session().signIn(mai);
    QVERIFY(centre.session().require(Permission::ViewAudit).ok()); // she opened the audit trail
    QVERIFY(centre.session().grantedSinceLastWrite().contains(Permission::ViewAudit));
    QCoreApplication::processEvents(); // back to the event loop: that action is over
    QVERIFY(centre.session().grantedSinceLastWrite().isEmpty());
    {
        SystemActor system(centre.session());
        RoleService roles(centre.database(), centre.session());
        QVERIFY(roles.reload().ok());
        RoleDefinition director = *centre.session().permissions().role(QStringLiteral("director"));
        director.permissions.removeAll(Permission::ViewAudit);
        QVERIFY(roles.saveRole(director).ok());
    }
    Room room {0, QStringLiteral("Possums"), 0, 24, 10, 4, false};
    QVERIFY(centre.centre().saveRoom(room).ok());
    QVERIFY(!centre.session().can(Permission::ViewAudit));
    SessionCheck::uninstall(centre.database());
}

QTEST_GUILESS_MAIN(TestChangesApplyAtOnce)
#include "TestChangesApplyAtOnce.moc"
