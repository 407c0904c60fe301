// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/DropInRegistration.h"
#include "attendance/SecurityCode.h"
#include "attendance/StaffAttendance.h"
#include "audit/AuditLog.h"
#include "centre/SettingsService.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/WriteTransaction.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

class TestAttendanceService : public QObject
{
    Q_OBJECT

private slots:
    void checkInRecordsWhoAndACode();
    void lastBroughtByIsWhoBroughtThemLast();
    void checkInSurvivesReopen();
    void refusals_data();
    void refusals();
    void siblingsAreAllOrNothing();
    void checkOutToAnAuthorisedAdult();
    void checkOutByCode();
    void directorOverrideIsRecorded();
    void receptionistCannotOverride();
    void codesAreUniquePerDay();
    void lateMinutes_data();
    void lateMinutes();
    void groupCheckInAndOut();
    // Issue 13, point 2: a group check-out is "left with staff", not a release.
    void groupCheckOutNamesStaffWhoArePresent_data();
    void groupCheckOutNamesStaffWhoArePresent();
    void restrictedChildLeavesWithAGroupOnlyByOverride();
    void childLeftWithStaffComesBackThroughAGroupCheckIn();
    void absence();
    void dropInNeedsAReachableAdult();

private:
    static QString lastAuditAction(TestCentre& centre, QString* reason = nullptr);
};

QString TestAttendanceService::lastAuditAction(TestCentre& centre, QString* reason)
{
    QSqlQuery query(centre.database().connection());
    if (!query.exec(QStringLiteral("SELECT action, reason FROM audit_log ORDER BY id DESC LIMIT 1")) || !query.next()) {
        return {};
    }
    if (reason) {
        *reason = query.value(1).toString();
    }
    return query.value(0).toString();
}

void TestAttendanceService::checkInRecordsWhoAndACode()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QSignalSpy changed(&f.service, &AttendanceService::attendanceChanged);
    auto done = f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id);
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QCOMPARE(done->size(), 1);
    const AttendanceRecord& r = done->first();
    QVERIFY(r.isPresent());
    QCOMPARE(r.childId, f.amara());
    QCOMPARE(r.broughtByPersonId, f.mother());
    QCOMPARE(r.broughtByName, QStringLiteral("Ngozi Okafor"));
    QCOMPARE(r.checkInDeskStaffId, f.receptionist.id);
    QCOMPARE(r.roomId, f.room.id);
    QCOMPARE(r.day, QDate(2026, 11, 23));
    QCOMPARE(r.checkedInAt, clock.currentDateTimeUtc());
    QVERIFY(SecurityCode::isWellFormed(r.securityCode));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastAuditAction(f.centre), QStringLiteral("attendance.checkin"));
    QVERIFY(AuditLog::verifyChain(f.centre.database().connection()).ok());
}

void TestAttendanceService::checkInSurvivesReopen()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto done = f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id);
    QVERIFY(done.ok());
    QVERIFY(f.centre.reopen());
    auto open = AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara());
    QVERIFY(open.ok());
    QCOMPARE(open->securityCode, done->first().securityCode);
}

void TestAttendanceService::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("double check-in") << QStringLiteral("double") << QString() << QStringLiteral("already checked in");
    QTest::newRow("check-out without check-in")
        << QStringLiteral("notIn") << QString() << QStringLiteral("is not checked in");
    QTest::newRow("check-out to an adult of another family")
        << QStringLiteral("otherFamily") << QStringLiteral("adult") << QStringLiteral("another family");
    QTest::newRow("check-out to a do-not-release person names the restriction")
        << QStringLiteral("restricted") << QStringLiteral("restricted") << QStringLiteral("FCC 4411/2025");
    QTest::newRow("check-out to an aunt not on the list") << QStringLiteral("notListed") << QStringLiteral("adult")
                                                          << QStringLiteral("not on Amara Okafor's pickup list");
    QTest::newRow("check-out to a grandmother whose permission ended")
        << QStringLiteral("expired") << QStringLiteral("adult") << QStringLiteral("does not include today");
    QTest::newRow("check-in brought by an adult of another family")
        << QStringLiteral("broughtByStranger") << QStringLiteral("adult") << QStringLiteral("not an adult of");
    QTest::newRow("check-out with an unknown code")
        << QStringLiteral("badCode") << QStringLiteral("securityCode") << QStringLiteral("No child was checked in");
}

void TestAttendanceService::refusals()
{
    QFETCH(QString, situation);
    QFETCH(QString, field);
    QFETCH(QString, messageContains);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    if (situation != QLatin1String("notIn") && situation != QLatin1String("broughtByStranger")) {
        QVERIFY(f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id).ok());
    }
    clock.advanceSecs(8 * 3600);
    Error error;
    if (situation == QLatin1String("double")) {
        error = f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id).error();
    } else if (situation == QLatin1String("broughtByStranger")) {
        error = f.service.checkIn({f.amara()}, f.lucia(), f.receptionist.id).error();
    } else if (situation == QLatin1String("badCode")) {
        error = f.service.checkOutByCode(QStringLiteral("QQQQ"), f.mother(), f.receptionist.id).error();
    } else {
        const qint64 adult = situation == QLatin1String("otherFamily") ? f.lucia()
            : situation == QLatin1String("restricted")                 ? f.father()
            : situation == QLatin1String("notListed")                  ? f.aunt()
            : situation == QLatin1String("expired")                    ? f.grandmother()
                                                                       : f.mother();
        auto out = f.service.checkOut(f.amara(), adult, f.receptionist.id);
        QVERIFY(!out.ok());
        error = out.error();
    }
    QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
    if (!field.isEmpty()) {
        QCOMPARE(error.field, field);
    }
    // Nothing changed: Amara's state is what it was before the refused action.
    auto open = AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara());
    QVERIFY(open.ok());
    const bool shouldBeHere = situation != QLatin1String("notIn") && situation != QLatin1String("broughtByStranger");
    QCOMPARE(open->isPresent(), shouldBeHere);
}

void TestAttendanceService::siblingsAreAllOrNothing()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    auto both = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY(!both.ok());
    QVERIFY(both.errorString().contains(QStringLiteral("Chidi")));
    QVERIFY(!AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());

    QVERIFY(f.service.checkOut(f.chidi(), f.mother()).ok());
    both = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY2(both.ok(), qPrintable(both.errorString()));
    QCOMPARE(both->size(), 2);
    QVERIFY(both->at(0).securityCode != both->at(1).securityCode);
}

void TestAttendanceService::checkOutToAnAuthorisedAdult()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother(), f.receptionist.id).ok());
    clock.advanceSecs(8 * 3600);
    auto out = f.service.checkOut(f.amara(), f.mother(), f.receptionist.id);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QVERIFY(!out->isPresent());
    QCOMPARE(out->collectedByPersonId, f.mother());
    QCOMPARE(out->collectedByName, QStringLiteral("Ngozi Okafor"));
    QCOMPARE(out->checkOutDeskStaffId, f.receptionist.id);
    QCOMPARE(out->checkedOutAt, clock.currentDateTimeUtc());
    QVERIFY(out->overrideReason.isEmpty());
    QCOMPARE(out->lateMinutes, 0);
    QCOMPARE(lastAuditAction(f.centre), QStringLiteral("attendance.checkout"));
}

void TestAttendanceService::checkOutByCode()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY(in.ok());
    const QString code = in->at(1).securityCode;
    auto found = AttendanceReader(f.centre.database(), f.centre.session()).byCode(code, clock.currentDate());
    QVERIFY(found.ok());
    QCOMPARE(found->childId, f.chidi());
    // Typed in lower case with a space, as a parent reads it out.
    const QString typed = code.left(2).toLower() + QLatin1Char(' ') + code.mid(2).toLower();
    auto refused = f.service.checkOutByCode(typed, f.father());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("restricted"));
    auto out = f.service.checkOutByCode(typed, f.mother());
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->childId, f.chidi());
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
    auto again = f.service.checkOutByCode(code, f.mother());
    QVERIFY(!again.ok());
    QVERIFY(again.errorString().contains(QStringLiteral("already checked out")));
}

void TestAttendanceService::directorOverrideIsRecorded()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    f.centre.session().signIn(f.director);
    const QString reason = QStringLiteral("Mother phoned at 16:40; aunt's licence checked");
    auto preview = f.service.releaseDecision(f.amara(), f.aunt(), reason);
    QVERIFY(preview.ok());
    QCOMPARE(preview->verdict, ReleaseDecision::Verdict::Overridden);

    auto out = f.service.checkOut(f.amara(), f.aunt(), f.receptionist.id, reason);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->overrideReason, reason);
    QCOMPARE(out->overrideByStaffId, f.director.id);
    QCOMPARE(out->collectedByPersonId, f.aunt());
    QString auditReason;
    QCOMPARE(lastAuditAction(f.centre, &auditReason), QStringLiteral("attendance.checkout.override"));
    QCOMPARE(auditReason, reason);
    // Visible later: the record read back from the file still carries it.
    QVERIFY(f.centre.reopen());
    auto later = AttendanceReader(f.centre.database(), f.centre.session()).byId(out->id);
    QVERIFY(later.ok());
    QCOMPARE(later->overrideReason, reason);
    QCOMPARE(later->overrideByStaffId, f.director.id);
}

void TestAttendanceService::receptionistCannotOverride()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    auto out = f.service.checkOut(f.amara(), f.aunt(), 0, QStringLiteral("She says it is fine"));
    QVERIFY(!out.ok());
    QVERIFY(out.errorString().contains(QStringLiteral("Only a director")));
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
}

void TestAttendanceService::codesAreUniquePerDay()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(7, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    QVERIFY(centre.generateDemo(400, 11));
    AttendanceService service(centre.database(), centre.session());
    QSet<QString> codes;
    int checkedIn = 0;
    const auto listed = centre.families().list(0, 1000);
    QVERIFY(listed.ok());
    for (const FamilySummary& summary : listed.value()) {
        auto family = centre.families().load(summary.id);
        QVERIFY(family.ok());
        QList<qint64> children;
        for (const Child& child : family->children) {
            children << child.id;
        }
        auto done = service.checkIn(children, family->adults.first().id);
        QVERIFY2(done.ok(), qPrintable(done.errorString()));
        for (const AttendanceRecord& r : done.value()) {
            QVERIFY(SecurityCode::isWellFormed(r.securityCode));
            QVERIFY2(!codes.contains(r.securityCode), qPrintable(r.securityCode));
            codes.insert(r.securityCode);
            ++checkedIn;
        }
    }
    QCOMPARE(checkedIn, 400);
    // The file itself refuses a second use of a code on the same day.
    QSqlQuery duplicate(centre.database().connection());
    duplicate.prepare(QStringLiteral("UPDATE attendance SET security_code = :code WHERE id = (SELECT max(id) FROM "
                                     "attendance)"));
    duplicate.bindValue(QStringLiteral(":code"), *codes.constBegin());
    QVERIFY(!duplicate.exec());
    // No look-alike characters.
    for (const QString& code : std::as_const(codes)) {
        for (QChar c : QStringLiteral("0O1IL5S2Z8B")) {
            QVERIFY(!code.contains(c));
        }
    }
}

void TestAttendanceService::lateMinutes_data()
{
    QTest::addColumn<QTime>("checkOut");
    QTest::addColumn<int>("late");
    QTest::newRow("collected before closing") << QTime(17, 55) << 0;
    QTest::newRow("collected at closing") << QTime(18, 0) << 0;
    QTest::newRow("collected 7.5 minutes late") << QTime(18, 7, 30) << 7;
    QTest::newRow("collected an hour late") << QTime(19, 0) << 60;
}

void TestAttendanceService::lateMinutes()
{
    QFETCH(QTime, checkOut);
    QFETCH(int, late);
    const QTimeZone zone("Australia/Melbourne");
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), zone));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session()); // the closing time is the centre's setting, not the desk's
        QVERIFY(SettingsService(f.centre.database(), f.centre.session())
                    .setValue(SettingsService::ClosingTime, QStringLiteral("18:00"))
                    .ok());
    }
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    clock.set(QDateTime(QDate(2026, 11, 23), checkOut, zone));
    auto out = f.service.checkOut(f.amara(), f.mother());
    QVERIFY(out.ok());
    QCOMPARE(out->lateMinutes, late);
}

void TestAttendanceService::groupCheckInAndOut()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    const auto bus
        = f.service.groupCheckIn({f.amara(), f.chidi(), f.mateo()}, f.educator.id, QStringLiteral("Morning bus"));
    QCOMPARE(bus.size(), 3);
    QVERIFY(bus[0].ok);
    QVERIFY(!bus[1].ok); // Chidi was already here
    QVERIFY(bus[1].message.contains(QStringLiteral("already checked in")));
    QVERIFY(bus[2].ok);
    QCOMPARE(bus[0].record.broughtByStaffId, f.educator.id);
    QCOMPARE(bus[0].record.groupLabel, QStringLiteral("Morning bus"));
    QVERIFY(bus[0].record.securityCode != bus[2].record.securityCode);

    clock.advanceSecs(2 * 3600);
    QVERIFY(StaffAttendance(f.centre.database(), f.centre.session()).clockIn(f.educator.id, f.room.id).ok());
    const auto trip = f.service.groupCheckOut({f.amara(), f.mateo()}, f.educator.id, QStringLiteral("Zoo"));
    QCOMPARE(trip.size(), 2);
    QVERIFY(!trip[0].ok); // Amara's father is under a court order: she stays unless a director overrides
    QVERIFY2(trip[0].message.contains(QStringLiteral("do not release")), qPrintable(trip[0].message));
    QVERIFY(trip[1].ok);
    QCOMPARE(trip[1].record.collectedByStaffId, f.educator.id);
    QCOMPARE(AttendanceReader(f.centre.database(), f.centre.session()).forDay(clock.currentDate())->size(), 3);
}

namespace {

// What SignInService records when someone signs in at a desk.
bool recordSignIn(TestCentre& centre, qint64 staffId)
{
    WriteTransaction transaction(centre.database().connection());
    return transaction.begin().ok()
        && AuditLog::append(centre.database().connection(),
                            {staffId, QStringLiteral("account.signin"), QStringLiteral("staff"), staffId, {}, {}})
               .ok()
        && transaction.commit().ok();
}

} // namespace

void TestAttendanceService::groupCheckOutNamesStaffWhoArePresent_data()
{
    QTest::addColumn<bool>("usesClockIn");
    QTest::addColumn<QString>("educatorDid");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clocked in") << true << QStringLiteral("clock in") << true;
    QTest::newRow("not clocked in (the door: anyone, even the receptionist)") << true << QString() << false;
    QTest::newRow("clock-out forgotten yesterday") << true << QStringLiteral("clock in yesterday") << false;
    QTest::newRow("signed in, but the centre uses clock-in") << true << QStringLiteral("sign in") << false;
    QTest::newRow("no clock-in: signed in at a desk today") << false << QStringLiteral("sign in") << true;
    QTest::newRow("no clock-in: signed in yesterday only") << false << QStringLiteral("sign in yesterday") << false;
    QTest::newRow("no clock-in: not signed in") << false << QString() << false;
}

void TestAttendanceService::groupCheckOutNamesStaffWhoArePresent()
{
    QFETCH(bool, usesClockIn);
    QFETCH(QString, educatorDid);
    QFETCH(bool, allowed);
    MockClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        QVERIFY(SettingsService(f.centre.database(), f.centre.session())
                    .setValue(SettingsService::UsesClockIn, usesClockIn ? QStringLiteral("1") : QStringLiteral("0")));
    }
    StaffAttendance staff(f.centre.database(), f.centre.session());
    if (educatorDid == QLatin1String("clock in yesterday")) {
        QVERIFY(staff.clockIn(f.educator.id, f.room.id).ok());
    } else if (educatorDid == QLatin1String("sign in yesterday")) {
        QVERIFY(recordSignIn(f.centre, f.educator.id));
    }
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    if (educatorDid == QLatin1String("clock in")) {
        QVERIFY(staff.clockIn(f.educator.id, f.room.id).ok());
    } else if (educatorDid == QLatin1String("sign in")) {
        QVERIFY(recordSignIn(f.centre, f.educator.id));
    }
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    clock.advanceSecs(3600);
    const auto trip = f.service.groupCheckOut({f.mateo()}, f.educator.id, QStringLiteral("Park"));
    QCOMPARE(trip.size(), 1);
    QVERIFY2(trip[0].ok == allowed, qPrintable(trip[0].message));
    QCOMPARE(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.mateo())->isPresent(), !allowed);
    if (!allowed) {
        QVERIFY2(trip[0].message.contains(QStringLiteral("staff who are here")), qPrintable(trip[0].message));
    }
}

// Door closed (issue 13, points 2-3): a director's reason alone took a child under a court order out with
// a group; the override of a court order needs the director's PIN typed again, as a release does.
void TestAttendanceService::restrictedChildLeavesWithAGroupOnlyByOverride()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        StaffAccountService accounts(f.centre.database(), f.centre.session(), nullptr, HashLimits::minimum());
        QVERIFY(accounts.setPin(f.director.id, QStringLiteral("482913")).ok());
        QVERIFY(accounts.setPin(f.receptionist.id, QStringLiteral("735102")).ok());
    }
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    QVERIFY(StaffAttendance(f.centre.database(), f.centre.session()).clockIn(f.educator.id, f.room.id).ok());
    const QString reason = QStringLiteral("Court order allows supervised outings with staff");
    const auto stillHere = [&f] {
        return AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent();
    };
    // A receptionist's reason is no override, even with her own PIN: she does not hold OverridePickup.
    auto receptionist
        = f.service.groupCheckOut({f.amara()}, f.educator.id, QStringLiteral("Zoo"), reason, QStringLiteral("735102"));
    QVERIFY(!receptionist[0].ok);
    QCOMPARE(receptionist[0].field, QStringLiteral("restricted"));
    QVERIFY(stillHere());
    f.centre.session().signIn(f.director);
    auto noReason = f.service.groupCheckOut({f.amara()}, f.educator.id, QStringLiteral("Zoo"));
    QVERIFY(!noReason[0].ok);
    QCOMPARE(noReason[0].field, QStringLiteral("restricted"));

    // A reason alone, the director's session open at the desk: refused, asking for the PIN.
    auto noPin = f.service.groupCheckOut({f.amara()}, f.educator.id, QStringLiteral("Zoo"), reason);
    QVERIFY(!noPin[0].ok);
    QCOMPARE(noPin[0].field, QStringLiteral("directorPin"));
    QVERIFY2(noPin[0].message.contains(QStringLiteral("FCC 4411/2025")), qPrintable(noPin[0].message));
    QVERIFY(stillHere());

    // A wrong PIN: refused, and counted as a failed try on the director's account.
    auto wrongPin
        = f.service.groupCheckOut({f.amara()}, f.educator.id, QStringLiteral("Zoo"), reason, QStringLiteral("111111"));
    QVERIFY(!wrongPin[0].ok);
    QCOMPARE(wrongPin[0].field, QStringLiteral("directorPin"));
    QVERIFY(stillHere());
    {
        SystemActor system(f.centre.session());
        StaffAccountService accounts(f.centre.database(), f.centre.session(), nullptr, HashLimits::minimum());
        QCOMPARE(accounts.status(f.director.id)->failedAttempts, 1);
    }

    // The director's own PIN, typed again now: the child leaves with the group, the override recorded.
    auto overridden
        = f.service.groupCheckOut({f.amara()}, f.educator.id, QStringLiteral("Zoo"), reason, QStringLiteral("482913"));
    QVERIFY2(overridden[0].ok, qPrintable(overridden[0].message));
    QCOMPARE(overridden[0].record.overrideReason, reason);
    QCOMPARE(overridden[0].record.overrideByStaffId, f.director.id);
    QString audited;
    QCOMPARE(lastAuditAction(f.centre, &audited), QStringLiteral("attendance.checkout.override"));
    QCOMPARE(audited, reason);
}

// Door closed: a child taken out with a group could be checked out (or checked in) by an adult without
// ever coming back, which hands the child over outside the pickup rules.
void TestAttendanceService::childLeftWithStaffComesBackThroughAGroupCheckIn()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    QVERIFY(StaffAttendance(f.centre.database(), f.centre.session()).clockIn(f.educator.id, f.room.id).ok());
    clock.advanceSecs(3600);
    QVERIFY(f.service.groupCheckOut({f.mateo()}, f.educator.id, QStringLiteral("Zoo"))[0].ok);
    clock.advanceSecs(3600);
    auto out = f.service.checkOut(f.mateo(), f.lucia());
    QVERIFY(!out.ok());
    QVERIFY2(out.errorString().contains(QStringLiteral("check the group back in")), qPrintable(out.errorString()));
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(!in.ok());
    QVERIFY2(in.errorString().contains(QStringLiteral("check the group back in")), qPrintable(in.errorString()));
    QVERIFY(f.service.groupCheckIn({f.mateo()}, f.educator.id, QStringLiteral("Zoo"))[0].ok);
    auto home = f.service.checkOut(f.mateo(), f.lucia());
    QVERIFY2(home.ok(), qPrintable(home.errorString()));
}

void TestAttendanceService::absence()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto sick = f.service.recordAbsence(f.amara(), clock.currentDate(), QStringLiteral("Sick"));
    QVERIFY2(sick.ok(), qPrintable(sick.errorString()));
    const auto absences
        = AttendanceReader(f.centre.database(), f.centre.session()).absencesForFamily(f.okafor.id, clock.currentDate());
    QVERIFY2(absences.ok(), qPrintable(absences.errorString()));
    QCOMPARE(absences->value(f.amara()).reason, QStringLiteral("Sick"));
    QVERIFY(!f.service.recordAbsence(f.amara(), clock.currentDate(), QStringLiteral("Sick")).ok());
    QVERIFY(!f.service.recordAbsence(f.chidi(), clock.currentDate(), QStringLiteral("  ")).ok());
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    auto present = f.service.recordAbsence(f.chidi(), clock.currentDate(), QStringLiteral("Sick"));
    QVERIFY(!present.ok());
    QVERIFY(present.errorString().contains(QStringLiteral("is checked in")));
}

void TestAttendanceService::dropInNeedsAReachableAdult()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    Family visit;
    visit.householdName = QStringLiteral("Nguyen");
    Person dad;
    dad.id = -1;
    dad.firstName = QStringLiteral("Minh");
    dad.lastName = QStringLiteral("Nguyen");
    dad.relation = QStringLiteral("Father");
    visit.adults << dad;
    Child child;
    child.firstName = QStringLiteral("Lan");
    child.lastName = QStringLiteral("Nguyen");
    child.dateOfBirth = QDate(2023, 2, 1);
    child.roomId = f.room.id;
    visit.children << child;

    auto refused = DropInRegistration::registerFamily(f.centre.families(), visit);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QStringLiteral("phone")));
    QCOMPARE(visit.id, qint64(0));

    visit.adults[0].mobilePhone = QStringLiteral("0433 222 111");
    visit.adults[0].isGuardian = true;
    auto saved = DropInRegistration::registerFamily(f.centre.families(), visit);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QVERIFY(f.centre.families().search(QStringLiteral("lan ngu"))->size() == 1);
    QVERIFY(f.service.checkIn({visit.children[0].id}, visit.adults[0].id).ok());
    QVERIFY(f.service.checkOut(visit.children[0].id, visit.adults[0].id).ok());
}

// What the desk offers as "brought by": the adult of the family who last brought one of its children,
// within the weeks asked for, not counting an undone check-in.
void TestAttendanceService::lastBroughtByIsWhoBroughtThemLast()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const AttendanceReader reader(f.centre.database(), f.centre.session());
    const QDate today = clock.currentDate();
    QCOMPARE(reader.lastBroughtBy(f.okafor.id, today.addDays(-42)).value(), qint64(0)); // never here
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    clock.advanceSecs(60);
    auto in = f.service.checkIn({f.amara()}, f.grandmother());
    QVERIFY(in.ok());
    QCOMPARE(reader.lastBroughtBy(f.okafor.id, today.addDays(-42)).value(), f.grandmother());
    QCOMPARE(reader.lastBroughtBy(f.ruiz.id, today.addDays(-42)).value(), qint64(0)); // another family's
    QCOMPARE(reader.lastBroughtBy(f.okafor.id, today.addDays(1)).value(), qint64(0)); // not within the weeks
    QVERIFY(f.centre.services().corrections().undo({in->first().id}, DeparturePolicy::VoidKind::CheckIn).ok());
    QCOMPARE(reader.lastBroughtBy(f.okafor.id, today.addDays(-42)).value(), f.mother());
}

QTEST_MAIN(TestAttendanceService)
#include "TestAttendanceService.moc"
