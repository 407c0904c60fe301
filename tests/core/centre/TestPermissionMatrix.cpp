// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "centre/PermissionMatrix.h"
#include "centre/RoleService.h"
#include "centre/Session.h"

#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::Permission)
Q_DECLARE_METATYPE(Kindred::StaffRole)
Q_DECLARE_METATYPE(Kindred::SystemActorKind)

namespace {

// The expected matrix, written out independently of PermissionMatrix::defaults().
// Columns: receptionist, educator (staff), director, administrator.
struct Expected
{
    Permission permission;
    bool receptionist;
    bool staff;
    bool director;
    bool administrator;
};

const Expected Table[] = {
    {Permission::ViewFamilies, true, true, true, true},
    {Permission::EditFamilies, true, false, true, true},
    {Permission::ArchiveFamilies, false, false, true, true},
    {Permission::ViewMedical, false, true, true, false},
    {Permission::ViewCustody, true, true, true, false},
    {Permission::CheckInOut, true, true, true, false},
    {Permission::OverridePickup, false, false, true, false},
    {Permission::CorrectAttendance, true, true, true, false},
    {Permission::ManageRooms, false, false, true, true},
    {Permission::ManageStaff, false, false, true, true},
    {Permission::ManageAccounts, false, false, false, true},
    {Permission::LogIncidents, false, true, true, false},
    {Permission::SignOffIncidents, false, false, true, false},
    {Permission::ManageTickets, true, true, true, false},
    {Permission::ViewReports, false, false, true, true},
    {Permission::ViewAudit, false, false, true, true},
    {Permission::ExportFamilyData, false, false, true, false},
    {Permission::AnonymiseFamilies, false, false, true, true},
    {Permission::ManageSettings, false, false, true, true},
    {Permission::ManageCustody, false, false, true, false},
    {Permission::VoidAttendance, false, false, true, false},
    {Permission::ViewAllSites, false, false, true, true},
};

StaffMember member(StaffRole role)
{
    StaffMember m;
    m.id = 42;
    m.firstName = QStringLiteral("Test");
    m.lastName = staffRoleKey(role);
    m.role = role;
    return m;
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyPermissionIsCovered();
    void keysRoundTrip();
    void builtInRoles_data();
    void builtInRoles();
    void seededMatrixMatchesDefaults();
    void nobodySignedInMayDoNothing();
    void systemActorsHaveTheirOwnPermissions_data();
    void systemActorsHaveTheirOwnPermissions();
    void refusalIsReadable();
    void customRoleIsStoredAndEnforced();
    void customRoleNeedsManageAccounts();
    void ownRoleKeepsManageAccounts();
};

void TestPermissionMatrix::everyPermissionIsCovered()
{
    QCOMPARE(int(std::size(Table)), int(allPermissions().size()));
}

void TestPermissionMatrix::keysRoundTrip()
{
    for (Permission p : allPermissions()) {
        Permission back = Permission::ViewFamilies;
        QVERIFY(permissionFromKey(permissionKey(p), &back));
        QCOMPARE(back, p);
        QVERIFY(!permissionAction(p).isEmpty());
    }
    Permission unused;
    QVERIFY(!permissionFromKey(QStringLiteral("spaceship.launch"), &unused));
}

void TestPermissionMatrix::builtInRoles_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    const StaffRole roles[]
        = {StaffRole::Receptionist, StaffRole::Staff, StaffRole::Director, StaffRole::Administrator};
    for (const Expected& e : Table) {
        const bool allowed[] = {e.receptionist, e.staff, e.director, e.administrator};
        for (int r = 0; r < 4; ++r) {
            const QString name
                = QStringLiteral("%1 %2 %3")
                      .arg(staffRoleKey(roles[r]), allowed[r] ? QStringLiteral("may") : QStringLiteral("may not"),
                           permissionKey(e.permission));
            QTest::newRow(qPrintable(name)) << roles[r] << e.permission << allowed[r];
        }
    }
}

void TestPermissionMatrix::builtInRoles()
{
    QFETCH(StaffRole, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);

    QCOMPARE(PermissionMatrix::defaults().allows(role, permission), allowed);

    Session session;
    session.signIn(member(role));
    QCOMPARE(session.can(permission), allowed);
    const Result<void> required = session.require(permission);
    QCOMPARE(required.ok(), allowed);
    if (!allowed) {
        QVERIFY2(required.errorString().contains(staffRoleName(role)), qPrintable(required.errorString()));
        QVERIFY(required.errorString().contains(permissionAction(permission)));
    }
}

void TestPermissionMatrix::seededMatrixMatchesDefaults()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    auto loaded = PermissionMatrix::load(centre.database().connection());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    const PermissionMatrix defaults = PermissionMatrix::defaults();
    QCOMPARE(loaded->roles().size(), defaults.roles().size());
    for (const RoleDefinition& role : defaults.roles()) {
        QVERIFY(loaded->role(role.key));
        QVERIFY(loaded->role(role.key)->builtIn);
        for (Permission p : allPermissions()) {
            QVERIFY2(loaded->allows(role.key, p) == role.allows(p),
                     qPrintable(role.key + QLatin1Char(' ') + permissionKey(p)));
        }
    }
}

// Issue 13, point 9: a session with nobody signed in (a locked screen, a job that named no actor) used to
// be allowed everything. Now it is refused everything, and signing out takes every right away.
void TestPermissionMatrix::nobodySignedInMayDoNothing()
{
    Session session;
    QVERIFY(!session.isSignedIn());
    QCOMPARE(session.systemActor(), SystemActorKind::None);
    for (Permission p : allPermissions()) {
        QVERIFY(!session.can(p));
        const Result<void> required = session.require(p);
        QVERIFY(!required.ok());
        QVERIFY2(required.errorString().contains(QStringLiteral("Nobody is signed in")),
                 qPrintable(required.errorString()));
    }
    session.signIn(member(StaffRole::Director));
    QVERIFY(session.can(Permission::ViewAudit));
    session.signOut();
    QVERIFY(!session.can(Permission::ViewAudit));
    QVERIFY(!session.can(Permission::ViewFamilies));
}

void TestPermissionMatrix::systemActorsHaveTheirOwnPermissions_data()
{
    QTest::addColumn<SystemActorKind>("actor");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    using K = SystemActorKind;
    using P = Permission;
    QTest::newRow("report job reads families") << K::ReportJob << P::ViewFamilies << true;
    QTest::newRow("report job reads reports") << K::ReportJob << P::ViewReports << true;
    QTest::newRow("report job edits no family") << K::ReportJob << P::EditFamilies << false;
    QTest::newRow("report job checks no one out") << K::ReportJob << P::CheckInOut << false;
    QTest::newRow("report job changes no setting") << K::ReportJob << P::ManageSettings << false;
    QTest::newRow("report job reports on every site") << K::ReportJob << P::ViewAllSites << true;
    QTest::newRow("the emergency roll call stays on its site") << K::Emergency << P::ViewAllSites << false;
    QTest::newRow("init creates accounts") << K::Init << P::ManageAccounts << true;
    QTest::newRow("init reads no medical notes") << K::Init << P::ViewMedical << false;
    QTest::newRow("demo builds everything") << K::Demo << P::OverridePickup << true;
    QTest::newRow("kiosk checks in") << K::Kiosk << P::CheckInOut << true;
    QTest::newRow("kiosk overrides nothing") << K::Kiosk << P::OverridePickup << false;
    QTest::newRow("emergency reads allergies") << K::Emergency << P::ViewMedical << true;
    QTest::newRow("emergency reads families") << K::Emergency << P::ViewFamilies << true;
    QTest::newRow("emergency edits no family") << K::Emergency << P::EditFamilies << false;
    QTest::newRow("emergency checks no one out") << K::Emergency << P::CheckInOut << false;
    QTest::newRow("emergency reads no audit") << K::Emergency << P::ViewAudit << false;
    QTest::newRow("migrate edits no family") << K::Migrate << P::EditFamilies << false;
    QTest::newRow("export exports") << K::Export << P::ExportFamilyData << true;
    QTest::newRow("import anonymises nobody") << K::Import << P::AnonymiseFamilies << false;
}

void TestPermissionMatrix::systemActorsHaveTheirOwnPermissions()
{
    QFETCH(SystemActorKind, actor);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    Session session(actor);
    QVERIFY(!session.isSignedIn());
    QCOMPARE(session.actorId(), qint64(0)); // a system actor is not a staff row
    QCOMPARE(session.can(permission), allowed);
    QCOMPARE(session.require(permission).ok(), allowed);
    // Whatever the matrix says about a role, the actor keeps its own set.
    PermissionMatrix everything = PermissionMatrix::defaults();
    session.setPermissions(everything);
    QCOMPARE(session.can(permission), allowed);
    // A staff member signing in ends the system actor.
    session.signIn(member(StaffRole::Receptionist));
    QCOMPARE(session.systemActor(), SystemActorKind::None);
    SystemActorKind back = SystemActorKind::None;
    QVERIFY(systemActorFromKey(systemActorKey(actor), &back));
    QCOMPARE(back, actor);
}

void TestPermissionMatrix::refusalIsReadable()
{
    Session session;
    session.signIn(member(StaffRole::Receptionist));
    QCOMPARE(session.require(Permission::ViewMedical).errorString(),
             QStringLiteral("Your role (Receptionist) may not see children's medical notes; ask a director."));
    session.signIn(member(StaffRole::Director));
    QCOMPARE(session.require(Permission::ManageAccounts).errorString(),
             QStringLiteral("Your role (Director) may not manage staff accounts, PINs and roles; ask an "
                            "administrator."));
}

void TestPermissionMatrix::customRoleIsStoredAndEnforced()
{
    TestCentre centre;
    RoleService roles(centre.database(), centre.session());
    QVERIFY(roles.reload().ok());
    const RoleDefinition cook {
        QStringLiteral("cook"), QStringLiteral("Cook"), false, {Permission::ViewFamilies, Permission::ViewMedical}};
    auto saved = roles.saveRole(cook);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));

    // A fresh session on the reopened file sees the role from the file.
    QVERIFY(centre.reopen());
    Session session;
    RoleService fresh(centre.database(), session);
    QVERIFY(fresh.reload().ok());
    session.signIn(member(StaffRole::Staff), QStringLiteral("cook"));
    QCOMPARE(session.roleName(), QStringLiteral("Cook"));
    QVERIFY(session.can(Permission::ViewMedical));
    QVERIFY(!session.can(Permission::CheckInOut));
    QVERIFY(session.require(Permission::CheckInOut).errorString().startsWith(QStringLiteral("Your role (Cook)")));

    // An unknown role may do nothing.
    session.signIn(member(StaffRole::Staff), QStringLiteral("ghost"));
    for (Permission p : allPermissions()) {
        QVERIFY(!session.can(p));
    }
}

void TestPermissionMatrix::customRoleNeedsManageAccounts()
{
    TestCentre centre;
    RoleService roles(centre.database(), centre.session());
    centre.session().signIn(member(StaffRole::Director));
    auto refused = roles.saveRole({QStringLiteral("cook"), QStringLiteral("Cook"), false, {Permission::ViewFamilies}});
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QStringLiteral("ask an administrator")));
    centre.session().signIn(member(StaffRole::Administrator));
    QVERIFY(!roles.saveRole({QStringLiteral("Bad Key!"), QStringLiteral("Cook"), false, {}}).ok());
    QVERIFY(roles.saveRole({QStringLiteral("cook"), QStringLiteral("Cook"), false, {Permission::ViewFamilies}}).ok());
    QVERIFY(centre.session().permissions().allows(QStringLiteral("cook"), Permission::ViewFamilies));
}

void TestPermissionMatrix::ownRoleKeepsManageAccounts()
{
    TestCentre centre;
    RoleService roles(centre.database(), centre.session());
    centre.session().signIn(member(StaffRole::Administrator));
    RoleDefinition administrator = *centre.session().permissions().role(QStringLiteral("administrator"));
    administrator.permissions.removeAll(Permission::ManageAccounts);
    const auto refused = roles.saveRole(administrator);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("permissions"));
    QVERIFY(centre.session().can(Permission::ManageAccounts));
    // Another role may lose it; nobody signed in may change no role, and a system actor with ManageAccounts
    // (the demo builder here) may change any.
    RoleDefinition director = *centre.session().permissions().role(QStringLiteral("director"));
    director.permissions.removeAll(Permission::ManageSettings);
    QVERIFY(roles.saveRole(director).ok());
    centre.session().signOut();
    QVERIFY(!roles.saveRole(administrator).ok());
    centre.session().actAs(SystemActorKind::Demo);
    QVERIFY(roles.saveRole(administrator).ok());
    QVERIFY(!centre.session().permissions().allows(StaffRole::Administrator, Permission::ManageAccounts));
}

QTEST_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
