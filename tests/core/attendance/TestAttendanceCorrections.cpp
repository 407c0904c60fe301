// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/GroupRoster.h"
#include "attendance/RoomBoard.h"
#include "base/Station.h"
#include "centre/SettingsService.h"
#include "incidents/RollCall.h"
#include "reports/RatioComplianceReport.h"

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
    // Issue 13, point 1: "Correct a time…" was a side door out of the centre.
    void correctionNeverChecksOutAChildHereToday();
    void earlierDayIsClosedOnlyBeforeToday();
    void voids_data();
    void voids();
    void voidWindowIsTheCentresSetting();
    void voidedCheckInCountsNowhere();
    void voidedCheckOutReopensTheStay();
    void voidsAreKeptAndStand();
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

    const auto kept = AttendanceReader(f.centre.database(), f.centre.session()).corrections(in->first().id).value();
    QCOMPARE(kept.size(), 1);
    QVERIFY(!kept[0].oldValue.isValid()); // there was no check-out before
    QCOMPARE(kept[0].newValue, leftAt);
    QCOMPARE(kept[0].correctedByStaffId, f.director.id);
    QCOMPARE(kept[0].correctedByName, QStringLiteral("Dana Staff"));
    QCOMPARE(kept[0].correctedAt, clock.currentDateTimeUtc());
    QCOMPARE(kept[0].reason, QStringLiteral("Mother collected at 17:10; desk forgot"));
    QVERIFY(!AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
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
    const auto kept = AttendanceReader(f.centre.database(), f.centre.session()).corrections(in->first().id).value();
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
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).corrections(in->first().id)->isEmpty());
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

// Door closed: a correction set a check-out time on a child still here, with no adult and no pickup check.
void TestAttendanceCorrections::correctionNeverChecksOutAChildHereToday()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Melbourne));
    for (const StaffMember& who : {f.receptionist, f.director}) {
        f.centre.session().signIn(who);
        AttendanceCorrections corrections(f.centre.database(), f.centre.session());
        auto refused = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt,
                                           QDateTime(QDate(2026, 11, 23), QTime(14, 30), Melbourne).toUTC(),
                                           QStringLiteral("Father collected her, desk forgot"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("still checked in today")),
                 qPrintable(refused.errorString()));
    }
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).corrections(in->first().id)->isEmpty());
}

// A stay forgotten yesterday may be closed, but only at a time of yesterday: a check-out time of today
// would say the child left today without an adult.
void TestAttendanceCorrections::earlierDayIsClosedOnlyBeforeToday()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Melbourne));
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    auto today = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt,
                                     QDateTime(QDate(2026, 11, 24), QTime(8, 30), Melbourne).toUTC(),
                                     QStringLiteral("Left this morning"));
    QVERIFY(!today.ok());
    QVERIFY2(today.errorString().contains(QStringLiteral("before today")), qPrintable(today.errorString()));
    auto yesterday = corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt,
                                         QDateTime(QDate(2026, 11, 23), QTime(17, 0), Melbourne).toUTC(),
                                         QStringLiteral("Mother collected at 17:00; desk forgot"));
    QVERIFY2(yesterday.ok(), qPrintable(yesterday.errorString()));
}

void TestAttendanceCorrections::voids_data()
{
    QTest::addColumn<bool>("checkOut"); // void the check-out rather than the check-in
    QTest::addColumn<bool>("sameStation");
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("asDirector");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    for (const bool out : {false, true}) {
        const QByteArray what = out ? "check-out" : "check-in";
        QTest::newRow(QByteArray(what + ": own desk, 2 minutes, no reason").constData())
            << out << true << 120 << false << QString() << true;
        QTest::newRow(QByteArray(what + ": own desk, exactly 5 minutes").constData())
            << out << true << 300 << false << QString() << true;
        QTest::newRow(QByteArray(what + ": own desk, 6 minutes, receptionist").constData())
            << out << true << 360 << false << QStringLiteral("Wrong child") << false;
        QTest::newRow(QByteArray(what + ": another desk, 1 minute, receptionist").constData())
            << out << false << 60 << false << QStringLiteral("Wrong child") << false;
        QTest::newRow(QByteArray(what + ": another desk, an hour, director with a reason").constData())
            << out << false << 3600 << true << QStringLiteral("Wrong child ticked") << true;
        QTest::newRow(QByteArray(what + ": another desk, an hour, director without a reason").constData())
            << out << false << 3600 << true << QStringLiteral("  ") << false;
    }
}

void TestAttendanceCorrections::voids()
{
    QFETCH(bool, checkOut);
    QFETCH(bool, sameStation);
    QFETCH(int, secondsLater);
    QFETCH(bool, asDirector);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    Station::setCurrentForTesting(QStringLiteral("desk-1"));
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    if (checkOut) {
        clock.advanceSecs(3600);
        QVERIFY(f.service.checkOut(f.mateo(), f.lucia()).ok());
    }
    clock.advanceSecs(secondsLater);
    Station::setCurrentForTesting(sameStation ? QStringLiteral("desk-1") : QStringLiteral("desk-2"));
    f.centre.session().signIn(asDirector ? f.director : f.receptionist);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    const qint64 id = in->first().id;
    auto done = checkOut ? corrections.voidCheckOut(id, reason) : corrections.voidCheckIn(id, reason);
    Station::setCurrentForTesting({});
    QCOMPARE(done.ok(), allowed);
    const auto record = AttendanceReader(f.centre.database(), f.centre.session()).byId(id);
    QVERIFY(record.ok());
    QSqlQuery voids(f.centre.database().connection());
    QVERIFY(voids.exec(QStringLiteral("SELECT count(*) FROM attendance_voids")) && voids.next());
    if (!allowed) {
        QVERIFY(!done.errorString().isEmpty());
        QVERIFY(!record->isVoided());
        QCOMPARE(record->checkedOutAt.isValid(), checkOut); // nothing changed
        QCOMPARE(voids.value(0).toInt(), 0);
        return;
    }
    QCOMPARE(voids.value(0).toInt(), 1);
    if (checkOut) {
        QVERIFY(record->isPresent()); // the stay is open again
        QCOMPARE(record->collectedByPersonId, qint64(0));
    } else {
        QVERIFY(record->isVoided());
        QVERIFY(!AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.mateo())->isPresent());
    }
}

void TestAttendanceCorrections::voidWindowIsTheCentresSetting()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    QCOMPARE(corrections.voidWindowMinutes().value(), 5); // the migration's default
    {
        SystemActor system(f.centre.session());
        QVERIFY(SettingsService(f.centre.database(), f.centre.session())
                    .setValue(SettingsService::VoidMinutes, QStringLiteral("10")));
    }
    QCOMPARE(corrections.voidWindowMinutes().value(), 10);
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    clock.advanceSecs(8 * 60);
    auto done = corrections.voidCheckIn(in->first().id, {});
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
}

// Every reader leaves a voided check-in out: the desk, the board, the roll call, the sheet, the ratios.
void TestAttendanceCorrections::voidedCheckInCountsNowhere()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    QVERIFY(corrections.voidCheckIn(in->first().id, {}).ok());
    clock.advanceSecs(3600);
    Database& db = f.centre.database();
    AttendanceReader reader(db, f.centre.session());
    QVERIFY(reader.present()->isEmpty());
    QVERIFY(reader.forDay(clock.currentDate())->isEmpty());
    QVERIFY(reader.notCheckedOut(clock.currentDate())->isEmpty());
    QVERIFY(reader.openForFamily(f.ruiz.id)->isEmpty());
    QVERIFY(!reader.byCode(in->first().securityCode, clock.currentDate()).ok());
    QVERIFY(reader.byId(in->first().id)->isVoided()); // kept, and says so
    QCOMPARE(RoomBoard(db, f.centre.session()).room(f.room.id)->presentCount(), 0);
    QVERIFY(RollCall(db, f.centre.session()).onPremises()->isEmpty());
    const auto roster = GroupRoster(db, f.centre.session()).room(f.room.id);
    QVERIFY(roster.ok());
    for (const RosterChild& child : roster.value()) {
        QVERIFY(!child.present);
    }
    ReportRequest request;
    request.from = request.to = clock.currentDate();
    request.roomId = f.room.id;
    const auto ratios = RatioComplianceReport::compute(db, request);
    QVERIFY(ratios.ok());
    for (const auto& step : ratios->steps) {
        QCOMPARE(step.children, 0);
    }
    // The child can be checked in properly now: the voided record holds no place.
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    QSqlQuery rows(db.connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM attendance")) && rows.next());
    QCOMPARE(rows.value(0).toInt(), 2); // nothing deleted
}

void TestAttendanceCorrections::voidedCheckOutReopensTheStay()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    clock.advanceSecs(3600);
    auto out = f.service.checkOut(f.mateo(), f.lucia());
    QVERIFY(out.ok());
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    auto reopened = corrections.voidCheckOut(out->id, QStringLiteral("Pressed the wrong child"));
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    QVERIFY(reopened->isPresent());
    QCOMPARE(RollCall(f.centre.database(), f.centre.session()).onPremises()->size(), 1);
    QSqlQuery kept(f.centre.database().connection());
    QVERIFY(kept.exec(QStringLiteral("SELECT kind, voided_value, reason FROM attendance_voids")) && kept.next());
    QCOMPARE(kept.value(0).toString(), QStringLiteral("checkout"));
    QVERIFY(kept.value(1).toString().contains(QString::number(f.lucia()))); // who had collected him
    QSqlQuery audit(f.centre.database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT reason FROM audit_log WHERE action = 'attendance.void_checkout'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("Pressed the wrong child"));
    // Then the real check-out, through the pickup rules.
    QVERIFY(f.service.checkOut(f.mateo(), f.lucia()).ok());
}

void TestAttendanceCorrections::voidsAreKeptAndStand()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    QVERIFY(corrections.voidCheckIn(in->first().id, {}).ok());
    QVERIFY(!corrections.voidCheckIn(in->first().id, {}).ok()); // once
    QSqlQuery query(f.centre.database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE attendance_voids SET reason = 'x'")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM attendance_voids")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE attendance SET voided_at = NULL")));
    QVERIFY(!corrections
                 .correct(in->first().id, AttendanceCorrection::Field::CheckedInAt,
                          clock.currentDateTimeUtc().addSecs(-60), QStringLiteral("typo"))
                 .ok());
}

QTEST_MAIN(TestAttendanceCorrections)
#include "TestAttendanceCorrections.moc"
