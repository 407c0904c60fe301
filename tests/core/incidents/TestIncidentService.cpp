// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "base/FieldLimits.h"
#include "incidents/IncidentRules.h"
#include "incidents/IncidentService.h"
#include "incidents/RollCall.h"
#include "print/ReportRenderer.h"
#include "reports/IncidentReport.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

// Field names as a list (the build forbids QString from a bare literal).
QStringList fieldList(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list << QLatin1String(name);
    }
    return list;
}

const QDateTime Now(QDate(2026, 3, 10), QTime(14, 30), QTimeZone("Australia/Melbourne"));

} // namespace

class TestIncidentService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validate_data();
    void validate();
    void everyProblemAtOnce();
    void lengthLimits_data();
    void lengthLimits();
    void newIncidentIsADraftReportedByTheActor();
    void signOff_data();
    void signOff();
    void signOffNeedsSubmissionAndParentNotified();
    void directEditAfterSignOffIsRefused();
    void amendmentIsRecordedAndAudited();
    void amend_data();
    void amend();
    void acknowledgementIsRecordedOnce();
    void deletingAnIncidentIsRefusedByTheStore();
    void listFilters();
    void reportAndRollCallRenderToPdf();

private:
    StaffMember addStaff(const QString& first, StaffRole role);
    Incident injury() const;
    qint64 signedOffIncident();

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_centre;
    std::unique_ptr<IncidentService> m_incidents;
    StaffMember m_teacher;
    StaffMember m_director;
    qint64 m_childId = 0;
    qint64 m_otherChildId = 0;
};

StaffMember TestIncidentService::addStaff(const QString& first, StaffRole role)
{
    StaffMember member;
    member.firstName = first;
    member.lastName = QStringLiteral("Nguyen");
    member.role = role;
    member.email = first.toLower() + QStringLiteral("@example.org");
    member.phone = QStringLiteral("0400 000 002");
    const SystemActor system(m_centre->session()); // set-up, whoever is signed in
    if (!m_centre->centre().saveStaff(member)) {
        qFatal("could not save staff");
    }
    return member;
}

void TestIncidentService::init()
{
    m_clock = std::make_unique<MockClock>(Now);
    m_centre = std::make_unique<TestCentre>();
    QVERIFY(m_centre->isValid());
    m_incidents = std::make_unique<IncidentService>(m_centre->database(), m_centre->session());
    m_teacher = addStaff(QStringLiteral("Mai"), StaffRole::Staff);
    m_director = addStaff(QStringLiteral("Lan"), StaffRole::Director);
    Family family = TestCentre::sampleFamily();
    Child second = family.children.first();
    second.firstName = QStringLiteral("Chidi");
    second.dateOfBirth = second.dateOfBirth.addYears(-1);
    family.children << second;
    QVERIFY(m_centre->families().save(family));
    m_childId = family.children.at(0).id;
    m_otherChildId = family.children.at(1).id;
    m_centre->session().signIn(m_teacher);
}

void TestIncidentService::cleanup()
{
    m_incidents.reset();
    m_centre.reset();
    m_clock.reset();
}

Incident TestIncidentService::injury() const
{
    Incident incident;
    incident.kind = IncidentKind::Injury;
    incident.childIds = {m_childId};
    incident.occurredAt = Now.addSecs(-3600);
    incident.location = QStringLiteral("Sandpit");
    incident.description = QStringLiteral("Tripped on the edge of the sandpit and grazed her knee.");
    incident.actionTaken = QStringLiteral("Washed, ice pack for ten minutes.");
    incident.bodyArea = QStringLiteral("Left knee");
    incident.staffIds = {m_teacher.id};
    incident.witnesses = {QStringLiteral("Mai Nguyen")};
    incident.parentNotification = {QStringLiteral("Ngozi Okafor"), Now.addSecs(-1800), QStringLiteral("phone"), 0};
    return incident;
}

qint64 TestIncidentService::signedOffIncident()
{
    Incident incident = injury();
    if (!m_incidents->saveAndSubmit(incident)) {
        return 0;
    }
    m_centre->session().signIn(m_director);
    const bool signedOff = m_incidents->signOff(incident.id).ok();
    m_centre->session().signIn(m_teacher);
    return signedOff ? incident.id : 0;
}

void TestIncidentService::validate_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedField");

    QTest::newRow("complete injury") << ""
                                     << "";
    QTest::newRow("no child") << "noChild"
                              << "childIds";
    QTest::newRow("no time") << "noTime"
                             << "occurredAt";
    QTest::newRow("in the future") << "future"
                                   << "occurredAt";
    QTest::newRow("no place") << "noPlace"
                              << "location";
    QTest::newRow("nothing said happened") << "noDescription"
                                           << "description";
    QTest::newRow("injury without staff") << "noStaff"
                                          << "staffIds";
    QTest::newRow("injury without witness") << "noWitness"
                                            << "witnesses";
    QTest::newRow("injury without body area") << "noBodyArea"
                                              << "bodyArea";
    QTest::newRow("illness needs no body area, staff or witness") << "illness"
                                                                  << "";
    QTest::newRow("parent told but not when") << "toldNoTime"
                                              << "parentNotifiedAt";
    QTest::newRow("follow-up needed but not said") << "followUp"
                                                   << "followUp";
}

void TestIncidentService::validate()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedField);
    Incident incident = injury();
    if (change == QLatin1String("noChild"))
        incident.childIds.clear();
    if (change == QLatin1String("noTime"))
        incident.occurredAt = {};
    if (change == QLatin1String("future"))
        incident.occurredAt = Now.addSecs(3600);
    if (change == QLatin1String("noPlace"))
        incident.location = QStringLiteral("  ");
    if (change == QLatin1String("noDescription"))
        incident.description.clear();
    if (change == QLatin1String("noStaff"))
        incident.staffIds.clear();
    if (change == QLatin1String("noWitness"))
        incident.witnesses = {QStringLiteral(" ")};
    if (change == QLatin1String("noBodyArea"))
        incident.bodyArea.clear();
    if (change == QLatin1String("illness")) {
        incident.kind = IncidentKind::Illness;
        incident.bodyArea.clear();
        incident.staffIds.clear();
        incident.witnesses.clear();
    }
    if (change == QLatin1String("toldNoTime"))
        incident.parentNotification.at = {};
    if (change == QLatin1String("followUp"))
        incident.followUpNeeded = true;

    const auto valid = IncidentRules::validate(incident, Now.toUTC());
    QCOMPARE(valid.error().field, expectedField);
    QCOMPARE(valid.ok(), expectedField.isEmpty());
    // The service refuses what the rules refuse, and saves nothing.
    const auto saved = m_incidents->save(incident);
    QCOMPARE(saved.ok(), expectedField.isEmpty());
    QCOMPARE(m_incidents->list()->size(), expectedField.isEmpty() ? 1 : 0);
}

void TestIncidentService::everyProblemAtOnce()
{
    Incident incident = injury();
    incident.location.clear();
    incident.description = QStringLiteral(" ");
    incident.bodyArea.clear();
    incident.followUpNeeded = true;
    const FieldProblems problems = IncidentRules::problems(incident, Now.toUTC());
    QStringList fields;
    for (const FieldProblem& problem : problems.list()) {
        fields << problem.field;
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(fields, fieldList({"location", "description", "bodyArea", "followUp"}));
    QCOMPARE(IncidentRules::validate(incident, Now.toUTC()).error().field, QStringLiteral("location"));
    QVERIFY(IncidentRules::problems(injury(), Now.toUTC()).isEmpty());
}

void TestIncidentService::lengthLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    QTest::newRow("where") << "location" << FieldLimits::ShortText;
    QTest::newRow("what happened") << "description" << FieldLimits::IncidentText;
    QTest::newRow("action taken") << "actionTaken" << FieldLimits::IncidentText;
    QTest::newRow("body area") << "bodyArea" << FieldLimits::ShortText;
    QTest::newRow("parent told") << "parentNotifiedName" << FieldLimits::PersonName;
    QTest::newRow("follow-up") << "followUp" << FieldLimits::IncidentText;
}

void TestIncidentService::lengthLimits()
{
    QFETCH(QString, field);
    QFETCH(int, limit);
    for (const int length : {limit, limit + 1}) {
        Incident incident = injury();
        const QString text(length, QLatin1Char('a'));
        auto result = IncidentRules::withField(incident, field, text);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        incident = result.value();
        const FieldProblems problems = IncidentRules::problems(incident, Now.toUTC());
        if (length == limit) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.first().message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.list().first().field, field);
            QCOMPARE(problems.list().first().message, FieldProblems::tooLongMessage(limit, length));
        }
    }
}

void TestIncidentService::newIncidentIsADraftReportedByTheActor()
{
    Incident incident = injury();
    incident.childIds << m_otherChildId;
    incident.witnesses << QStringLiteral("Chidi's dad");
    QVERIFY(m_incidents->save(incident));
    QVERIFY(m_centre->reopen());
    IncidentService reopened(m_centre->database(), m_centre->session());
    const auto loaded = reopened.load(incident.id);
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QCOMPARE(loaded->status, IncidentStatus::Draft);
    QCOMPARE(loaded->reportedByStaffId, m_teacher.id);
    QCOMPARE(loaded->createdAt, Now.toUTC());
    QCOMPARE(loaded->childIds, (QList<qint64> {m_childId, m_otherChildId}));
    QCOMPARE(loaded->witnesses, (QStringList {QStringLiteral("Mai Nguyen"), QStringLiteral("Chidi's dad")}));
    QCOMPARE(loaded->bodyArea, QStringLiteral("Left knee"));
    QCOMPARE(loaded->occurredAt, Now.addSecs(-3600).toUTC());
    QCOMPARE(loaded->parentNotification.notifiedName, QStringLiteral("Ngozi Okafor"));
    QCOMPARE(loaded->parentNotification.byStaffId, m_teacher.id);
    QVERIFY(AuditLog::verifyChain(m_centre->database().connection()));
}

void TestIncidentService::signOff_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("director signs off") << StaffRole::Director << true;
    QTest::newRow("staff member refused") << StaffRole::Staff << false;
    QTest::newRow("receptionist refused") << StaffRole::Receptionist << false;
    QTest::newRow("administrator refused") << StaffRole::Administrator << false;
}

void TestIncidentService::signOff()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, allowed);
    Incident incident = injury();
    QVERIFY(m_incidents->saveAndSubmit(incident));
    QCOMPARE(incident.status, IncidentStatus::Submitted);
    const StaffMember signer = addStaff(QStringLiteral("Signer"), role);
    m_centre->session().signIn(signer);
    m_clock->advanceSecs(600);
    const auto signedOff = m_incidents->signOff(incident.id);
    QCOMPARE(signedOff.ok(), allowed);
    SystemActor system(m_centre->session()); // a receptionist or administrator does not read incidents
    const auto loaded = m_incidents->load(incident.id);
    QCOMPARE(loaded->status, allowed ? IncidentStatus::SignedOff : IncidentStatus::Submitted);
    QCOMPARE(loaded->signedOffByStaffId, allowed ? signer.id : 0);
    QCOMPARE(loaded->signedOffAt, allowed ? Now.addSecs(600).toUTC() : QDateTime());
}

void TestIncidentService::signOffNeedsSubmissionAndParentNotified()
{
    Incident incident = injury();
    incident.parentNotification = {};
    QVERIFY(m_incidents->save(incident));
    m_centre->session().signIn(m_director);
    QVERIFY(!m_incidents->signOff(incident.id)); // still a draft
    QVERIFY(m_incidents->submit(incident.id));
    const auto refused = m_incidents->signOff(incident.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("parentNotifiedName"));
    incident = m_incidents->load(incident.id).value(); // submitted since: edited from the version on file
    incident.parentNotification = {QStringLiteral("Ngozi Okafor"), Now, QStringLiteral("in person"), 0};
    QVERIFY(m_incidents->save(incident)); // a submitted incident is still edited directly
    QVERIFY(m_incidents->signOff(incident.id));
    QVERIFY(!m_incidents->signOff(incident.id)); // once
}

void TestIncidentService::directEditAfterSignOffIsRefused()
{
    const qint64 id = signedOffIncident();
    QVERIFY(id);
    Incident incident = m_incidents->load(id).value();
    incident.location = QStringLiteral("Climbing frame");
    const auto refused = m_incidents->save(incident);
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(QStringLiteral("amended")));
    QCOMPARE(m_incidents->load(id)->location, QStringLiteral("Sandpit"));
    // Not even the store lets a signed-off incident go back to draft.
    QSqlQuery sneak(m_centre->database().connection());
    QVERIFY(!sneak.exec(QStringLiteral("UPDATE incidents SET status = 'draft'")));
}

void TestIncidentService::amendmentIsRecordedAndAudited()
{
    const qint64 id = signedOffIncident();
    QVERIFY(id);
    m_clock->advanceSecs(86400);
    const auto amended = m_incidents->amend(id, QStringLiteral("bodyArea"), QStringLiteral("Right knee"),
                                            QStringLiteral("The parent pointed out it was the right knee."));
    QVERIFY2(amended, qPrintable(amended.errorString()));
    QCOMPARE(m_incidents->load(id)->bodyArea, QStringLiteral("Right knee"));
    QCOMPARE(m_incidents->load(id)->status, IncidentStatus::SignedOff);
    const auto amendments = m_incidents->amendments(id).value();
    QCOMPARE(amendments.size(), 1);
    QCOMPARE(amendments[0].field, QStringLiteral("bodyArea"));
    QCOMPARE(amendments[0].oldValue, QStringLiteral("Left knee"));
    QCOMPARE(amendments[0].newValue, QStringLiteral("Right knee"));
    QCOMPARE(amendments[0].reason, QStringLiteral("The parent pointed out it was the right knee."));
    QCOMPARE(amendments[0].staffId, m_teacher.id);
    QCOMPARE(amendments[0].at, Now.addSecs(86400).toUTC());

    QSqlQuery audit(m_centre->database().connection());
    QVERIFY(audit.exec(
        QStringLiteral(
            "SELECT actor_staff_id, reason, details FROM audit_log WHERE action = 'incident.amend' AND entity_id = ")
        + QString::number(id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toLongLong(), m_teacher.id);
    QCOMPARE(audit.value(1).toString(), QStringLiteral("The parent pointed out it was the right knee."));
    QVERIFY(audit.value(2).toString().contains(QStringLiteral("Left knee")));
    audit.finish();
    QVERIFY(AuditLog::verifyChain(m_centre->database().connection()));
    QCOMPARE(m_incidents->list()->first().amendmentCount, 1);

    QSqlQuery sneak(m_centre->database().connection());
    QVERIFY(!sneak.exec(QStringLiteral("DELETE FROM incident_amendments")));
}

void TestIncidentService::amend_data()
{
    QTest::addColumn<bool>("signOffFirst");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expectedErrorField"); // empty: accepted

    QTest::newRow("not signed off: edit instead") << false << "location"
                                                  << "Hall"
                                                  << "typo"
                                                  << "";
    QTest::newRow("no reason") << true << "location"
                               << "Hall"
                               << " "
                               << "reason";
    QTest::newRow("field that cannot be amended") << true << "status"
                                                  << "draft"
                                                  << "typo"
                                                  << "field";
    QTest::newRow("same value") << true << "location"
                                << "Sandpit"
                                << "typo"
                                << "newValue";
    QTest::newRow("blank place") << true << "location"
                                 << ""
                                 << "typo"
                                 << "newValue";
    QTest::newRow("unknown kind") << true << "kind"
                                  << "fire"
                                  << "typo"
                                  << "newValue";
    QTest::newRow("flag not yes or no") << true << "reportable"
                                        << "maybe"
                                        << "typo"
                                        << "newValue";
    QTest::newRow("reportable flag set") << true << "reportable"
                                         << "yes"
                                         << "licensing asked"
                                         << "";
    QTest::newRow("kind changed to illness") << true << "kind"
                                             << "illness"
                                             << "it was a fever"
                                             << "";
    QTest::newRow("time corrected") << true << "occurredAt"
                                    << "2026-03-10T02:15:00.000Z"
                                    << "clock"
                                    << "";
}

void TestIncidentService::amend()
{
    QFETCH(bool, signOffFirst);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    QFETCH(QString, expectedErrorField);
    qint64 id = 0;
    if (signOffFirst) {
        id = signedOffIncident();
    } else {
        Incident incident = injury();
        QVERIFY(m_incidents->saveAndSubmit(incident));
        id = incident.id;
    }
    QVERIFY(id);
    const Incident before = m_incidents->load(id).value();
    const auto amended = m_incidents->amend(id, field, value, reason);
    const bool expectOk = signOffFirst && expectedErrorField.isEmpty();
    QCOMPARE(amended.ok(), expectOk);
    if (!expectOk) {
        QCOMPARE(amended.error().field, expectedErrorField);
        QCOMPARE(m_incidents->amendments(id)->size(), 0);
        QCOMPARE(IncidentRules::fieldValue(m_incidents->load(id).value(), QStringLiteral("location")), before.location);
        return;
    }
    QCOMPARE(IncidentRules::fieldValue(m_incidents->load(id).value(), field), value);
    QCOMPARE(m_incidents->amendments(id)->size(), 1);
    QCOMPARE(m_incidents->amendments(id)->at(0).oldValue, IncidentRules::fieldValue(before, field));
}

void TestIncidentService::acknowledgementIsRecordedOnce()
{
    Incident incident = injury();
    QVERIFY(m_incidents->save(incident));
    QVERIFY(!m_incidents->acknowledge(incident.id, QStringLiteral("Ngozi Okafor"), QStringLiteral("signed")));
    QVERIFY(m_incidents->submit(incident.id));
    QCOMPARE(m_incidents->acknowledge(incident.id, QString(), QStringLiteral("signed")).error().field,
             QStringLiteral("guardianName"));
    m_clock->advanceSecs(7200);
    QVERIFY(m_incidents->acknowledge(incident.id, QStringLiteral("Ngozi Okafor"), QStringLiteral("signed at pickup")));
    const Incident loaded = m_incidents->load(incident.id).value();
    QCOMPARE(loaded.acknowledgedBy, QStringLiteral("Ngozi Okafor"));
    QCOMPARE(loaded.acknowledgedHow, QStringLiteral("signed at pickup"));
    QCOMPARE(loaded.acknowledgedAt, Now.addSecs(7200).toUTC());
    QVERIFY(!m_incidents->acknowledge(incident.id, QStringLiteral("Emeka Okafor"), QStringLiteral("email")));
    QCOMPARE(m_incidents->load(incident.id)->acknowledgedBy, QStringLiteral("Ngozi Okafor"));
}

void TestIncidentService::deletingAnIncidentIsRefusedByTheStore()
{
    Incident incident = injury();
    QVERIFY(m_incidents->save(incident));
    QSqlQuery sneak(m_centre->database().connection());
    QVERIFY(!sneak.exec(QStringLiteral("DELETE FROM incidents")));
    QCOMPARE(m_incidents->list()->size(), 1);
}

void TestIncidentService::listFilters()
{
    Incident a = injury();
    a.reportable = true;
    QVERIFY(m_incidents->saveAndSubmit(a));
    Incident b = injury();
    b.kind = IncidentKind::Behaviour;
    b.childIds = {m_otherChildId};
    b.occurredAt = Now.addDays(-3);
    QVERIFY(m_incidents->save(b));

    QCOMPARE(m_incidents->list()->size(), 2);
    QCOMPARE(m_incidents->list()->first().id, a.id); // newest first
    QCOMPARE(m_incidents->list()->first().childNames, QStringLiteral("Amara Okafor"));
    IncidentFilter filter;
    filter.reportableOnly = true;
    QCOMPARE(m_incidents->list(filter)->size(), 1);
    filter = {};
    filter.kinds = {IncidentKind::Behaviour};
    QCOMPARE(m_incidents->list(filter)->size(), 1);
    QCOMPARE(m_incidents->list(filter)->first().id, b.id);
    filter = {};
    filter.statuses = {IncidentStatus::Submitted};
    QCOMPARE(m_incidents->list(filter)->size(), 1);
    filter = {};
    filter.from = Now.date();
    filter.to = Now.date();
    QCOMPARE(m_incidents->list(filter)->size(), 1);
    filter = {};
    filter.childId = m_otherChildId;
    QCOMPARE(m_incidents->list(filter)->size(), 1);
}

void TestIncidentService::reportAndRollCallRenderToPdf()
{
    const qint64 id = signedOffIncident();
    QVERIFY(id);
    QVERIFY(m_incidents->amend(id, QStringLiteral("actionTaken"), QStringLiteral("Washed, ice pack, plaster."),
                               QStringLiteral("Plaster was left out of the first report.")));
    QVERIFY(m_incidents->acknowledge(id, QStringLiteral("Ngozi Okafor"), QStringLiteral("signed at pickup")));
    const auto document = IncidentReport(m_centre->database(), m_centre->session()).build(id);
    QVERIFY(document);
    QCOMPARE(document->title, QStringLiteral("Incident report no. %1").arg(id));
    const auto* signatures = std::get_if<ReportDocument::Signatures>(&document->blocks.last());
    QVERIFY(signatures);
    QCOMPARE(signatures->labels.size(), 3);
    const QString dir = qEnvironmentVariable("KINDRED_PDF_DIR", m_centre->dirPath());
    const auto pages = ReportRenderer::writePdf(*document, dir + QStringLiteral("/incident-report.pdf"));
    QVERIFY2(pages, qPrintable(pages.errorString()));
    QVERIFY(*pages >= 1);

    RollCallPerson child;
    child.name = QStringLiteral("Amara Okafor");
    child.roomName = QStringLiteral("Possums");
    child.lifeThreateningAllergies = {QStringLiteral("Peanut (anaphylaxis; EpiPen in her bag)")};
    child.medicalNotes = QStringLiteral("Asthma (Ventolin 2 puffs)");
    child.contacts = {{QStringLiteral("Ngozi Okafor"), QStringLiteral("Mother"), QStringLiteral("0412 345 678")}};
    child.accountedAt = Clock::currentDateTimeUtc();
    RollCallPerson other = child;
    other.name = QStringLiteral("Chidi Okafor");
    other.lifeThreateningAllergies.clear();
    other.accountedAt = {};
    RollCallPerson teacher;
    teacher.kind = RollCallPerson::Kind::Staff;
    teacher.name = QStringLiteral("Mai Nguyen");
    teacher.roomName = QStringLiteral("Possums");
    teacher.phone = QStringLiteral("0400 000 001");
    teacher.since = Clock::currentDateTimeUtc().addSecs(-7200);
    const ReportDocument rollCall
        = RollCall(m_centre->database(), m_centre->session()).document({child, other, teacher});
    const auto* table = std::get_if<ReportDocument::Table>(&rollCall.blocks.at(2));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->highlightedRows, QList<int> {0});
    QVERIFY(ReportRenderer::writePdf(rollCall, dir + QStringLiteral("/roll-call.pdf")));
}

QTEST_MAIN(TestIncidentService)
#include "TestIncidentService.moc"
