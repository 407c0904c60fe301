// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "health/HealthRecordService.h"
#include "health/ImmunisationSchedule.h"
#include "health/ImmunisationService.h"

#include <QTest>

using namespace Kindred;

namespace {

const QDate Born(2024, 1, 31);

QList<ScheduledDose> knownSchedule()
{
    return {{QStringLiteral("Hepatitis B"), 1, 0},
            {QStringLiteral("Rotavirus"), 1, 1},
            {QStringLiteral("MMR"), 1, 12},
            {QStringLiteral("MMR"), 2, 18},
            {QStringLiteral("DTPa-IPV"), 5, 48}};
}

QList<ImmunisationGiven> givenSoFar()
{
    return {{1, 0, QStringLiteral("Hepatitis B"), 1, QDate(2024, 1, 31)},
            {2, 0, QStringLiteral("mmr"), 1, QDate(2025, 2, 3)}};
}

} // namespace

Q_DECLARE_METATYPE(DoseStatus)

class TestImmunisationSchedule : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void sortedByDueDate();
    void serviceUsesTheCentresScheduleAndTheClock();
    void scheduleIsEditableAndValidated();
    void recordingRefusesImpossibleDoses();
};

void TestImmunisationSchedule::evaluate_data()
{
    QTest::addColumn<QString>("vaccine");
    QTest::addColumn<int>("dose");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("dueOn");
    QTest::addColumn<DoseStatus>("status");

    QTest::newRow("birth dose given") << "Hepatitis B" << 1 << QDate(2024, 6, 1) << Born << DoseStatus::Done;
    QTest::newRow("one month from 31 January is 29 February (leap year)")
        << "Rotavirus" << 1 << QDate(2024, 2, 28) << QDate(2024, 2, 29) << DoseStatus::Upcoming;
    QTest::newRow("due on the day the child reaches the age")
        << "Rotavirus" << 1 << QDate(2024, 2, 29) << QDate(2024, 2, 29) << DoseStatus::Due;
    QTest::newRow("still due 30 days later")
        << "Rotavirus" << 1 << QDate(2024, 3, 30) << QDate(2024, 2, 29) << DoseStatus::Due;
    QTest::newRow("overdue on the 31st day")
        << "Rotavirus" << 1 << QDate(2024, 3, 31) << QDate(2024, 2, 29) << DoseStatus::Overdue;
    QTest::newRow("given late, matched whatever the capitals")
        << "MMR" << 1 << QDate(2025, 6, 1) << QDate(2025, 1, 31) << DoseStatus::Done;
    QTest::newRow("second MMR upcoming at 17 months")
        << "MMR" << 2 << QDate(2025, 6, 30) << QDate(2025, 7, 31) << DoseStatus::Upcoming;
    QTest::newRow("second MMR overdue at 20 months")
        << "MMR" << 2 << QDate(2025, 9, 30) << QDate(2025, 7, 31) << DoseStatus::Overdue;
    QTest::newRow("four-year booster upcoming")
        << "DTPa-IPV" << 5 << QDate(2025, 9, 30) << QDate(2028, 1, 31) << DoseStatus::Upcoming;
}

void TestImmunisationSchedule::evaluate()
{
    QFETCH(QString, vaccine);
    QFETCH(int, dose);
    QFETCH(QDate, asOf);
    QFETCH(QDate, dueOn);
    QFETCH(DoseStatus, status);
    const auto doses = ImmunisationSchedule::evaluate(Born, knownSchedule(), givenSoFar(), asOf);
    QCOMPARE(doses.size(), knownSchedule().size());
    const auto it = std::find_if(doses.cbegin(), doses.cend(), [&](const DoseDue& d) {
        return d.dose.vaccine == vaccine && d.dose.doseNumber == dose;
    });
    QVERIFY(it != doses.cend());
    QCOMPARE(it->dueOn, dueOn);
    QCOMPARE(it->status, status);
}

void TestImmunisationSchedule::sortedByDueDate()
{
    QList<ScheduledDose> shuffled = knownSchedule();
    std::reverse(shuffled.begin(), shuffled.end());
    const auto doses = ImmunisationSchedule::evaluate(Born, shuffled, {}, QDate(2025, 9, 30));
    for (qsizetype i = 1; i < doses.size(); ++i) {
        QVERIFY(doses[i - 1].dueOn <= doses[i].dueOn);
    }
    QCOMPARE(ImmunisationSchedule::countWithStatus(doses, DoseStatus::Overdue), 4);
    QCOMPARE(ImmunisationSchedule::countWithStatus(doses, DoseStatus::Upcoming), 1);
}

void TestImmunisationSchedule::serviceUsesTheCentresScheduleAndTheClock()
{
    MockClock clock(QDateTime(QDate(2025, 9, 30), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    QVERIFY(centre.isValid());
    ImmunisationService health(centre.database(), centre.session());
    QVERIFY(health.schedule()->size() >= 10); // the seeded national schedule
    const auto scheduleSaved = health.saveSchedule(knownSchedule());
    QVERIFY2(scheduleSaved, qPrintable(scheduleSaved.errorString()));
    Family family = TestCentre::sampleFamily();
    family.children[0].dateOfBirth = Born;
    const auto familySaved = centre.families().save(family);
    QVERIFY2(familySaved, qPrintable(familySaved.errorString()));
    const qint64 childId = family.children[0].id;
    for (ImmunisationGiven given : givenSoFar()) {
        given.id = 0;
        given.childId = childId;
        QVERIFY(health.recordImmunisation(given));
    }
    const auto status = health.immunisationStatus(childId, Clock::currentDate());
    QVERIFY(status);
    QCOMPARE(ImmunisationSchedule::countWithStatus(*status, DoseStatus::Done), 2);
    QCOMPARE(ImmunisationSchedule::countWithStatus(*status, DoseStatus::Overdue), 2); // rotavirus, second MMR
    QCOMPARE(ImmunisationSchedule::countWithStatus(*status, DoseStatus::Upcoming), 1);
}

void TestImmunisationSchedule::scheduleIsEditableAndValidated()
{
    TestCentre centre;
    ImmunisationService health(centre.database(), centre.session());
    const auto before = health.schedule().value();
    auto twice = knownSchedule();
    twice << ScheduledDose {QStringLiteral("mmr"), 2, 24};
    QCOMPARE(health.saveSchedule(twice).error().field, QStringLiteral("schedule[5].doseNumber"));
    auto negative = knownSchedule();
    negative[1].dueAgeMonths = -1;
    QCOMPARE(health.saveSchedule(negative).error().field, QStringLiteral("schedule[1].dueAgeMonths"));
    QCOMPARE(health.schedule()->size(), before.size());
    const auto scheduleSaved = health.saveSchedule(knownSchedule());
    QVERIFY2(scheduleSaved, qPrintable(scheduleSaved.errorString()));
    QVERIFY(centre.reopen());
    ImmunisationService reopened(centre.database(), centre.session());
    QCOMPARE(reopened.schedule()->size(), knownSchedule().size());
    QCOMPARE(reopened.schedule()->first().vaccine, QStringLiteral("Hepatitis B"));
}

void TestImmunisationSchedule::recordingRefusesImpossibleDoses()
{
    MockClock clock(QDateTime(QDate(2025, 9, 30), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    ImmunisationService health(centre.database(), centre.session());
    Family family = TestCentre::sampleFamily();
    family.children[0].dateOfBirth = Born;
    const auto familySaved = centre.families().save(family);
    QVERIFY2(familySaved, qPrintable(familySaved.errorString()));
    const qint64 childId = family.children[0].id;
    ImmunisationGiven beforeBirth {0, childId, QStringLiteral("Hepatitis B"), 1, Born.addDays(-1)};
    QCOMPARE(health.recordImmunisation(beforeBirth).error().field, QStringLiteral("givenOn"));
    ImmunisationGiven future {0, childId, QStringLiteral("Hepatitis B"), 1, QDate(2025, 10, 1)};
    QCOMPARE(health.recordImmunisation(future).error().field, QStringLiteral("givenOn"));
    ImmunisationGiven ok {0, childId, QStringLiteral("Hepatitis B"), 1, Born};
    QVERIFY(health.recordImmunisation(ok));
    ImmunisationGiven again {0, childId, QStringLiteral("hepatitis b"), 1, Born.addDays(2)};
    QCOMPARE(health.recordImmunisation(again).error().field, QStringLiteral("doseNumber"));
    QCOMPARE(HealthRecordService(centre.database(), centre.session()).load(childId)->immunisations.size(), 1);
}

QTEST_MAIN(TestImmunisationSchedule)
#include "TestImmunisationSchedule.moc"
