// SPDX-License-Identifier: GPL-3.0-or-later
// Every core operation checks the acting user's role: each operation × each built-in role.
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceService.h"
#include "backup/BackupService.h"
#include "base/Station.h"
#include "centre/AuditReader.h"
#include "centre/ReportHeader.h"
#include "centre/RoleService.h"
#include "centre/SettingsService.h"
#include "families/ParentDirectory.h"
#include "health/HealthRecordService.h"
#include "incidents/DrillService.h"
#include "incidents/IncidentService.h"
#include "privacy/Anonymiser.h"
#include "privacy/FamilyDataExport.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "tickets/TicketService.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::StaffRole)
Q_DECLARE_METATYPE(Kindred::Permission)

namespace {

struct Fixture
{
    TestCentre centre;
    Family family;
    qint64 otherStaffId = 0;
};

using Operation = std::function<QString(Fixture&)>; // the error text, empty when it went through

template<typename R> QString errorOf(const R& result)
{
    return result.ok() ? QString() : result.errorString();
}

struct Case
{
    const char* name;
    Permission permission;
    Operation run;
};

const QList<Case>& cases()
{
    static const QList<Case> all {
        {"load a family", Permission::ViewFamilies,
         [](Fixture& f) { return errorOf(f.centre.families().load(f.family.id)); }},
        {"save a family", Permission::EditFamilies,
         [](Fixture& f) {
             Family copy = f.family;
             return errorOf(f.centre.families().save(copy));
         }},
        {"change who may collect a child", Permission::ManageCustody,
         [](Fixture& f) {
             Family copy = f.family;
             copy.children[0].pickups.clear();
             const CustodyNote note {QStringLiteral("Mother asked in writing to collect only herself"), {}};
             return errorOf(f.centre.families().save(copy, note));
         }},
        {"archive a family", Permission::ArchiveFamilies,
         [](Fixture& f) { return errorOf(f.centre.families().archive(f.family.id, QStringLiteral("Left"))); }},
        {"save a room", Permission::ManageRooms,
         [](Fixture& f) {
             Room room {0, QStringLiteral("Wombats"), 12, 24, 10, 4, false};
             return errorOf(f.centre.centre().saveRoom(room));
         }},
        {"save a staff member", Permission::ManageStaff,
         [](Fixture& f) {
             StaffMember m;
             m.firstName = QStringLiteral("New");
             m.lastName = QStringLiteral("Hire");
             return errorOf(f.centre.centre().saveStaff(m));
         }},
        {"check a child in", Permission::CheckInOut,
         [](Fixture& f) {
             AttendanceService attendance(f.centre.database(), f.centre.session());
             return errorOf(attendance.checkIn({f.family.children.first().id}, f.family.adults.first().id));
         }},
        {"void a check-in made at another desk", Permission::VoidAttendance,
         [](Fixture& f) {
             AttendanceService attendance(f.centre.database(), f.centre.session());
             Result<QList<AttendanceRecord>> in = Error {};
             {
                 SystemActor system(f.centre.session());
                 Station::setCurrentForTesting(QStringLiteral("another desk"));
                 in = attendance.checkIn({f.family.children.first().id}, f.family.adults.first().id);
                 Station::setCurrentForTesting({});
             }
             if (!in) {
                 return in.errorString();
             }
             AttendanceCorrections corrections(f.centre.database(), f.centre.session());
             return errorOf(corrections.voidCheckIn(in->first().id, QStringLiteral("Checked in by mistake")));
         }},
        {"set someone else's PIN", Permission::ManageAccounts,
         [](Fixture& f) {
             StaffAccountService accounts(f.centre.database(), f.centre.session(), nullptr, HashLimits::minimum());
             return errorOf(accounts.setPin(f.otherStaffId, QStringLiteral("8642")));
         }},
        {"define a role", Permission::ManageAccounts,
         [](Fixture& f) {
             RoleService roles(f.centre.database(), f.centre.session());
             return errorOf(roles.saveRole({QStringLiteral("cook"), QStringLiteral("Cook"), false, {}}));
         }},
        {"read the audit trail", Permission::ViewAudit,
         [](Fixture& f) { return errorOf(AuditReader(f.centre.database(), f.centre.session()).find({})); }},
        {"export a family's data", Permission::ExportFamilyData,
         [](Fixture& f) {
             return errorOf(FamilyDataExport(f.centre.database(), f.centre.session()).collect(f.family.id));
         }},
        {"list families due for anonymising", Permission::AnonymiseFamilies,
         [](Fixture& f) { return errorOf(Anonymiser(f.centre.database(), f.centre.session()).due()); }},
        {"change the retention period", Permission::ManageSettings,
         [](Fixture& f) {
             return errorOf(Anonymiser(f.centre.database(), f.centre.session()).setRetentionMonths(24));
         }},
        {"rename the centre", Permission::ManageSettings,
         [](Fixture& f) {
             return errorOf(SettingsService(f.centre.database(), f.centre.session())
                                .setValue(SettingsService::CentreName, QStringLiteral("Gum Tree")));
         }},
        {"set the reports' logo", Permission::ManageSettings,
         [](Fixture& f) {
             QImage logo(16, 16, QImage::Format_ARGB32);
             logo.fill(Qt::darkGreen);
             return errorOf(ReportHeader::setLogo(f.centre.database(), f.centre.session(), logo));
         }},
        {"back up the data file", Permission::ManageSettings,
         [](Fixture& f) {
             const QString target = f.centre.dirPath() + QStringLiteral("/backup-") + f.centre.session().roleKey()
                 + QStringLiteral(".kindred");
             return errorOf(BackupService::backUpTo(f.centre.database(), f.centre.session(), target));
         }},
        {"log an incident", Permission::LogIncidents,
         [](Fixture& f) {
             Incident incident;
             return errorOf(IncidentService(f.centre.database(), f.centre.session()).save(incident));
         }},
        {"sign off an incident", Permission::SignOffIncidents,
         [](Fixture& f) { return errorOf(IncidentService(f.centre.database(), f.centre.session()).signOff(1)); }},
        {"read a child's health record", Permission::ViewMedical,
         [](Fixture& f) {
             return errorOf(
                 HealthRecordService(f.centre.database(), f.centre.session()).load(f.family.children.first().id));
         }},
        {"capture a parent's ticket", Permission::ManageTickets,
         [](Fixture& f) { return errorOf(TicketService(f.centre.database(), f.centre.session()).capture({})); }},
        {"start an evacuation roll call", Permission::ViewFamilies,
         [](Fixture& f) {
             return errorOf(DrillService(f.centre.database(), f.centre.session()).start(DrillKind::Drill));
         }},
        {"read the parent directory", Permission::ViewFamilies,
         [](Fixture& f) { return errorOf(ParentDirectory(f.centre.database(), f.centre.session()).entries()); }},
    };
    return all;
}

} // namespace

class TestCoreEnforcement : public QObject
{
    Q_OBJECT

private slots:
    void eachOperationForEachRole_data();
    void eachOperationForEachRole();
    void hiddenDetailsSurviveASave_data();
    void hiddenDetailsSurviveASave();
};

void TestCoreEnforcement::eachOperationForEachRole_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<StaffRole>("role");
    for (int i = 0; i < cases().size(); ++i) {
        for (StaffRole role :
             {StaffRole::Receptionist, StaffRole::Staff, StaffRole::Director, StaffRole::Administrator}) {
            const bool allowed = PermissionMatrix::defaults().allows(role, cases().at(i).permission);
            const QString name
                = QStringLiteral("%1 %2 %3")
                      .arg(staffRoleName(role), allowed ? QStringLiteral("may") : QStringLiteral("may not"),
                           QString::fromLatin1(cases().at(i).name));
            QTest::newRow(qPrintable(name)) << i << role;
        }
    }
}

void TestCoreEnforcement::eachOperationForEachRole()
{
    QFETCH(int, caseIndex);
    QFETCH(StaffRole, role);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    Fixture f;
    f.family = TestCentre::sampleFamily();
    QVERIFY(f.centre.families().save(f.family).ok());
    StaffMember other;
    other.firstName = QStringLiteral("Other");
    other.lastName = QStringLiteral("Person");
    QVERIFY(f.centre.centre().saveStaff(other).ok());
    f.otherStaffId = other.id;
    StaffMember actor;
    actor.firstName = QStringLiteral("Acting");
    actor.lastName = QStringLiteral("Person");
    actor.role = role;
    QVERIFY(f.centre.centre().saveStaff(actor).ok());
    f.centre.session().signIn(actor);

    const Case& c = cases().at(caseIndex);
    const bool allowed = PermissionMatrix::defaults().allows(role, c.permission);
    const QString error = c.run(f);
    if (allowed) {
        QVERIFY2(!error.startsWith(QStringLiteral("Your role")), qPrintable(error));
    } else {
        QVERIFY2(error.startsWith(QStringLiteral("Your role (%1) may not").arg(staffRoleName(role))),
                 qPrintable(error));
    }
}

void TestCoreEnforcement::hiddenDetailsSurviveASave_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<bool>("seesMedical");
    QTest::addColumn<bool>("seesCustody");
    QTest::newRow("receptionist: custody, no medical notes") << StaffRole::Receptionist << false << true;
    QTest::newRow("educator: both") << StaffRole::Staff << true << true;
    QTest::newRow("director: both") << StaffRole::Director << true << true;
    QTest::newRow("administrator: neither") << StaffRole::Administrator << false << false;
}

void TestCoreEnforcement::hiddenDetailsSurviveASave()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, seesMedical);
    QFETCH(bool, seesCustody);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    Person father;
    father.id = -2;
    father.firstName = QStringLiteral("Emeka");
    father.lastName = family.householdName;
    father.relation = QStringLiteral("Father (restricted)");
    family.adults << father;
    family.children[0].medicalNotes = QStringLiteral("Asthma: reliever in bag");
    family.children[0].restrictions << PickupRestriction {-2, QStringLiteral("Court order"), QStringLiteral("FCC 12")};
    QVERIFY(centre.families().save(family).ok());

    StaffMember actor;
    actor.id = 99;
    actor.firstName = QStringLiteral("Acting");
    actor.role = role;
    centre.session().signIn(actor);
    auto seen = centre.families().load(family.id);
    QVERIFY(seen.ok());
    QCOMPARE(seen->children[0].medicalNotes.isEmpty(), !seesMedical);
    QCOMPARE(seen->children[0].restrictions.isEmpty(), !seesCustody);

    // An edit by this role (a new phone number) keeps what it could not see.
    Family edited = seen.value();
    edited.adults[0].mobilePhone = QStringLiteral("0400 000 111");
    const auto saved = centre.families().save(edited);
    if (!PermissionMatrix::defaults().allows(role, Permission::EditFamilies)) {
        QVERIFY(!saved.ok());
        return;
    }
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    centre.session().actAs(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    auto stored = centre.families().load(family.id);
    QCOMPARE(stored->adults[0].mobilePhone, QStringLiteral("0400 000 111"));
    QCOMPARE(stored->children[0].medicalNotes, QStringLiteral("Asthma: reliever in bag"));
    QCOMPARE(stored->children[0].restrictions.size(), 1);
    QCOMPARE(stored->children[0].restrictions[0].courtOrderRef, QStringLiteral("FCC 12"));
}

QTEST_MAIN(TestCoreEnforcement)
#include "TestCoreEnforcement.moc"
