// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCorrections.h"
#include "AttendanceFixture.h"
#include "AttendanceReader.h"
#include "MockClock.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

class TestAttendanceCorrections : public QObject
{
    Q_OBJECT

private slots:
    void forgottenCheckOutKeepsWhoWhenWhy();
    void wrongCheckInTimeKeepsTheOldValue();
    void refusals_data();
    void refusals();
    void endOfDayListsChildrenNotCheckedOut();
    void correctionsCannotBeEditedOrDeleted();
};

namespace {
const QTimeZone Melbourne("Australia/Melbourne");
}

void TestAttendanceCorrections::forgottenCheckOutKeepsWhoWhenWhy()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    clock.set(QDateTime(QDate(2026, 11, 24), QTime(7, 30), Melbourne));
    f.centre.session().signIn(f.director);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    const QDateTime leftAt = QDateTime(QDate(2026, 11, 23), QTime(17, 10), Melbourne).toUTC();
    auto corrected = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt, leftAt,
                                         QStringLiteral("Mother collected at 17:10; desk forgot"));
    QVERIFY2(corrected.ok(), qPrintable(corrected.errorString()));
    QCOMPARE(corrected->checkedOutAt, leftAt);
    QVERIFY(!corrected->isPresent());
    QCOMPARE(corrected->corrections, 1);

    const auto kept = AttendanceReader(f.centre.database()).corrections(in->first().id).value();
    QCOMPARE(kept.size(), 1);
    QVERIFY(!kept[0].oldValue.isValid()); // there was no check-out before
    QCOMPARE(kept[0].newValue, leftAt);
    QCOMPARE(kept[0].correctedByStaffId, f.director.id);
    QCOMPARE(kept[0].correctedByName, QStringLiteral("Dana Staff"));
    QCOMPARE(kept[0].correctedAt, clock.currentDateTimeUtc());
    QCOMPARE(kept[0].reason, QStringLiteral("Mother collected at 17:10; desk forgot"));
    QVERIFY(!AttendanceReader(f.centre.database()).openForChild(f.amara())->isPresent());
}

void TestAttendanceCorrections::wrongCheckInTimeKeepsTheOldValue()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    const QDateTime original = in->first().checkedInAt;
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    const QDateTime arrived = QDateTime(QDate(2026, 11, 23), QTime(7, 45), Melbourne).toUTC();
    auto first = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedInAt, arrived,
                                     QStringLiteral("Arrived on the early bus"));
    QVERIFY(first.ok());
    const QDateTime again = QDateTime(QDate(2026, 11, 23), QTime(7, 50), Melbourne).toUTC();
    auto second = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedInAt, again,
                                      QStringLiteral("Bus log says 7:50"));
    QVERIFY(second.ok());
    QCOMPARE(second->checkedInAt, again);
    const auto kept = AttendanceReader(f.centre.database()).corrections(in->first().id).value();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[0].oldValue, original);
    QCOMPARE(kept[0].newValue, arrived);
    QCOMPARE(kept[1].oldValue, arrived);
    QCOMPARE(kept[1].correctedByStaffId, f.receptionist.id);
}

void TestAttendanceCorrections::refusals_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messageContains");
    const int in = int(AttendanceCorrection::Field::CheckedInAt);
    const int out = int(AttendanceCorrection::Field::CheckedOutAt);
    QTest::newRow("without a reason") << out << QTime(16, 0) << QStringLiteral("  ") << QStringLiteral("Say why");
    QTest::newRow("in the future") << out << QTime(23, 0) << QStringLiteral("typo") << QStringLiteral("future");
    QTest::newRow("check-out before check-in")
        << out << QTime(7, 0) << QStringLiteral("typo") << QStringLiteral("must be after");
    QTest::newRow("check-in after check-out")
        << in << QTime(17, 0) << QStringLiteral("typo") << QStringLiteral("must be before");
}

void TestAttendanceCorrections::refusals()
{
    QFETCH(int, field);
    QFETCH(QTime, time);
    QFETCH(QString, reason);
    QFETCH(QString, messageContains);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(16, 30), Melbourne));
    QVERIFY(f.service.checkOut(f.amara(), f.mother()).ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(18, 0), Melbourne));
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    auto refused = corrections.correct(in->first().id, AttendanceCorrection::Field(field),
                                       QDateTime(QDate(2026, 11, 23), time, Melbourne).toUTC(), reason);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(messageContains), qPrintable(refused.errorString()));
    QVERIFY(AttendanceReader(f.centre.database()).corrections(in->first().id)->isEmpty());
}

void TestAttendanceCorrections::endOfDayListsChildrenNotCheckedOut()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok());
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Melbourne));
    QVERIFY(f.service.checkOut(f.chidi(), f.mother()).ok());
    QVERIFY(f.service.checkOut(f.mateo(), f.lucia()).ok());
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    const auto open = corrections.notCheckedOut(clock.currentDate()).value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].childId, f.amara());
    QCOMPARE(open[0].childName, QStringLiteral("Amara Okafor"));
}

void TestAttendanceCorrections::correctionsCannotBeEditedOrDeleted()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    QVERIFY(corrections
                .correct(in->first().id, AttendanceCorrection::Field::CheckedInAt,
                         clock.currentDateTimeUtc().addSecs(-600), QStringLiteral("Late entry"))
                .ok());
    QSqlQuery query(f.centre.database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE attendance_corrections SET reason = 'x'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM attendance_corrections")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM attendance")));
}

QTEST_MAIN(TestAttendanceCorrections)
#include "TestAttendanceCorrections.moc"
