// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 5: no one raises their own power. A role — a staff member's own, an account's role, or
// what a role may do — is changed only by account management, never by the person it belongs to, and
// never so that nobody is left who can manage accounts. Each row names the side door it closes; the rows
// marked "today: allowed" were allowed before this change.
#include "MockClock.h"
#include "TestCentre.h"
#include "centre/CentreService.h"
#include "centre/RoleService.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));

enum class Change {
    OwnStaffRole, // Staff page: the actor's own role
    OtherStaffRole, // Staff page: the receptionist's role
    NewAdministrator, // Staff page: a new staff member who is an administrator
    NewEducator, // Staff page: a new educator
    OwnAccountRole, // Accounts page: the actor's own account role
    OtherAccountRole, // Accounts page: the director's account role
    RolePermissions, // Roles and permissions: what a receptionist may do
    OwnRolePermissions, // Roles and permissions: the actor's own role may read medical notes
    ArchiveSelf, // Staff page: the actor archives themself
};

struct Centre
{
    TestCentre centre;
    StaffAccountService accounts {centre.database(), centre.session(), nullptr, HashLimits::minimum()};
    StaffMember ada; // administrator, password
    StaffMember bo; // a second administrator, password
    StaffMember mai; // director, PIN
    StaffMember lena; // receptionist, PIN

    StaffMember add(const QString& first, StaffRole role)
    {
        StaffMember m;
        m.firstName = first;
        m.lastName = QStringLiteral("Nguyen");
        m.role = role;
        (void)centre.centre().saveStaff(m);
        return m;
    }

    explicit Centre(bool secondAdministrator = true)
    {
        ada = add(QStringLiteral("Ada"), StaffRole::Administrator);
        mai = add(QStringLiteral("Mai"), StaffRole::Director);
        lena = add(QStringLiteral("Lena"), StaffRole::Receptionist);
        (void)accounts.setPassword(ada.id, QStringLiteral("a long admin password"));
        (void)accounts.setPin(mai.id, QStringLiteral("111111"));
        (void)accounts.setPin(lena.id, QStringLiteral("222222"));
        if (secondAdministrator) {
            bo = add(QStringLiteral("Bo"), StaffRole::Administrator);
            (void)accounts.setPassword(bo.id, QStringLiteral("another admin password"));
        }
        // A role the centre made that may do everything.
        RoleService roles(centre.database(), centre.session());
        (void)roles.saveRole({QStringLiteral("all"), QStringLiteral("Everything"), false, allPermissions()});
    }

    QString storedRole(qint64 staffId)
    {
        QSqlQuery query(centre.database().connection());
        query.prepare(QStringLiteral("SELECT s.role || '/' || coalesce(c.custom_role, '') FROM staff s "
                                     "LEFT JOIN staff_credentials c ON c.staff_id = s.id WHERE s.id = :id"));
        query.bindValue(QStringLiteral(":id"), staffId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    qint64 permissionRows()
    {
        QSqlQuery query(centre.database().connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM role_permissions")) && query.next()
            ? query.value(0).toLongLong()
            : -1;
    }
};

Result<void> apply(Centre& c, Change change)
{
    const StaffMember actor = c.centre.session().actor();
    switch (change) {
    case Change::OwnStaffRole: {
        StaffMember self = c.centre.centre().staffMember(actor.id).value();
        self.role = StaffRole::Administrator == self.role ? StaffRole::Director : StaffRole::Administrator;
        auto saved = c.centre.centre().saveStaff(self);
        return saved ? Result<void>() : saved.error();
    }
    case Change::OtherStaffRole: {
        StaffMember other = c.centre.centre().staffMember(c.lena.id).value();
        other.role = StaffRole::Director;
        auto saved = c.centre.centre().saveStaff(other);
        return saved ? Result<void>() : saved.error();
    }
    case Change::NewAdministrator:
    case Change::NewEducator: {
        StaffMember added;
        added.firstName = QStringLiteral("New");
        added.lastName = QStringLiteral("Person");
        added.role = change == Change::NewAdministrator ? StaffRole::Administrator : StaffRole::Staff;
        auto saved = c.centre.centre().saveStaff(added);
        return saved ? Result<void>() : saved.error();
    }
    case Change::OwnAccountRole:
        return c.accounts.setCustomRole(actor.id, QStringLiteral("all"));
    case Change::OtherAccountRole:
        return c.accounts.setCustomRole(c.mai.id, QStringLiteral("all"));
    case Change::RolePermissions: {
        RoleService roles(c.centre.database(), c.centre.session());
        (void)roles.reload();
        RoleDefinition receptionist = *c.centre.session().permissions().role(QStringLiteral("receptionist"));
        receptionist.permissions << Permission::OverridePickup;
        return roles.saveRole(receptionist);
    }
    case Change::OwnRolePermissions: {
        RoleService roles(c.centre.database(), c.centre.session());
        (void)roles.reload();
        RoleDefinition own = *c.centre.session().permissions().role(c.centre.session().roleKey());
        own.permissions << Permission::ViewMedical;
        return roles.saveRole(own);
    }
    case Change::ArchiveSelf:
        return c.centre.centre().archiveStaff(actor.id, QStringLiteral("Leaving"));
    }
    return {};
}

} // namespace

class TestAccountSafety : public QObject
{
    Q_OBJECT

private slots:
    void roleChanges_data();
    void roleChanges();
    void lastAdministratorStays_data();
    void lastAdministratorStays();
};

void TestAccountSafety::roleChanges_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("director raises her own role to administrator (today: allowed)")
        << QStringLiteral("mai") << Change::OwnStaffRole << false;
    QTest::newRow("director makes the receptionist a director (today: allowed)")
        << QStringLiteral("mai") << Change::OtherStaffRole << false;
    QTest::newRow("director adds a new administrator (today: allowed)")
        << QStringLiteral("mai") << Change::NewAdministrator << false;
    QTest::newRow("director adds a new educator") << QStringLiteral("mai") << Change::NewEducator << true;
    QTest::newRow("director gives herself the all-powerful role")
        << QStringLiteral("mai") << Change::OwnAccountRole << false;
    QTest::newRow("director edits what receptionists may do")
        << QStringLiteral("mai") << Change::RolePermissions << false;
    QTest::newRow("receptionist makes herself a director") << QStringLiteral("lena") << Change::OwnStaffRole << false;
    QTest::newRow("administrator changes her own staff role (today: allowed)")
        << QStringLiteral("ada") << Change::OwnStaffRole << false;
    QTest::newRow("administrator gives herself the all-powerful role (today: allowed)")
        << QStringLiteral("ada") << Change::OwnAccountRole << false;
    QTest::newRow("administrator makes the receptionist a director")
        << QStringLiteral("ada") << Change::OtherStaffRole << true;
    QTest::newRow("administrator adds a new administrator")
        << QStringLiteral("ada") << Change::NewAdministrator << true;
    QTest::newRow("administrator gives the director another role")
        << QStringLiteral("ada") << Change::OtherAccountRole << true;
    QTest::newRow("administrator edits what receptionists may do")
        << QStringLiteral("ada") << Change::RolePermissions << true;
    QTest::newRow("administrator lets her own role read medical notes")
        << QStringLiteral("ada") << Change::OwnRolePermissions << false;
    QTest::newRow("director lets her own role read medical notes (no account management)")
        << QStringLiteral("mai") << Change::OwnRolePermissions << false;
    QTest::newRow("administrator archives herself, another administrator remains")
        << QStringLiteral("ada") << Change::ArchiveSelf << true;
}

void TestAccountSafety::roleChanges()
{
    QFETCH(QString, actor);
    QFETCH(Change, change);
    QFETCH(bool, allowed);
    MockClock clock(Morning);
    Centre c;
    QVERIFY(c.bo.id);
    const StaffMember who = actor == QLatin1String("mai") ? c.mai : actor == QLatin1String("lena") ? c.lena : c.ada;
    const QString before = c.storedRole(who.id) + c.storedRole(c.lena.id) + c.storedRole(c.mai.id);
    const qint64 permissionsBefore = c.permissionRows();
    c.centre.session().signIn(who);

    const Result<void> result = apply(c, change);
    QVERIFY2(result.ok() == allowed, qPrintable(result.ok() ? QStringLiteral("allowed") : result.errorString()));
    if (!allowed) {
        // Nothing changed, and the refusal says why.
        QCOMPARE(c.storedRole(who.id) + c.storedRole(c.lena.id) + c.storedRole(c.mai.id), before);
        QCOMPARE(c.permissionRows(), permissionsBefore);
        QVERIFY(!result.errorString().isEmpty());
    }
}

void TestAccountSafety::lastAdministratorStays_data()
{
    QTest::addColumn<int>("door");
    QTest::addColumn<bool>("secondAdministrator");
    QTest::addColumn<bool>("allowed");
    // 0: archived; 1: staff role changed; 2: account role without account management; 3: the administrator
    // role loses account management; 4: the last administrator archives herself.
    const char* doors[] = {"archived", "demoted on the Staff page", "given a role that cannot manage accounts",
                           "the administrator role loses account management", "archives herself"};
    for (int door = 0; door < 5; ++door) {
        QTest::newRow(qPrintable(
            QStringLiteral("last administrator %1: refused (today: allowed)").arg(QLatin1String(doors[door]))))
            << door << false << false;
        QTest::newRow(
            qPrintable(QStringLiteral("one of two administrators %1: allowed").arg(QLatin1String(doors[door]))))
            << door << true << true;
    }
}

void TestAccountSafety::lastAdministratorStays()
{
    QFETCH(int, door);
    QFETCH(bool, secondAdministrator);
    QFETCH(bool, allowed);
    MockClock clock(Morning);
    Centre c(secondAdministrator);
    QVERIFY(c.ada.id);
    // The system (a command-line job) may change any role, but not leave the centre without someone who can
    // manage accounts; a person may not change their own role at all, so the last administrator archiving
    // herself is the door a signed-in person has.
    if (door == 3 && secondAdministrator) {
        SystemActor system(c.centre.session()); // Bo keeps account management through a role of his own
        QVERIFY(c.accounts.setCustomRole(c.bo.id, QStringLiteral("all")).ok());
    }
    Result<void> result;
    if (door == 4) {
        c.centre.session().signIn(c.ada);
        result = c.centre.centre().archiveStaff(c.ada.id, QStringLiteral("Leaving"));
    } else {
        SystemActor system(c.centre.session());
        if (door == 0) {
            result = c.centre.centre().archiveStaff(c.ada.id, QStringLiteral("Leaving"));
        } else if (door == 1) {
            StaffMember ada = c.centre.centre().staffMember(c.ada.id).value();
            ada.role = StaffRole::Director;
            auto saved = c.centre.centre().saveStaff(ada);
            result = saved ? Result<void>() : saved.error();
        } else if (door == 2) {
            result = c.accounts.setCustomRole(c.ada.id, QStringLiteral("receptionist"));
        } else {
            RoleService roles(c.centre.database(), c.centre.session());
            QVERIFY(roles.reload().ok());
            RoleDefinition administrator = *c.centre.session().permissions().role(QStringLiteral("administrator"));
            administrator.permissions.removeAll(Permission::ManageAccounts);
            result = roles.saveRole(administrator);
        }
    }
    QVERIFY2(result.ok() == allowed, qPrintable(result.ok() ? QStringLiteral("allowed") : result.errorString()));
    if (!allowed) {
        QVERIFY2(result.errorString().contains(QStringLiteral("manage accounts")), qPrintable(result.errorString()));
        QCOMPARE(c.storedRole(c.ada.id), QStringLiteral("administrator/"));
        QVERIFY(!c.centre.centre().staffMember(c.ada.id)->archived);
    }
}

QTEST_GUILESS_MAIN(TestAccountSafety)
#include "TestAccountSafety.moc"
