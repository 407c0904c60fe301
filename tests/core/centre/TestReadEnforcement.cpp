// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 10: every read checks the reader. Each public read of core that returns personal data,
// for each built-in role and for a centre's own role with no permission at all: refused in core with
// "Your role (…) may not …" exactly when the permission matrix says so. Before this change the ticket,
// incident, medication-log, drill, release-decision, roll-of-corrections and staff-shift reads returned
// their data to anyone (the administrator read tickets, incident details and court orders; the
// receptionist read the medication log; the sign-in sheet printed from Who's here needed no permission).
// Then what the trail, its CSV and the printed reports show of medical and custody details.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/GroupRoster.h"
#include "attendance/RoomBoard.h"
#include "attendance/StaffAttendance.h"
#include "attendance/StaffPresence.h"
#include "centre/AuditReader.h"
#include "families/ChildPhotos.h"
#include "families/ParentDirectory.h"
#include "health/HealthRecordService.h"
#include "health/ImmunisationService.h"
#include "health/MedicationService.h"
#include "incidents/DrillService.h"
#include "incidents/IncidentService.h"
#include "incidents/RollCall.h"
#include "privacy/Anonymiser.h"
#include "privacy/FamilyDataExport.h"
#include "reports/DashboardData.h"
#include "reports/IncidentReport.h"
#include "reports/ReportCatalogue.h"
#include "reports/SignInSheet.h"
#include "reports/TicketHistoryReport.h"
#include "tickets/TicketService.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Kindred;

namespace {

struct Fixture
{
    TestCentre centre;
    Family family;
    qint64 child() const { return family.children.first().id; }
    qint64 adult() const { return family.adults.first().id; }
    QString file(const QString& name) const { return centre.dirPath() + QLatin1Char('/') + name; }
};

using Operation = std::function<QString(Fixture&)>; // the error text, empty when it went through

template<typename R> QString errorOf(const R& result)
{
    return result.ok() ? QString() : result.errorString();
}

struct Case
{
    const char* name;
    QList<Permission> anyOf; // the reader needs one of these…
    QList<Permission> allOf; // …and every one of these
    Operation run;
};

const QDate Day(2026, 11, 23);

QList<Case> reportCases()
{
    QList<Case> cases;
    for (const ReportInfo& info : ReportCatalogue::reports()) {
        static QList<QByteArray> names; // the case names live as long as the table
        names << QByteArray("build the report ") + info.name.toUtf8();
        const QString name = info.name;
        cases << Case {names.last().constData(), {}, {Permission::ViewReports, info.permission}, [name](Fixture& f) {
                           return errorOf(ReportCatalogue::build(f.centre.database(), f.centre.session(),
                                                                 ReportRequest {name, Day.addDays(-30), Day, -1}));
                       }};
    }
    return cases;
}

const QList<Case>& cases()
{
    using P = Permission;
    static QList<Case> all {
        // Families
        {"load a family",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(f.centre.families().load(f.family.id)); }},
        {"load an archived family",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(f.centre.families().loadIncludingArchived(f.family.id)); }},
        {"search the families",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(f.centre.families().search(QStringLiteral("Okafor"))); }},
        {"list the families",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(f.centre.families().list(0, 50)); }},
        {"find a family by its card",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(f.centre.families().familyIdForCardCode(f.family.cardCode)); }},
        {"read the parent directory",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(ParentDirectory(f.centre.database(), f.centre.session()).entries()); }},
        // Tickets
        {"read a ticket",
         {P::ManageTickets},
         {},
         [](Fixture& f) { return errorOf(TicketService(f.centre.database(), f.centre.session()).ticket(1)); }},
        {"read a ticket's timeline",
         {P::ManageTickets},
         {},
         [](Fixture& f) { return errorOf(TicketService(f.centre.database(), f.centre.session()).timeline(1)); }},
        {"read the ticket board",
         {P::ManageTickets},
         {},
         [](Fixture& f) { return errorOf(TicketService(f.centre.database(), f.centre.session()).board({})); }},
        {"search the tickets",
         {P::ManageTickets},
         {},
         [](Fixture& f) {
             return errorOf(TicketService(f.centre.database(), f.centre.session()).search(QStringLiteral("late")));
         }},
        {"count a family's overdue tickets",
         {P::ManageTickets},
         {},
         [](Fixture& f) {
             return errorOf(TicketService(f.centre.database(), f.centre.session()).overdueTicketCount(f.family.id));
         }},
        {"list a family's overdue tickets",
         {P::ManageTickets},
         {},
         [](Fixture& f) {
             return errorOf(TicketService(f.centre.database(), f.centre.session()).overdueTickets(f.family.id));
         }},
        {"list a family's tickets",
         {P::ManageTickets},
         {},
         [](Fixture& f) {
             return errorOf(TicketService(f.centre.database(), f.centre.session()).familyTickets(f.family.id));
         }},
        // Incidents: who logs them or signs them off
        {"read an incident",
         {P::LogIncidents, P::SignOffIncidents},
         {},
         [](Fixture& f) { return errorOf(IncidentService(f.centre.database(), f.centre.session()).load(1)); }},
        {"list the incidents",
         {P::LogIncidents, P::SignOffIncidents},
         {},
         [](Fixture& f) { return errorOf(IncidentService(f.centre.database(), f.centre.session()).list()); }},
        {"read an incident's amendments",
         {P::LogIncidents, P::SignOffIncidents},
         {},
         [](Fixture& f) { return errorOf(IncidentService(f.centre.database(), f.centre.session()).amendments(1)); }},
        {"name an incident's children",
         {P::LogIncidents, P::SignOffIncidents},
         {},
         [](Fixture& f) {
             return errorOf(IncidentService(f.centre.database(), f.centre.session()).childNames({f.child()}));
         }},
        // Health
        {"read a child's health record",
         {P::ViewMedical},
         {},
         [](Fixture& f) {
             return errorOf(HealthRecordService(f.centre.database(), f.centre.session()).load(f.child()));
         }},
        {"read the medication log",
         {P::ViewMedical},
         {},
         [](Fixture& f) {
             return errorOf(MedicationService(f.centre.database(), f.centre.session()).medicationLog(f.child()));
         }},
        {"read a child's immunisations due",
         {P::ViewMedical},
         {},
         [](Fixture& f) {
             return errorOf(
                 ImmunisationService(f.centre.database(), f.centre.session()).immunisationStatus(f.child(), Day));
         }},
        // Emergency drills: like starting one
        {"read a drill",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(DrillService(f.centre.database(), f.centre.session()).load(1)); }},
        {"ask whether a drill is under way",
         {P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(DrillService(f.centre.database(), f.centre.session()).drillUnderWay()); }},
        {"list the drills",
         {P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(DrillService(f.centre.database(), f.centre.session()).drills(Day.addYears(-1), Day));
         }},
        {"print the drill log",
         {P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(DrillService(f.centre.database(), f.centre.session()).drillLog(Day.addYears(-1), Day));
         }},
        // Attendance: the release decision names restrictions and court orders
        {"ask who may collect a child",
         {P::CheckInOut},
         {},
         [](Fixture& f) {
             return errorOf(
                 AttendanceService(f.centre.database(), f.centre.session()).releaseDecision(f.child(), f.adult()));
         }},
        {"list the stays not checked out",
         {P::CorrectAttendance},
         {},
         [](Fixture& f) {
             return errorOf(AttendanceCorrections(f.centre.database(), f.centre.session()).notCheckedOut(Day));
         }},
        {"list the staff on duty",
         {P::CheckInOut},
         {},
         [](Fixture& f) { return errorOf(StaffAttendance(f.centre.database(), f.centre.session()).onDuty()); }},
        {"list a day's staff shifts",
         {P::CheckInOut},
         {},
         [](Fixture& f) { return errorOf(StaffAttendance(f.centre.database(), f.centre.session()).shiftsOn(Day)); }},
        {"print the sign-in sheet from Who's here",
         {},
         {P::ViewReports},
         [](Fixture& f) { return errorOf(SignInSheet::build(f.centre.database(), f.centre.session(), Day)); }},
        // Who is here (issue 13, point 10, the readers that took only the database and checked nobody): the
        // board, the rosters, attendance, staff presence and the roll call are for whoever checks children in
        // and out or looks families up; before, a role with no permission at all read them.
        {"see who is here on the room board",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(RoomBoard(f.centre.database(), f.centre.session()).rooms()); }},
        {"see one room of the board",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(RoomBoard(f.centre.database(), f.centre.session()).room(1)); }},
        {"read the roll call",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(RollCall(f.centre.database(), f.centre.session()).onPremises()); }},
        {"read a room's group roster",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(GroupRoster(f.centre.database(), f.centre.session()).room(-1)); }},
        {"read the children's life-threatening allergies",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(GroupRoster(f.centre.database(), f.centre.session()).lifeThreateningAllergens({f.child()}));
         }},
        {"list the children here",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).present()); }},
        {"list a day's attendance",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).forDay(Day)); }},
        {"read an attendance record",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).byId(1)); }},
        {"find a stay by its security code",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(
                 AttendanceReader(f.centre.database(), f.centre.session()).byCode(QStringLiteral("ABC123"), Day));
         }},
        {"read a child's open stay",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.child()));
         }},
        {"read a family's open stays",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).openForFamily(f.family.id));
         }},
        {"list the stays left open",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).notCheckedOut(Day));
         }},
        {"read a stay's corrections",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(AttendanceReader(f.centre.database(), f.centre.session()).corrections(1)); }},
        {"read a family's absences",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(
                 AttendanceReader(f.centre.database(), f.centre.session()).absencesForFamily(f.family.id, Day));
         }},
        {"list the staff present now",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(StaffPresence(f.centre.database(), f.centre.session()).presentNow()); }},
        {"list the staff present on a day",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) { return errorOf(StaffPresence(f.centre.database(), f.centre.session()).presentOn(Day)); }},
        {"ask whether a colleague is here",
         {P::CheckInOut, P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(
                 StaffPresence(f.centre.database(), f.centre.session()).isPresent(f.centre.session().actorId()));
         }},
        // A child's photo identifies the child as the family's page does.
        {"read the children's photos",
         {P::ViewFamilies},
         {},
         [](Fixture& f) {
             return errorOf(ChildPhotos(f.centre.database(), f.centre.session()).shareable({f.child()}));
         }},
        // The dashboard is a report, on a page gated like the Reports page.
        {"chart the attendance per day",
         {P::ViewReports},
         {},
         [](Fixture& f) {
             return errorOf(
                 DashboardData(f.centre.database(), f.centre.session()).attendancePerDay(Day.addDays(-29), Day));
         }},
        {"chart the children here by hour",
         {P::ViewReports},
         {},
         [](Fixture& f) { return errorOf(DashboardData(f.centre.database(), f.centre.session()).presentByHour(Day)); }},
        {"chart the incidents by kind",
         {P::ViewReports},
         {},
         [](Fixture& f) {
             return errorOf(
                 DashboardData(f.centre.database(), f.centre.session()).incidentsByKind(Day.addDays(-89), Day));
         }},
        {"chart the tickets per month",
         {P::ViewReports},
         {},
         [](Fixture& f) {
             return errorOf(
                 DashboardData(f.centre.database(), f.centre.session()).ticketsPerMonth(Day.addMonths(-5), Day));
         }},
        // Printed from the Incidents and Tickets pages: what their services' reads need.
        {"print an incident report",
         {P::LogIncidents, P::SignOffIncidents},
         {},
         [](Fixture& f) { return errorOf(IncidentReport(f.centre.database(), f.centre.session()).build(1)); }},
        {"print a family's ticket history",
         {P::ManageTickets},
         {},
         [](Fixture& f) {
             return errorOf(TicketHistoryReport::build(f.centre.database(), f.centre.session(), f.family.id));
         }},
        // The trail
        {"read the audit trail",
         {P::ViewAudit},
         {},
         [](Fixture& f) { return errorOf(AuditReader(f.centre.database(), f.centre.session()).find({})); }},
        {"count the audit trail",
         {P::ViewAudit},
         {},
         [](Fixture& f) { return errorOf(AuditReader(f.centre.database(), f.centre.session()).count({})); }},
        {"list the audited actions",
         {P::ViewAudit},
         {},
         [](Fixture& f) { return errorOf(AuditReader(f.centre.database(), f.centre.session()).actions()); }},
        {"list the audited records",
         {P::ViewAudit},
         {},
         [](Fixture& f) { return errorOf(AuditReader(f.centre.database(), f.centre.session()).entities()); }},
        {"export the audit trail",
         {P::ViewAudit},
         {},
         [](Fixture& f) {
             return errorOf(AuditReader(f.centre.database(), f.centre.session())
                                .exportCsv({}, f.file(QStringLiteral("audit.csv"))));
         }},
        {"check the audit trail",
         {P::ViewAudit},
         {},
         [](Fixture& f) { return errorOf(AuditReader(f.centre.database(), f.centre.session()).verify()); }},
        // Privacy
        {"collect a family's data",
         {P::ExportFamilyData},
         {},
         [](Fixture& f) {
             return errorOf(FamilyDataExport(f.centre.database(), f.centre.session()).collect(f.family.id));
         }},
        {"write a family's data",
         {P::ExportFamilyData},
         {},
         [](Fixture& f) {
             return errorOf(FamilyDataExport(f.centre.database(), f.centre.session())
                                .writeJson(f.family.id, f.file(QStringLiteral("family.json"))));
         }},
        {"list the families due for anonymising",
         {P::AnonymiseFamilies},
         {},
         [](Fixture& f) { return errorOf(Anonymiser(f.centre.database(), f.centre.session()).due()); }},
        {"preview an anonymisation",
         {P::AnonymiseFamilies},
         {},
         [](Fixture& f) { return errorOf(Anonymiser(f.centre.database(), f.centre.session()).dryRun(f.family.id)); }},
    };
    static bool withReports = false;
    if (!withReports) {
        all << reportCases();
        withReports = true;
    }
    return all;
}

// A centre's own role with no permission: every read above is refused to it.
const QString NoAccessRole = QStringLiteral("kitchen");

bool mayRun(const PermissionMatrix& matrix, const QString& role, const Case& c)
{
    bool any = c.anyOf.isEmpty();
    for (Permission p : c.anyOf) {
        any = any || matrix.allows(role, p);
    }
    for (Permission p : c.allOf) {
        any = any && matrix.allows(role, p);
    }
    return any;
}

// A staff member on file with this role, hired by the system.
StaffMember hire(TestCentre& centre, StaffRole role)
{
    SystemActor system(centre.session());
    StaffMember member;
    member.firstName = QStringLiteral("Acting");
    member.lastName = staffRoleName(role);
    member.role = role;
    if (!centre.centre().saveStaff(member)) {
        qWarning() << "could not hire";
    }
    return member;
}

PermissionMatrix matrixWithNoAccessRole()
{
    PermissionMatrix matrix = PermissionMatrix::defaults();
    matrix.setRole({NoAccessRole, QStringLiteral("Kitchen"), false, {}});
    return matrix;
}

QString documentText(const ReportDocument& doc)
{
    QStringList text {doc.title, doc.subtitle};
    for (const ReportDocument::Block& block : doc.blocks) {
        if (const auto* table = std::get_if<ReportDocument::Table>(&block)) {
            for (const QStringList& row : table->rows) {
                text << row;
            }
        } else if (const auto* paragraph = std::get_if<ReportDocument::Paragraph>(&block)) {
            text << paragraph->text;
        }
    }
    return text.join(QLatin1Char('\n'));
}

QString csvText(const BuiltReport& report)
{
    QStringList lines;
    for (const QStringList& row : report.csvRows) {
        lines << row.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestReadEnforcement : public QObject
{
    Q_OBJECT

private slots:
    void eachReadForEachRole_data();
    void eachReadForEachRole();
    void staffContactsOnlyForWhoManagesStaff_data();
    void staffContactsOnlyForWhoManagesStaff();
    void trailShowsMedicalAndCustodyOnlyToWhoMaySee_data();
    void trailShowsMedicalAndCustodyOnlyToWhoMaySee();
    void printedCustodyDetailsNeedTheCustodyPermission_data();
    void printedCustodyDetailsNeedTheCustodyPermission();
    void rollCallShowsWhatAnEmergencyNeeds_data();
    void rollCallShowsWhatAnEmergencyNeeds();
};

void TestReadEnforcement::eachReadForEachRole_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<QString>("role");
    const PermissionMatrix matrix = matrixWithNoAccessRole();
    QStringList roles;
    for (StaffRole role : {StaffRole::Receptionist, StaffRole::Staff, StaffRole::Director, StaffRole::Administrator}) {
        roles << staffRoleKey(role);
    }
    roles << NoAccessRole;
    for (int i = 0; i < cases().size(); ++i) {
        for (const QString& role : std::as_const(roles)) {
            const bool allowed = mayRun(matrix, role, cases().at(i));
            const QString name
                = QStringLiteral("%1 %2 %3")
                      .arg(matrix.roleName(role), allowed ? QStringLiteral("may") : QStringLiteral("may not"),
                           QString::fromLatin1(cases().at(i).name));
            QTest::newRow(qPrintable(name)) << i << role;
        }
    }
}

void TestReadEnforcement::eachReadForEachRole()
{
    QFETCH(int, caseIndex);
    QFETCH(QString, role);
    MockClock clock(QDateTime(Day, QTime(9, 0), QTimeZone("Australia/Melbourne")));
    Fixture f;
    f.family = TestCentre::sampleFamily();
    QVERIFY(f.centre.families().save(f.family).ok());
    StaffMember actor;
    actor.firstName = QStringLiteral("Acting");
    actor.lastName = QStringLiteral("Person");
    actor.role = role == NoAccessRole ? StaffRole::Staff : staffRoleFromKey(role);
    QVERIFY(f.centre.centre().saveStaff(actor).ok());
    const PermissionMatrix matrix = matrixWithNoAccessRole();
    f.centre.session().setPermissions(matrix);
    f.centre.session().signIn(actor, role == NoAccessRole ? role : QString());

    const Case& c = cases().at(caseIndex);
    const bool allowed = mayRun(matrix, role, c);
    const QString error = c.run(f);
    if (allowed) {
        QVERIFY2(!error.startsWith(QStringLiteral("Your role")), qPrintable(error));
    } else {
        QVERIFY2(error.startsWith(QStringLiteral("Your role (%1) may not").arg(matrix.roleName(role))),
                 qPrintable(error.isEmpty() ? QStringLiteral("(it went through)") : error));
    }
}

void TestReadEnforcement::staffContactsOnlyForWhoManagesStaff_data()
{
    QTest::addColumn<StaffRole>("role");
    for (StaffRole role : {StaffRole::Receptionist, StaffRole::Staff, StaffRole::Director, StaffRole::Administrator}) {
        QTest::newRow(qPrintable(staffRoleName(role))) << role;
    }
}

// The staff list is on every desk (owners, who is at the desk); a colleague's phone and e-mail only on the
// pages of who manages staff.
void TestReadEnforcement::staffContactsOnlyForWhoManagesStaff()
{
    QFETCH(StaffRole, role);
    TestCentre centre;
    StaffMember colleague;
    colleague.firstName = QStringLiteral("Col");
    colleague.lastName = QStringLiteral("League");
    colleague.phone = QStringLiteral("0400 111 222");
    colleague.email = QStringLiteral("col@example.net");
    QVERIFY(centre.centre().saveStaff(colleague).ok());
    centre.session().signIn(hire(centre, role));

    const bool sees = PermissionMatrix::defaults().allows(role, Permission::ManageStaff);
    const auto member = centre.centre().staffMember(colleague.id);
    QVERIFY2(member.ok(), qPrintable(member.errorString()));
    QCOMPARE(member->firstName, QStringLiteral("Col"));
    QCOMPARE(member->phone, sees ? colleague.phone : QString());
    QCOMPARE(member->email, sees ? colleague.email : QString());
}

void TestReadEnforcement::trailShowsMedicalAndCustodyOnlyToWhoMaySee_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<bool>("seesMedical");
    QTest::addColumn<bool>("seesCustody");
    QTest::newRow("director: both") << StaffRole::Director << true << true;
    QTest::newRow("administrator: neither, \"changed\" instead") << StaffRole::Administrator << false << false;
}

// The administrator audits the system but reads no medical notes or court orders: the trail, its text
// filter and its CSV say "changed" where the entries hold them.
void TestReadEnforcement::trailShowsMedicalAndCustodyOnlyToWhoMaySee()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, seesMedical);
    QFETCH(bool, seesCustody);
    MockClock clock(QDateTime(Day, QTime(9, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f; // Amara: "Epilepsy: seizure plan in office"; her father under "FCC 4411/2025"
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        MedicalCondition condition;
        condition.childId = f.amara();
        condition.name = QStringLiteral("Coeliac disease");
        QVERIFY(HealthRecordService(f.centre.database(), f.centre.session()).saveCondition(condition).ok());
    }
    f.centre.session().signIn(hire(f.centre, role));
    AuditReader trail(f.centre.database(), f.centre.session());

    const auto records = trail.find({}, 0, 1000);
    QVERIFY2(records.ok(), qPrintable(records.errorString()));
    QString shown;
    for (const AuditRecord& r : records.value()) {
        shown += QString::fromUtf8(QJsonDocument(r.details).toJson()) + r.reason;
    }
    QCOMPARE(shown.contains(QStringLiteral("Epilepsy")), seesMedical);
    QCOMPARE(shown.contains(QStringLiteral("Coeliac")), seesMedical);
    QCOMPARE(shown.contains(QStringLiteral("FCC 4411/2025")), seesCustody);
    QCOMPARE(shown.contains(QStringLiteral("\"changed\"")), !(seesMedical && seesCustody));
    QVERIFY(shown.contains(QStringLiteral("Amara"))); // who and what record stay readable

    // Searching the trail for what is withheld finds nothing: no way round by the filter.
    AuditFilter filter;
    filter.text = QStringLiteral("epilepsy");
    QCOMPARE(trail.count(filter).value() > 0, seesMedical);
    QCOMPARE(trail.find(filter)->isEmpty(), !seesMedical);
    filter.text = QStringLiteral("FCC 4411");
    QCOMPARE(trail.find(filter)->isEmpty(), !seesCustody);

    const QString path = f.centre.dirPath() + QStringLiteral("/trail.csv");
    QVERIFY(trail.exportCsv({}, path).ok());
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(csv.readAll());
    QCOMPARE(exported.contains(QStringLiteral("Epilepsy")), seesMedical);
    QCOMPARE(exported.contains(QStringLiteral("Coeliac")), seesMedical);
    QCOMPARE(exported.contains(QStringLiteral("FCC 4411/2025")), seesCustody);
}

void TestReadEnforcement::printedCustodyDetailsNeedTheCustodyPermission_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<bool>("seesCustody");
    QTest::newRow("director: the override's reason and the restriction") << StaffRole::Director << true;
    QTest::newRow("administrator: neither, and told they are left out") << StaffRole::Administrator << false;
}

// Aunt Ada, not on the pickup list, collected Amara on a director's override whose reason names the court
// order; her father is "do not release". The sign-in sheet (from Reports and from Who's here) and the
// emergency contacts print these only for a role that may see custody restrictions.
void TestReadEnforcement::printedCustodyDetailsNeedTheCustodyPermission()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, seesCustody);
    MockClock clock(QDateTime(Day, QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signIn(f.director);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    clock.advanceSecs(8 * 3600);
    const QString reason = QStringLiteral("Mother in hospital; aunt named in FCC 4411/2025 orders");
    const auto out = f.service.checkOut(f.amara(), f.aunt(), f.director.id, reason);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));

    f.centre.session().signIn(hire(f.centre, role));

    const auto sheet = SignInSheet::build(f.centre.database(), f.centre.session(), Day);
    QVERIFY2(sheet.ok(), qPrintable(sheet.errorString()));
    QCOMPARE(documentText(sheet.value()).contains(reason), seesCustody);
    QCOMPARE(documentText(sheet.value()).contains(SignInSheet::withheldOverride()), !seesCustody);

    const auto report = ReportCatalogue::build(f.centre.database(), f.centre.session(),
                                               ReportRequest {QStringLiteral("signin-sheet"), Day, Day, -1});
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(documentText(report->document).contains(reason), seesCustody);
    QCOMPARE(csvText(report.value()).contains(reason), seesCustody);

    const auto contacts = ReportCatalogue::build(f.centre.database(), f.centre.session(),
                                                 ReportRequest {QStringLiteral("emergency-contacts"), Day, Day, -1});
    QVERIFY2(contacts.ok(), qPrintable(contacts.errorString()));
    QCOMPARE(documentText(contacts->document).contains(QStringLiteral("Do not release to")), seesCustody);
    QCOMPARE(csvText(contacts.value()).contains(QStringLiteral("Emeka")), seesCustody);
    QVERIFY(documentText(contacts->document).contains(QStringLiteral("Ngozi"))); // the phones are there
}

void TestReadEnforcement::rollCallShowsWhatAnEmergencyNeeds_data()
{
    QTest::addColumn<int>("reader"); // a StaffRole, or -1: the emergency actor of the locked screen
    QTest::addColumn<bool>("seesMedical");
    QTest::newRow("emergency, no sign-in: allergies, contacts and medical notes") << -1 << true;
    QTest::newRow("receptionist: the same") << int(StaffRole::Receptionist) << true;
    QTest::newRow("administrator: the same") << int(StaffRole::Administrator) << true;
    QTest::newRow("director: everything") << int(StaffRole::Director) << true;
}

// The roll call is read by whoever may see who is here, the locked screen's emergency actor included, and
// in an emergency it must show every reader the allergies, the medical notes and the emergency contacts,
// ViewMedical or not: the locked screen's F12 shows them to anyone at the desk (before, any caller read
// them, with no permission at all).
void TestReadEnforcement::rollCallShowsWhatAnEmergencyNeeds()
{
    QFETCH(int, reader);
    QFETCH(bool, seesMedical);
    MockClock clock(QDateTime(Day, QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f; // Amara: peanuts, life-threatening; "Epilepsy: seizure plan in office"
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    if (reader < 0) {
        f.centre.session().actAs(SystemActorKind::Emergency);
    } else {
        f.centre.session().signIn(hire(f.centre, StaffRole(reader)));
    }

    const auto people = RollCall(f.centre.database(), f.centre.session()).onPremises();
    QVERIFY2(people.ok(), qPrintable(people.errorString()));
    const RollCallPerson* amara = nullptr;
    for (const RollCallPerson& p : people.value()) {
        if (p.isChild() && p.id == f.amara()) {
            amara = &p;
        }
    }
    QVERIFY(amara);
    QVERIFY(amara->lifeThreateningAllergies.join(QLatin1Char(' ')).contains(QStringLiteral("Peanuts")));
    QVERIFY(!amara->contacts.isEmpty());
    QCOMPARE(amara->medicalNotes.contains(QStringLiteral("Epilepsy")), seesMedical);
}

QTEST_MAIN(TestReadEnforcement)
#include "TestReadEnforcement.moc"
