// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "base/FieldLimits.h"
#include "health/HealthRecordService.h"
#include "health/MedicationService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

class TestHealthRecordService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordRoundTrips();
    void medicationProblemsAtOnce();
    void lengthLimits_data();
    void lengthLimits();
    void logMedication_data();
    void logMedication();
    void medicationLogIsAppendOnly();
    void removingNeedsAReasonAndIsAudited();

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_centre;
    std::unique_ptr<HealthRecordService> m_health;
    std::unique_ptr<MedicationService> m_medication;
    StaffMember m_teacher;
    qint64 m_childId = 0;
    qint64 m_otherChildId = 0;
};

void TestHealthRecordService::init()
{
    m_clock = std::make_unique<MockClock>(QDateTime(QDate(2026, 5, 4), QTime(12, 0), QTimeZone("Australia/Melbourne")));
    m_centre = std::make_unique<TestCentre>();
    QVERIFY(m_centre->isValid());
    m_health = std::make_unique<HealthRecordService>(m_centre->database(), m_centre->session());
    m_medication = std::make_unique<MedicationService>(m_centre->database(), m_centre->session());
    m_teacher = StaffMember {};
    m_teacher.firstName = QStringLiteral("Mai");
    m_teacher.lastName = QStringLiteral("Nguyen");
    m_teacher.email = QStringLiteral("mai@example.org");
    m_teacher.phone = QStringLiteral("0400 000 001");
    const auto staffSaved = m_centre->centre().saveStaff(m_teacher);
    QVERIFY2(staffSaved, qPrintable(staffSaved.errorString()));
    Family one = TestCentre::sampleFamily();
    Family two = TestCentre::sampleFamily(QStringLiteral("Rossi"));
    QVERIFY(m_centre->families().save(one));
    QVERIFY(m_centre->families().save(two));
    m_childId = one.children[0].id;
    m_otherChildId = two.children[0].id;
}

void TestHealthRecordService::cleanup()
{
    m_medication.reset();
    m_health.reset();
    m_centre.reset();
    m_clock.reset();
}

void TestHealthRecordService::recordRoundTrips()
{
    MedicalCondition asthma {0, m_childId, QStringLiteral("Asthma"), QStringLiteral("Ventolin, 2 puffs")};
    QVERIFY(m_health->saveCondition(asthma));
    Medication ventolin;
    ventolin.childId = m_childId;
    ventolin.name = QStringLiteral("Ventolin");
    ventolin.dose = QStringLiteral("2 puffs");
    ventolin.consentOnFile = true;
    ventolin.expiresOn = QDate(2026, 5, 1);
    QVERIFY(m_health->saveMedication(ventolin));
    DietaryNeed halal {0, m_childId, QStringLiteral("Halal"), {}};
    QVERIFY(m_health->saveDietaryNeed(halal));
    QVERIFY(m_health->saveDoctor(
        m_childId, {QStringLiteral("Dr Chen"), QStringLiteral("Carlton Clinic"), QStringLiteral("03 9347 1234")}));
    QCOMPARE(m_health->saveDoctor(m_childId, {QStringLiteral("Dr Chen"), {}, QStringLiteral("call me")}).error().field,
             QStringLiteral("phone"));
    asthma.carePlan = QStringLiteral("Ventolin, 4 puffs; call ambulance if no relief");
    QVERIFY(m_health->saveCondition(asthma));

    QVERIFY(m_centre->reopen());
    HealthRecordService reopened(m_centre->database(), m_centre->session());
    const auto record = reopened.load(m_childId);
    QVERIFY(record);
    QCOMPARE(record->conditions.size(), 1);
    QCOMPARE(record->conditions[0].carePlan, QStringLiteral("Ventolin, 4 puffs; call ambulance if no relief"));
    QCOMPARE(record->medications.size(), 1);
    QVERIFY(record->medications[0].consentOnFile);
    QVERIFY(record->medications[0].isExpiredOn(Clock::currentDate()));
    QCOMPARE(record->dietaryNeeds[0].need, QStringLiteral("Halal"));
    QCOMPARE(record->doctor.practice, QStringLiteral("Carlton Clinic"));
    QVERIFY(reopened.load(m_otherChildId)->conditions.isEmpty());
    QVERIFY(!reopened.load(999999));
    QVERIFY(AuditLog::verifyChain(m_centre->database().connection()));
}

void TestHealthRecordService::logMedication_data()
{
    QTest::addColumn<bool>("consent");
    QTest::addColumn<bool>("otherChild");
    QTest::addColumn<QString>("dose");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QString>("expectedErrorField");

    QTest::newRow("consent on file: recorded") << true << false << "5 ml" << true << "";
    QTest::newRow("no consent on file: refused") << false << false << "5 ml" << true << "medicationId";
    QTest::newRow("another child's medication: refused") << true << true << "5 ml" << true << "medicationId";
    QTest::newRow("no dose: refused") << true << false << " " << true << "dose";
    QTest::newRow("no staff member: refused") << true << false << "5 ml" << false << "staffId";
}

void TestHealthRecordService::logMedication()
{
    QFETCH(bool, consent);
    QFETCH(bool, otherChild);
    QFETCH(QString, dose);
    QFETCH(bool, signedIn);
    QFETCH(QString, expectedErrorField);
    Medication panadol;
    panadol.childId = otherChild ? m_otherChildId : m_childId;
    panadol.name = QStringLiteral("Children's Panadol");
    panadol.dose = QStringLiteral("5 ml");
    panadol.consentOnFile = consent;
    QVERIFY(m_health->saveMedication(panadol));
    if (signedIn) {
        m_centre->session().signIn(m_teacher);
    }
    MedicationDose given;
    given.childId = m_childId;
    given.medicationId = panadol.id;
    given.dose = dose;
    given.givenAt = Clock::currentDateTimeUtc().addSecs(-600);
    const auto logged = m_medication->logMedicationDose(given);
    QCOMPARE(logged.error().field, expectedErrorField);
    QVERIFY2(logged.ok() == expectedErrorField.isEmpty(), qPrintable(logged.errorString()));
    QCOMPARE(logged.ok(), expectedErrorField.isEmpty());
    const auto log = m_medication->medicationLog(m_childId).value();
    QCOMPARE(log.size(), expectedErrorField.isEmpty() ? 1 : 0);
    if (!log.isEmpty()) {
        QCOMPARE(log[0].medicationName, QStringLiteral("Children's Panadol"));
        QCOMPARE(log[0].staffId, m_teacher.id);
        QCOMPARE(log[0].staffName, QStringLiteral("Mai Nguyen"));
        QCOMPARE(log[0].givenAt, Clock::currentDateTimeUtc().addSecs(-600));
    }
}

void TestHealthRecordService::medicationLogIsAppendOnly()
{
    Medication m {0, m_childId, QStringLiteral("Zyrtec"), QStringLiteral("2.5 ml"), {}, true, {}, {}};
    QVERIFY(m_health->saveMedication(m));
    m_centre->session().signIn(m_teacher);
    MedicationDose d;
    d.childId = m_childId;
    d.medicationId = m.id;
    d.dose = QStringLiteral("2.5 ml");
    QVERIFY(m_medication->logMedicationDose(d));
    QSqlQuery sneak(m_centre->database().connection());
    QVERIFY(!sneak.exec(QStringLiteral("UPDATE medication_log SET dose = '25 ml'")));
    QVERIFY(!sneak.exec(QStringLiteral("DELETE FROM medication_log")));
    QCOMPARE(m_medication->medicationLog(m_childId)->size(), 1);
}

void TestHealthRecordService::removingNeedsAReasonAndIsAudited()
{
    DietaryNeed need {0, m_childId, QStringLiteral("Vegetarian"), {}};
    QVERIFY(m_health->saveDietaryNeed(need));
    QCOMPARE(m_health->removeDietaryNeed(need.id, QString()).error().field, QStringLiteral("reason"));
    QVERIFY(m_health->removeDietaryNeed(need.id, QStringLiteral("Family changed diet")));
    QVERIFY(!m_health->removeDietaryNeed(need.id, QStringLiteral("again")));
    QVERIFY(m_health->load(m_childId)->dietaryNeeds.isEmpty());
    QSqlQuery audit(m_centre->database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'dietary_need.archive'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("Family changed diet"));
}

void TestHealthRecordService::medicationProblemsAtOnce()
{
    Medication medication;
    medication.notes = QString(FieldLimits::Notes + 1, QLatin1Char('n'));
    const FieldProblems problems = HealthRecordService::problems(medication);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.list().at(0).field, QStringLiteral("name"));
    QCOMPARE(problems.list().at(1).field, QStringLiteral("dose"));
    QCOMPARE(problems.list().at(2).field, QStringLiteral("notes"));
}

void TestHealthRecordService::lengthLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    QTest::newRow("medication") << "name" << FieldLimits::ShortText;
    QTest::newRow("dose") << "dose" << FieldLimits::ShortText;
    QTest::newRow("schedule") << "schedule" << FieldLimits::ShortText;
    QTest::newRow("notes") << "notes" << FieldLimits::Notes;
}

void TestHealthRecordService::lengthLimits()
{
    QFETCH(QString, field);
    QFETCH(int, limit);
    for (const int length : {limit, limit + 1}) {
        Medication medication;
        medication.name = QStringLiteral("Ventolin");
        medication.dose = QStringLiteral("2 puffs");
        const QString text(length, QLatin1Char('a'));
        if (field == QLatin1String("name")) {
            medication.name = text;
        } else if (field == QLatin1String("dose")) {
            medication.dose = text;
        } else if (field == QLatin1String("schedule")) {
            medication.schedule = text;
        } else {
            medication.notes = text;
        }
        const FieldProblems problems = HealthRecordService::problems(medication);
        if (length == limit) {
            QVERIFY(problems.isEmpty());
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.list().first().field, field);
        }
    }
}

QTEST_MAIN(TestHealthRecordService)
#include "TestHealthRecordService.moc"
