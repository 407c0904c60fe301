// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 1 and 2: every path by which a child's stay can end today, and the one rule each
// passes (DeparturePolicy): a child here today leaves only to an adult the pickup rules allow (or by a
// director's audited override), or with present staff as a group that must come back through a group
// check-in. Paths found by grep for writes of checked_out_at / attendance: AttendanceWriter::checkOut
// (check-out, check-out by code, group check-out), AttendanceCorrections (correct, void),
// HistoryGenerator (demo history). Drop-in registration only checks a child in. Each refused row is a
// side door that was open before this change, except where marked "already held".
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/RoomBoard.h"
#include "attendance/StaffAttendance.h"
#include "attendance/StaffPresence.h"
#include "audit/AuditLog.h"
#include "base/Station.h"
#include "centre/SettingsService.h"
#include "demo/HistoryGenerator.h"
#include "incidents/RollCall.h"
#include "reports/RatioComplianceReport.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

enum class Path {
    CheckOutToAuthorisedAdult, // the front door, for comparison
    CheckOutToRestrictedAdult, // already held
    CheckOutByCodeToAdultNotOnList, // already held
    DirectorOverrideWithReason, // the audited override, for comparison
    CorrectionSetsCheckOutTime,
    CorrectionByDirectorSetsCheckOutTime,
    GroupCheckOutWithStaffNotPresent,
    GroupCheckOutWithTheReceptionistHerself,
    GroupCheckOutOfRestrictedChild,
    AdultCheckOutWhileLeftWithStaff,
    AdultCheckInWhileLeftWithStaff,
    VoidCheckInFromAnotherDesk,
    VoidCheckInAfterTheWindow,
    GeneratedHistoryForToday,
};

const QTimeZone Melbourne("Australia/Melbourne");

// Everything the file says about where the child is: unchanged means nobody let the child go.
QString whereabouts(Database& database, qint64 childId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(R"(
        SELECT group_concat(CAST(id AS TEXT) || ':' || coalesce(checked_out_at, 'open') || ':' || coalesce(voided_at, '')
                            || ':' || coalesce(CAST(collected_by_person_id AS TEXT), '') || ':'
                            || coalesce(CAST(collected_by_staff_id AS TEXT), ''), ' ')
        FROM (SELECT * FROM attendance WHERE child_id = :child ORDER BY id) AS a)"));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!query.exec() || !query.next()) {
        return QStringLiteral("unreadable");
    }
    return query.value(0).toString();
}

} // namespace

Q_DECLARE_METATYPE(Path)

class TestNoSideDoors : public QObject
{
    Q_OBJECT

private slots:
    void everyPathOutPassesThePickupRule_data();
    void everyPathOutPassesThePickupRule();
    void presentIsOneRule_data();
    void presentIsOneRule();
};

void TestNoSideDoors::everyPathOutPassesThePickupRule_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("check-out to the mother, on the list") << Path::CheckOutToAuthorisedAdult << true;
    QTest::newRow("check-out to the father under a court order") << Path::CheckOutToRestrictedAdult << false;
    QTest::newRow("check-out by code to the aunt, not on the list") << Path::CheckOutByCodeToAdultNotOnList << false;
    QTest::newRow("director's override with a reason, audited") << Path::DirectorOverrideWithReason << true;
    QTest::newRow("\"Correct a time…\" sets a check-out time") << Path::CorrectionSetsCheckOutTime << false;
    QTest::newRow("a director's correction sets a check-out time")
        << Path::CorrectionByDirectorSetsCheckOutTime << false;
    QTest::newRow("group check-out with staff who is not here") << Path::GroupCheckOutWithStaffNotPresent << false;
    QTest::newRow("group check-out \"to\" the receptionist herself")
        << Path::GroupCheckOutWithTheReceptionistHerself << false;
    QTest::newRow("group check-out of a child under a restriction") << Path::GroupCheckOutOfRestrictedChild << false;
    QTest::newRow("check-out to an adult while left with staff") << Path::AdultCheckOutWhileLeftWithStaff << false;
    QTest::newRow("check-in by an adult while left with staff") << Path::AdultCheckInWhileLeftWithStaff << false;
    QTest::newRow("void of the check-in from another desk") << Path::VoidCheckInFromAnotherDesk << false;
    QTest::newRow("void of the check-in after the desk's 5 minutes") << Path::VoidCheckInAfterTheWindow << false;
    QTest::newRow("generated history reaching today") << Path::GeneratedHistoryForToday << false;
}

void TestNoSideDoors::everyPathOutPassesThePickupRule()
{
    QFETCH(Path, path);
    QFETCH(bool, allowed);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    Database& db = f.centre.database();
    Station::setCurrentForTesting(QStringLiteral("front desk"));
    StaffAttendance staff(db, f.centre.session());
    QVERIFY(staff.clockIn(f.educator.id, f.room.id).ok());
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    clock.advanceSecs(3600);
    const bool withStaff
        = path == Path::AdultCheckOutWhileLeftWithStaff || path == Path::AdultCheckInWhileLeftWithStaff;
    if (withStaff) {
        QVERIFY(f.service.groupCheckOut({f.mateo()}, f.educator.id, QStringLiteral("Zoo"))[0].ok);
        clock.advanceSecs(3600);
    }
    const qint64 child = withStaff || path == Path::DirectorOverrideWithReason ? f.mateo() : f.amara();
    const QString before = whereabouts(db, child);
    AttendanceCorrections corrections(db, f.centre.session());
    const QDateTime earlier = clock.currentDateTimeUtc().addSecs(-600);
    QString message;
    const auto outcome = [&message](const auto& result) {
        message = result.ok() ? QString() : result.errorString();
        return result.ok();
    };
    bool done = false;
    switch (path) {
    case Path::CheckOutToAuthorisedAdult:
        done = outcome(f.service.checkOut(child, f.mother()));
        break;
    case Path::CheckOutToRestrictedAdult:
        done = outcome(f.service.checkOut(child, f.father()));
        break;
    case Path::CheckOutByCodeToAdultNotOnList:
        done = outcome(f.service.checkOutByCode(in->first().securityCode, f.aunt()));
        break;
    case Path::DirectorOverrideWithReason:
        f.centre.session().signIn(f.director);
        // Mateo's mother phoned: the neighbour (another family's mother) takes him, shown ID.
        done = outcome(
            f.service.checkOut(child, f.mother(), 0, QStringLiteral("Lucia phoned the director; neighbour showed ID")));
        break;
    case Path::CorrectionSetsCheckOutTime:
        done = outcome(corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt, earlier,
                                           QStringLiteral("Collected by her father")));
        break;
    case Path::CorrectionByDirectorSetsCheckOutTime:
        f.centre.session().signIn(f.director);
        done = outcome(corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt, earlier,
                                           QStringLiteral("Collected by her father")));
        break;
    case Path::GroupCheckOutWithStaffNotPresent: {
        f.centre.session().signIn(f.director); // even a director cannot send a child out with someone absent
        const auto outcomes = f.service.groupCheckOut({child}, f.director.id, QStringLiteral("Shops"),
                                                      QStringLiteral("Director's override"));
        done = outcomes[0].ok;
        message = outcomes[0].message;
        break;
    }
    case Path::GroupCheckOutWithTheReceptionistHerself: {
        const auto outcomes = f.service.groupCheckOut({f.mateo()}, f.receptionist.id, QStringLiteral("Walk"));
        done = outcomes[0].ok;
        message = outcomes[0].message;
        QCOMPARE(whereabouts(db, f.mateo()).contains(QStringLiteral("open")), !done);
        break;
    }
    case Path::GroupCheckOutOfRestrictedChild: {
        const auto outcomes = f.service.groupCheckOut({child}, f.educator.id, QStringLiteral("Zoo"));
        done = outcomes[0].ok;
        message = outcomes[0].message;
        break;
    }
    case Path::AdultCheckOutWhileLeftWithStaff:
        done = outcome(f.service.checkOut(child, f.lucia()));
        break;
    case Path::AdultCheckInWhileLeftWithStaff:
        done = outcome(f.service.checkIn({child}, f.lucia()));
        break;
    case Path::VoidCheckInFromAnotherDesk:
        Station::setCurrentForTesting(QStringLiteral("office"));
        clock.set(in->first().checkedInAt.addSecs(60));
        done = outcome(corrections.voidCheckIn(in->first().id, QStringLiteral("Not here")));
        break;
    case Path::VoidCheckInAfterTheWindow:
        done = outcome(corrections.voidCheckIn(in->first().id, QStringLiteral("Not here")));
        break;
    case Path::GeneratedHistoryForToday: {
        HistoryOptions options;
        options.lastDay = clock.currentDate();
        done = outcome(HistoryGenerator(db).generate(options));
        break;
    }
    }
    Station::setCurrentForTesting({});
    QVERIFY2(done == allowed, qPrintable(message));
    const QString after = whereabouts(db, child);
    if (allowed) {
        QVERIFY(after != before);
        QVERIFY(!AttendanceReader(db, Session(SystemActorKind::ReportJob)).openForChild(child)->isPresent());
    } else {
        QVERIFY2(!message.isEmpty(), "a refusal says why");
        QCOMPARE(after, before); // nothing recorded: the child is where the centre last knew
    }
}

void TestNoSideDoors::presentIsOneRule_data()
{
    QTest::addColumn<bool>("usesClockIn");
    QTest::addColumn<bool>("clockedIn");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<bool>("present");
    QTest::newRow("clock-in centre, clocked in") << true << true << false << true;
    QTest::newRow("clock-in centre, only signed in") << true << false << true << false;
    QTest::newRow("sign-in centre, signed in today") << false << false << true << true;
    QTest::newRow("sign-in centre, neither") << false << false << false << false;
}

// Group check-out, the room board's ratio, the roll call and the ratio report agree on who is present.
void TestNoSideDoors::presentIsOneRule()
{
    QFETCH(bool, usesClockIn);
    QFETCH(bool, clockedIn);
    QFETCH(bool, signedIn);
    QFETCH(bool, present);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    Database& db = f.centre.database();
    {
        SystemActor system(f.centre.session());
        QVERIFY(SettingsService(db, f.centre.session())
                    .setValue(SettingsService::UsesClockIn, usesClockIn ? QStringLiteral("1") : QStringLiteral("0")));
    }
    if (clockedIn) {
        QVERIFY(StaffAttendance(db, f.centre.session()).clockIn(f.educator.id, f.room.id).ok());
    }
    if (signedIn) {
        WriteTransaction transaction(db.connection());
        QVERIFY(transaction.begin().ok());
        QVERIFY(AuditLog::append(
                    db.connection(),
                    {f.educator.id, QStringLiteral("account.signin"), QStringLiteral("staff"), f.educator.id, {}, {}})
                    .ok());
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    clock.advanceSecs(3600);
    QCOMPARE(StaffPresence(db, Session(SystemActorKind::ReportJob)).isPresent(f.educator.id).value(), present);
    QCOMPARE(RoomBoard(db, Session(SystemActorKind::ReportJob)).room(f.room.id)->ratio.staff, present ? 1 : 0);
    int staffOnRoll = 0;
    const auto roll = RollCall(db, Session(SystemActorKind::ReportJob)).onPremises();
    QVERIFY(roll.ok());
    for (const RollCallPerson& p : roll.value()) {
        staffOnRoll += p.isChild() ? 0 : 1;
    }
    QCOMPARE(staffOnRoll, present ? 1 : 0);
    ReportRequest request;
    request.from = request.to = clock.currentDate();
    request.roomId = f.room.id;
    const auto ratios = RatioComplianceReport::compute(db, request);
    QVERIFY(ratios.ok());
    int most = 0;
    for (const auto& step : ratios->steps) {
        most = std::max(most, step.staff);
    }
    QCOMPARE(most, present ? 1 : 0);
    QCOMPARE(f.service.groupCheckOut({f.mateo()}, f.educator.id, QStringLiteral("Park"))[0].ok, present);
}

QTEST_MAIN(TestNoSideDoors)
#include "TestNoSideDoors.moc"
