// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "attendance/GroupRoster.h"
#include "attendance/RoomBoard.h"
#include "attendance/StaffAttendance.h"
#include "base/Clock.h"
#include "base/Translations.h"
#include "centre/SettingsService.h"

#include <QTest>

using namespace Kindred;

class TestRoomBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ratio_data();
    void ratio();
    void ratioInPlainWords_data();
    void ratioInPlainWords();
    void boardCountsChildrenAndStaff();
    void childrenStillHereAfterClosingAreFlagged();
    void staffClockInTwiceIsRefused();
    void lifeThreateningAllergiesAreOnTheBoard();
    void rosterListsARoomForAGroup();
};

namespace {
const QTimeZone Melbourne("Australia/Melbourne");
}

void TestRoomBoard::initTestCase()
{
    // The English file turns "%n child(ren)" into "1 child" and "2 children", as the application does.
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
}

void TestRoomBoard::ratio_data()
{
    QTest::addColumn<int>("childrenPerStaff");
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("staff");
    QTest::addColumn<int>("required");
    QTest::addColumn<bool>("outOfRatio");
    QTest::newRow("empty room needs nobody") << 4 << 0 << 0 << 0 << false;
    QTest::newRow("one baby needs one educator") << 4 << 1 << 0 << 1 << true;
    QTest::newRow("1:4 with four children and one educator") << 4 << 4 << 1 << 1 << false;
    QTest::newRow("1:4 with five children and one educator") << 4 << 5 << 1 << 2 << true;
    QTest::newRow("1:4 with eight children and two educators") << 4 << 8 << 2 << 2 << false;
    QTest::newRow("1:4 with nine children and two educators") << 4 << 9 << 2 << 3 << true;
    QTest::newRow("1:11 with 22 children and two educators") << 11 << 22 << 2 << 2 << false;
    QTest::newRow("1:11 with 23 children and three educators") << 11 << 23 << 3 << 3 << false;
    QTest::newRow("more staff than needed") << 10 << 3 << 2 << 1 << false;
}

void TestRoomBoard::ratio()
{
    QFETCH(int, childrenPerStaff);
    QFETCH(int, children);
    QFETCH(int, staff);
    QFETCH(int, required);
    QFETCH(bool, outOfRatio);
    Room room;
    room.childrenPerStaff = childrenPerStaff;
    const RoomRatio ratio = RoomRatio::of(room, children, staff);
    QCOMPARE(ratio.staffRequired, required);
    QCOMPARE(ratio.isOutOfRatio(), outOfRatio);
    QCOMPARE(ratio.staffShort(), std::max(0, required - staff));
}

void TestRoomBoard::ratioInPlainWords_data()
{
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("staff");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << 0 << 0 << QStringLiteral("No children here.");
    QTest::newRow("staff, no children") << 0 << 1 << QStringLiteral("No children here; 1 staff member clocked in.");
    QTest::newRow("one child, nobody clocked in")
        << 1 << 0
        << QStringLiteral("Nobody is clocked in to look after 1 child: clock a staff member in to this room on the "
                          "Who's here board.");
    QTest::newRow("in ratio") << 4 << 1 << QStringLiteral("4 children with 1 staff member (1:4 needs 1).");
    QTest::newRow("out of ratio by one")
        << 9 << 2
        << QStringLiteral(
               "Out of ratio: 9 children need 3 staff members at 1:4, and 2 are clocked in. Clock in 1 more.");
    QTest::newRow("out of ratio, one clocked in")
        << 5 << 1
        << QStringLiteral(
               "Out of ratio: 5 children need 2 staff members at 1:4, and 1 is clocked in. Clock in 1 more.");
}

void TestRoomBoard::ratioInPlainWords()
{
    QFETCH(int, children);
    QFETCH(int, staff);
    QFETCH(QString, expected);
    Room room;
    room.childrenPerStaff = 4;
    QCOMPARE(RoomRatio::of(room, children, staff).description(room.ratioText()), expected);
}

void TestRoomBoard::boardCountsChildrenAndStaff()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    RoomBoard board(f.centre.database(), f.centre.session());
    StaffAttendance staff(f.centre.database(), f.centre.session());
    QCOMPARE(board.room(f.room.id)->presentCount(), 0);

    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok());
    RoomBoardEntry entry = board.room(f.room.id).value();
    QCOMPARE(entry.presentCount(), 2);
    QCOMPARE(entry.room.capacity, 6);
    QVERIFY(entry.ratio.isOutOfRatio()); // two children, nobody clocked in

    QVERIFY(staff.clockIn(f.educator.id, f.room.id).ok());
    entry = board.room(f.room.id).value();
    QCOMPARE(entry.staff.size(), 1);
    QVERIFY(!entry.ratio.isOutOfRatio());

    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    entry = board.room(f.room.id).value();
    QCOMPARE(entry.presentCount(), 3);
    QVERIFY(!entry.ratio.isOutOfRatio());

    QVERIFY(staff.clockOut(f.educator.id).ok());
    entry = board.room(f.room.id).value();
    QCOMPARE(entry.staff.size(), 0);
    QVERIFY(entry.ratio.isOutOfRatio());
    QCOMPARE(entry.ratio.staffShort(), 1);

    QVERIFY(f.service.checkOut(f.amara(), f.mother()).ok());
    QCOMPARE(board.room(f.room.id)->presentCount(), 2);
}

void TestRoomBoard::childrenStillHereAfterClosingAreFlagged()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session()); // the closing time is the centre's setting, not the desk's
        QVERIFY(SettingsService(f.centre.database(), f.centre.session())
                    .setValue(SettingsService::ClosingTime, QStringLiteral("18:00"))
                    .ok());
    }
    QVERIFY(f.service.checkIn({f.amara(), f.mateo()}, f.mother()).ok() == false); // Mateo is not an Okafor
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    RoomBoard board(f.centre.database(), f.centre.session());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(17, 59), Melbourne));
    QCOMPARE(board.room(f.room.id)->lateCount, 0);
    QVERIFY(f.service.checkOut(f.mateo(), f.lucia()).ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(18, 20), Melbourne));
    const RoomBoardEntry entry = board.room(f.room.id).value();
    QCOMPARE(entry.lateCount, 1);
    QVERIFY(entry.children.first().stillHereAfterClosing);
    auto out = f.service.checkOut(f.amara(), f.mother());
    QVERIFY(out.ok());
    QCOMPARE(out->lateMinutes, 20);
}

void TestRoomBoard::staffClockInTwiceIsRefused()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    StaffAttendance staff(f.centre.database(), f.centre.session());
    QVERIFY(staff.clockIn(f.educator.id, f.room.id).ok());
    auto twice = staff.clockIn(f.educator.id, f.room.id);
    QVERIFY(!twice.ok());
    QVERIFY(twice.errorString().contains(QStringLiteral("already clocked in")));
    QVERIFY(staff.clockOut(f.educator.id).ok());
    QVERIFY(!staff.clockOut(f.educator.id).ok());
    QCOMPARE(staff.shiftsOn(clock.currentDate(), f.room.id)->size(), 1);
}

void TestRoomBoard::lifeThreateningAllergiesAreOnTheBoard()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok());
    const RoomBoardEntry entry = RoomBoard(f.centre.database(), f.centre.session()).room(f.room.id).value();
    QCOMPARE(entry.children.size(), 2);
    for (const BoardChild& child : entry.children) {
        // The board's stay says what the full record says.
        const auto record = AttendanceReader(f.centre.database(), f.centre.session()).openForChild(child.stay.childId);
        QVERIFY2(record, qPrintable(record.errorString()));
        QCOMPARE(child.stay.attendanceId, record->id);
        QCOMPARE(child.stay.familyId, record->familyId);
        QCOMPARE(child.stay.roomId, f.room.id);
        QCOMPARE(child.stay.day, record->day);
        QCOMPARE(child.stay.securityCode, record->securityCode);
        QVERIFY(!child.stay.securityCode.isEmpty());
        QCOMPARE(child.stay.checkedInAt, record->checkedInAt);
        QCOMPARE(child.stay.checkedInAt, Clock::currentDateTimeUtc());
        QCOMPARE(child.stay.childName, record->childName);
        QVERIFY(!child.stay.childName.isEmpty());
        QCOMPARE(child.stay.roomName, f.room.name);
        if (child.stay.childId == f.amara()) {
            QCOMPARE(child.lifeThreateningAllergens, QStringList {QStringLiteral("Peanuts")});
        } else {
            QVERIFY(child.lifeThreateningAllergens.isEmpty()); // Chidi has none
        }
    }
}

void TestRoomBoard::rosterListsARoomForAGroup()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    const QList<RosterChild> roll = GroupRoster(f.centre.database(), f.centre.session()).room(f.room.id).value();
    QCOMPARE(roll.size(), 3);
    QCOMPARE(roll[0].name, QStringLiteral("Amara Okafor"));
    QCOMPARE(roll[0].lifeThreateningAllergens, QStringList {QStringLiteral("Peanuts")});
    QVERIFY(!roll[0].present);
    QCOMPARE(roll[1].childId, f.chidi());
    QVERIFY(roll[1].present);
    QCOMPARE(roll[2].childId, f.mateo());
    QCOMPARE(GroupRoster(f.centre.database(), f.centre.session()).room(-1)->size(), 3);
    QVERIFY(GroupRoster(f.centre.database(), f.centre.session()).room(f.room.id + 100)->isEmpty());
}

QTEST_MAIN(TestRoomBoard)
#include "TestRoomBoard.moc"
