// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceService.h"
#include "audit/AuditLog.h"
#include "families/Avatar.h"
#include "families/ConsentPolicy.h"
#include "families/ParentDirectory.h"
#include "health/HealthRecordService.h"
#include "incidents/IncidentService.h"
#include "print/ReportRenderer.h"
#include "privacy/FamilyDataExport.h"
#include "privacy/FamilyDataExportReport.h"
#include "tickets/TicketService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Monday(QDate(2026, 11, 23), QTime(8, 30), QTimeZone("Australia/Melbourne"));

struct Setup
{
    Room room;
    Family family;
};

Setup fill(TestCentre& centre, MockClock& clock)
{
    Setup s;
    s.room = Room {0, QStringLiteral("Koalas"), 0, 72, 20, 8, false};
    (void)centre.centre().saveRoom(s.room);
    s.family = TestCentre::sampleFamily(QStringLiteral("Okafor"));
    s.family.languages = {QStringLiteral("Igbo"), QStringLiteral("English")};
    s.family.cultures = {QStringLiteral("Nigerian")};
    s.family.shareCultures = true;
    s.family.adults[0].email = QStringLiteral("ngozi@example.net");
    s.family.adults[0].directoryConsent = true;
    s.family.adults[0].photo = renderAvatarPng({Qt::cyan, Qt::darkYellow, Qt::black, true, true}, 16);
    s.family.children[0].roomId = s.room.id;
    s.family.children[0].medicalNotes = QStringLiteral("Asthma");
    (void)centre.families().save(s.family);
    AttendanceService attendance(centre.database(), centre.session());
    (void)attendance.checkIn({s.family.children[0].id}, s.family.adults[0].id);
    clock.advanceSecs(8 * 3600);
    (void)attendance.checkOut(s.family.children[0].id, s.family.adults[0].id);
    return s;
}

} // namespace

class TestFamilyDataExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonHoldsEverything();
    void filesAreWrittenAndAudited();
    void aFamilyThatLeftIsExportedWhole_data();
    void aFamilyThatLeftIsExportedWhole();
    void directoryListsOnlyConsentingParents();
    void photoConsent();
};

void TestFamilyDataExport::jsonHoldsEverything()
{
    MockClock clock(Monday);
    TestCentre centre;
    const Setup s = fill(centre, clock);
    FamilyDataExport exporter(centre.database(), centre.session());
    auto contents = exporter.collect(s.family.id);
    QVERIFY2(contents.ok(), qPrintable(contents.errorString()));
    const QJsonObject json = FamilyDataExport::toJson(contents.value(), QStringLiteral("Centre"), Monday);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("kindred-family-export/1"));
    const QJsonObject family = json.value(QStringLiteral("family")).toObject();
    QCOMPARE(family.value(QStringLiteral("householdName")).toString(), QStringLiteral("Okafor"));
    const QJsonObject child = family.value(QStringLiteral("children")).toArray().first().toObject();
    QCOMPARE(child.value(QStringLiteral("medicalNotes")).toString(), QStringLiteral("Asthma"));
    QCOMPARE(json.value(QStringLiteral("photos")).toArray().size(), 1);
    const QJsonArray attendance
        = json.value(QStringLiteral("records")).toObject().value(QStringLiteral("attendance")).toArray();
    QCOMPARE(attendance.size(), 1);
    QCOMPARE(attendance.first().toObject().value(QStringLiteral("child_id")).toInteger(), s.family.children[0].id);
    QVERIFY(!attendance.first().toObject().value(QStringLiteral("checked_out_at")).isNull());
    const QJsonArray history = json.value(QStringLiteral("history")).toArray();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("family.create"));
    QVERIFY(history.first().toObject().value(QStringLiteral("details")).isObject());

    // A role that may not see medical notes exports without them.
    StaffMember admin;
    admin.id = 77;
    admin.role = StaffRole::Administrator;
    centre.session().signIn(admin);
    QVERIFY(!exporter.collect(s.family.id).ok()); // administrators do not export by default
    StaffMember director = admin;
    director.role = StaffRole::Director;
    centre.session().signIn(director);
    QVERIFY(exporter.collect(s.family.id).ok());
}

void TestFamilyDataExport::filesAreWrittenAndAudited()
{
    MockClock clock(Monday);
    TestCentre centre;
    const Setup s = fill(centre, clock);
    FamilyDataExport exporter(centre.database(), centre.session());
    const QString json = centre.dirPath() + QStringLiteral("/okafor.json");
    const QString pdf = centre.dirPath() + QStringLiteral("/okafor.pdf");
    QVERIFY(exporter.writeJson(s.family.id, json).ok());
    auto pages = exporter.writePdf(s.family.id, pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    QVERIFY(pages.value() >= 1);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("family")).toObject().value(QStringLiteral("id")).toInteger(),
             s.family.id);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QSqlQuery query(centre.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'family.export'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
    if (qEnvironmentVariableIsSet("KINDRED_KEEP_EXPORT")) {
        QFile::copy(pdf, qEnvironmentVariable("KINDRED_KEEP_EXPORT"));
    }
}

void TestFamilyDataExport::aFamilyThatLeftIsExportedWhole_data()
{
    QTest::addColumn<bool>("archived");
    QTest::newRow("archived (left the centre)") << true;
    QTest::newRow("still enrolled") << false;
}

void TestFamilyDataExport::aFamilyThatLeftIsExportedWhole()
{
    QFETCH(bool, archived);
    MockClock clock(Monday);
    TestCentre centre;
    const Setup s = fill(centre, clock);
    const qint64 child = s.family.children[0].id;
    StaffMember lena;
    lena.firstName = QStringLiteral("Lena");
    lena.lastName = QStringLiteral("Park");
    lena.role = StaffRole::Director;
    QVERIFY(centre.centre().saveStaff(lena).ok());

    IncidentService incidents(centre.database(), centre.session());
    Incident incident;
    incident.kind = IncidentKind::Injury;
    incident.childIds = {child};
    incident.occurredAt = clock.currentDateTimeUtc().addSecs(-3600);
    incident.location = QStringLiteral("Sandpit");
    incident.description = QStringLiteral("Grazed knee on the sandpit edge");
    incident.actionTaken = QStringLiteral("Washed, plaster");
    incident.staffIds = {lena.id};
    incident.bodyArea = QStringLiteral("Left knee");
    incident.witnesses = {QStringLiteral("Mai Nguyen")};
    incident.parentNotification
        = {QStringLiteral("Ngozi Okafor"), clock.currentDateTimeUtc(), QStringLiteral("phone"), lena.id};
    const auto savedIncident = incidents.saveAndSubmit(incident);
    QVERIFY2(savedIncident.ok(), qPrintable(savedIncident.errorString()));
    TicketService tickets(centre.database(), centre.session());
    TicketDraft draft;
    draft.familyId = s.family.id;
    draft.subject = QStringLiteral("Lost hat");
    draft.ownerId = lena.id;
    QVERIFY(tickets.capture(draft).ok());
    HealthRecordService health(centre.database(), centre.session());
    MedicalCondition asthma {0, child, QStringLiteral("Asthma"), QStringLiteral("Inhaler in the office")};
    QVERIFY(health.saveCondition(asthma).ok());
    if (archived) {
        QVERIFY(centre.families().archive(s.family.id, QStringLiteral("Moved interstate")).ok());
        QVERIFY(!centre.families().load(s.family.id).ok()); // gone from the desk…
    }

    FamilyDataExport exporter(centre.database(), centre.session());
    auto contents = exporter.collect(s.family.id); // …not from the export
    QVERIFY2(contents.ok(), qPrintable(contents.errorString()));
    QCOMPARE(contents->family.children.size(), 1);
    QCOMPARE(contents->family.adults.size(), 1);
    QCOMPARE(contents->archivedAt.isValid(), archived);
    const QJsonObject json = FamilyDataExport::toJson(contents.value(), QStringLiteral("Centre"), Monday);
    const QJsonObject records = json.value(QStringLiteral("records")).toObject();
    for (const char* table : {"attendance", "incidents", "tickets", "ticket_events", "medical_conditions"}) {
        QVERIFY2(!records.value(QLatin1String(table)).toArray().isEmpty(), table);
    }
    QCOMPARE(
        records.value(QStringLiteral("incidents")).toArray().first().toObject().value(QStringLiteral("description")),
        QJsonValue(QStringLiteral("Grazed knee on the sandpit edge")));
    QStringList actions;
    for (const QJsonValue& entry : json.value(QStringLiteral("history")).toArray()) {
        actions << entry.toObject().value(QStringLiteral("action")).toString();
    }
    QVERIFY(actions.contains(QStringLiteral("incident.create")) || actions.contains(QStringLiteral("incident.submit")));
    QCOMPARE(actions.contains(QStringLiteral("family.archive")), archived);

    const ReportDocument doc = FamilyDataExportReport::build(contents.value(), QStringLiteral("Centre"), Monday);
    QStringList headings;
    for (const auto& block : doc.blocks) {
        if (const auto* heading = std::get_if<ReportDocument::Heading>(&block)) {
            headings << heading->text;
        }
    }
    QVERIFY2(headings.join(QLatin1Char('|')).contains(QStringLiteral("incidents — 1")),
             qPrintable(headings.join(QLatin1Char('|'))));
    const QString json2 = centre.dirPath() + QStringLiteral("/left.json");
    const QString pdf = centre.dirPath() + QStringLiteral("/left.pdf");
    QVERIFY(exporter.writeJson(s.family.id, json2).ok());
    auto pages = exporter.writePdf(s.family.id, pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.errorString()));
    if (archived && qEnvironmentVariableIsSet("KINDRED_KEEP_EXPORT")) {
        QFile::copy(pdf, qEnvironmentVariable("KINDRED_KEEP_EXPORT"));
    }
}

void TestFamilyDataExport::directoryListsOnlyConsentingParents()
{
    MockClock clock(Monday);
    TestCentre centre;
    const Setup s = fill(centre, clock);
    Family quiet = TestCentre::sampleFamily(QStringLiteral("Tanaka"));
    quiet.languages = {QStringLiteral("Japanese")};
    quiet.cultures = {QStringLiteral("Japanese")};
    quiet.shareCultures = false;
    Person father;
    father.id = -2;
    father.firstName = QStringLiteral("Kenji");
    father.lastName = QStringLiteral("Tanaka");
    father.isGuardian = true;
    father.directoryConsent = true;
    father.mobilePhone = QStringLiteral("0413 222 333");
    quiet.adults << father;
    const auto savedQuiet = centre.families().save(quiet);
    QVERIFY2(savedQuiet.ok(), qPrintable(savedQuiet.errorString()));

    ParentDirectory directory(centre.database(), centre.session());
    auto all = directory.entries();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2); // Ngozi Okafor and Kenji Tanaka; the Tanaka mother did not consent
    QCOMPARE(all->at(0).name, QStringLiteral("Ngozi Okafor"));
    QCOMPARE(all->at(0).cultures, QStringList {QStringLiteral("Nigerian")});
    QCOMPARE(all->at(0).children, QStringList {QStringLiteral("Amara (Koalas)")});
    QCOMPARE(all->at(1).name, QStringLiteral("Kenji Tanaka"));
    QVERIFY(all->at(1).cultures.isEmpty()); // the Tanakas do not share their culture
    QCOMPARE(directory.entries(QStringLiteral("igbo"))->size(), 1);
    QCOMPARE(directory.entries(QStringLiteral("japanese"))->size(), 1); // by language
    QCOMPARE(directory.entries(QStringLiteral("nigérian"))->size(), 1);

    // A family that leaves drops out.
    Family okafor = centre.families().load(s.family.id).value();
    okafor.status = FamilyStatus::Withdrawn;
    QVERIFY(centre.families().save(okafor).ok());
    QCOMPARE(directory.entries()->size(), 1);
    const ReportDocument doc = ParentDirectory::toReport(directory.entries().value(), QStringLiteral("C"), Monday);
    QCOMPARE(std::get<ReportDocument::Table>(doc.blocks.first()).rows.size(), 1);
}

void TestFamilyDataExport::photoConsent()
{
    Child child;
    child.photo = QByteArray("png");
    child.photoConsent = false;
    QVERIFY(ConsentPolicy::childPhoto(child).isEmpty());
    child.photoConsent = true;
    QCOMPARE(ConsentPolicy::childPhoto(child), QByteArray("png"));
    Person nanny;
    nanny.directoryConsent = true;
    QVERIFY(!ConsentPolicy::mayAppearInDirectory(nanny)); // only guardians
    nanny.isGuardian = true;
    QVERIFY(ConsentPolicy::mayAppearInDirectory(nanny));
    Family family;
    family.cultures = {QStringLiteral("Sámi")};
    QVERIFY(ConsentPolicy::sharedCultures(family).isEmpty());
    family.shareCultures = true;
    QCOMPARE(ConsentPolicy::sharedCultures(family), family.cultures);
}

QTEST_MAIN(TestFamilyDataExport)
#include "TestFamilyDataExport.moc"
