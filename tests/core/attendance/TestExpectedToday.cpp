// SPDX-License-Identifier: GPL-3.0-or-later
// Today at a glance (issue 15, point 3) and the children a one-key check-in takes (point 4), read from
// the bookings, the absences and the attendance on file.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/ExpectedToday.h"
#include "centre/SettingsService.h"

#include <QTest>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");
const QDate Monday(2026, 11, 23);
const quint8 MonWedFri = ChildBooking::Monday | ChildBooking::Wednesday | ChildBooking::Friday;

ChildBooking booking(quint8 days, QTime arrival)
{
    return ChildBooking {days, arrival, QTime(17, 0), QDate(2026, 1, 5), {}};
}

QStringList names(const QList<ExpectedChild>& children)
{
    QStringList list;
    for (const ExpectedChild& child : children) {
        list << child.name;
    }
    return list;
}

// The fixture's two families booked, and two more: the Singhs (Diya at 09:00, Arjun at 08:00 but away
// sick) and the Nguyens (Zoe, with no booking).
struct BookedCentre
{
    BookedCentre()
    {
        if (!f.ok) {
            return;
        }
        SystemActor system(f.centre.session());
        f.okafor.children[0].bookings = {booking(ChildBooking::WeekDays, QTime(8, 0))}; // Amara
        f.okafor.children[1].bookings = {booking(MonWedFri, QTime(7, 30))}; // Chidi
        f.ruiz.children[0].bookings = {booking(ChildBooking::Monday, QTime(8, 30))}; // Mateo
        singh = TestCentre::sampleFamily(QStringLiteral("Singh"));
        singh.children[0].firstName = QStringLiteral("Diya");
        singh.children[0].bookings = {booking(ChildBooking::WeekDays, QTime(9, 0))};
        Child arjun = singh.children[0];
        arjun.firstName = QStringLiteral("Arjun");
        arjun.dateOfBirth = arjun.dateOfBirth.addYears(-1);
        arjun.bookings = {booking(ChildBooking::WeekDays, QTime(8, 0))};
        singh.children << arjun;
        nguyen = TestCentre::sampleFamily(QStringLiteral("Nguyen"));
        nguyen.children[0].firstName = QStringLiteral("Zoe");
        FamilyService& families = f.centre.families();
        ok = families.save(f.okafor).ok() && families.save(f.ruiz).ok() && families.save(singh).ok()
            && families.save(nguyen).ok();
    }

    AttendanceFixture f;
    Family singh;
    Family nguyen;
    bool ok = false;
};

} // namespace

class TestExpectedToday : public QObject
{
    Q_OBJECT

private slots:
    void figuresCountEachChildOnce();
    void lateMinutesAreTheCentresSetting();
    void childrenBookedAndNotHere();
    void withoutBookingsEveryChildNotHere();
    void refusedToWhoMayNotSeeWhoIsHere();
};

void TestExpectedToday::figuresCountEachChildOnce()
{
    MockClock clock(QDateTime(Monday, QTime(8, 5), Melbourne));
    BookedCentre c;
    QVERIFY(c.ok);
    QVERIFY(c.f.service.recordAbsence(c.singh.children[1].id, Monday, QStringLiteral("Sick")).ok());
    ExpectedToday today(c.f.centre.database(), c.f.centre.session());

    auto figures = today.figures();
    QVERIFY2(figures.ok(), qPrintable(figures.errorString()));
    QCOMPARE(figures->day, Monday);
    QVERIFY(figures->keepsBookings);
    QCOMPARE(figures->lateMinutes, 15);
    QCOMPARE(figures->expected, 4); // Amara, Chidi, Mateo, Diya; Arjun is away
    QCOMPARE(figures->toArrive, 4);
    QCOMPARE(figures->late, 1);
    QCOMPARE(names(figures->lateChildren), QStringList {QStringLiteral("Chidi Okafor")}); // 07:30 + 15
    // The same, read for one family: the desk's chips.
    QCOMPARE(today.lateChildren(c.f.okafor.id).value(), QList<qint64> {c.f.chidi()});
    QCOMPARE(today.lateChildren(c.f.ruiz.id).value(), QList<qint64> {});
    // Amara was due at 08:00 and is not late yet; Mateo is due at 08:30; Diya at 09:00 is beyond the window.
    QCOMPARE(names(figures->arrivingSoon),
             (QStringList {QStringLiteral("Amara Okafor"), QStringLiteral("Mateo Ruiz")}));
    QCOMPARE(figures->arrivingSoon.first().roomName, c.f.room.name);
    QCOMPARE(figures->arrivingSoon.first().bookedArrival, QTime(8, 0));
    QCOMPARE(figures->arrivingSoon.first().lateFrom, QDateTime(Monday, QTime(8, 15), Melbourne).toUTC());
    QCOMPARE(figures->absent, 1);
    QCOMPARE(figures->here, 0);
    QCOMPARE(figures->goneHome, 0);
    QCOMPARE(names(today.figures(60)->arrivingSoon).size(), 3); // Diya too within an hour

    // Zoe comes unbooked, Amara comes and goes home again, Arjun comes after all.
    QVERIFY(c.f.service.checkIn({c.nguyen.children[0].id}, c.nguyen.adults[0].id).ok());
    QVERIFY(c.f.service.checkIn({c.f.amara()}, c.f.mother()).ok());
    QVERIFY(c.f.service.checkIn({c.singh.children[1].id}, c.singh.adults[0].id).ok());
    clock.advanceSecs(3600);
    QVERIFY(c.f.service.checkOut(c.f.amara(), c.f.mother()).ok());
    figures = today.figures();
    QVERIFY2(figures.ok(), qPrintable(figures.errorString()));
    QCOMPARE(figures->here, 2); // Zoe, Arjun
    QCOMPARE(figures->goneHome, 1); // Amara
    QCOMPARE(figures->absent, 0); // Arjun came
    QCOMPARE(figures->expected, 4); // Arjun came, but his absence stands: he was not expected
    QCOMPARE(figures->toArrive, 3); // Chidi, Mateo, Diya
    QCOMPARE(figures->late, 2); // at 09:05: Chidi and Mateo
    QCOMPARE(names(figures->arrivingSoon), QStringList {QStringLiteral("Diya Singh")});

    // Tuesday: the day changes with the centre's calendar. Chidi (Mon/Wed/Fri) and Mateo (Monday) are not
    // booked; Amara and Diya are, Arjun is here since yesterday.
    clock.set(QDateTime(Monday.addDays(1), QTime(7, 0), Melbourne));
    figures = today.figures();
    QVERIFY(figures.ok());
    QCOMPARE(figures->day, Monday.addDays(1));
    QCOMPARE(figures->expected, 3);
    QCOMPARE(figures->toArrive, 2);
    QCOMPARE(figures->here, 2);
    QCOMPARE(figures->goneHome, 0);
    QCOMPARE(figures->late, 0);
}

void TestExpectedToday::lateMinutesAreTheCentresSetting()
{
    MockClock clock(QDateTime(Monday, QTime(8, 5), Melbourne));
    BookedCentre c;
    QVERIFY(c.ok);
    {
        SystemActor system(c.f.centre.session());
        QVERIFY(c.f.centre.services().settings().setValue(SettingsService::LateMinutes, QStringLiteral("45")).ok());
    }
    auto figures = ExpectedToday(c.f.centre.database(), c.f.centre.session()).figures();
    QVERIFY(figures.ok());
    QCOMPARE(figures->lateMinutes, 45);
    QCOMPARE(figures->late, 0); // Chidi is late from 08:15
    QVERIFY(names(figures->arrivingSoon).contains(QStringLiteral("Chidi Okafor")));
    QCOMPARE(ExpectedToday::lateMinutes(c.f.centre.database()).value(), 45);
}

void TestExpectedToday::childrenBookedAndNotHere()
{
    MockClock clock(QDateTime(Monday, QTime(8, 5), Melbourne));
    BookedCentre c;
    QVERIFY(c.ok);
    QVERIFY(c.f.service.recordAbsence(c.singh.children[1].id, Monday, QStringLiteral("Sick")).ok());
    ExpectedToday today(c.f.centre.database(), c.f.centre.session());
    QCOMPARE(today.childrenBookedAndNotHere(c.f.okafor.id).value(), (QList<qint64> {c.f.chidi(), c.f.amara()}));
    QCOMPARE(today.childrenBookedAndNotHere(c.singh.id).value(), QList<qint64> {c.singh.children[0].id});
    QVERIFY(today.childrenBookedAndNotHere(c.nguyen.id)->isEmpty()); // no booking: not expected

    QVERIFY(c.f.service.checkIn({c.f.amara()}, c.f.mother()).ok());
    QCOMPARE(today.childrenBookedAndNotHere(c.f.okafor.id).value(), QList<qint64> {c.f.chidi()});
    QVERIFY(c.f.service.checkOut(c.f.amara(), c.f.mother()).ok());
    QCOMPARE(today.childrenBookedAndNotHere(c.f.okafor.id).value(), QList<qint64> {c.f.chidi()}); // came today

    clock.set(QDateTime(Monday.addDays(1), QTime(7, 0), Melbourne)); // Tuesday: Chidi is not booked
    QCOMPARE(today.childrenBookedAndNotHere(c.f.okafor.id).value(), QList<qint64> {c.f.amara()});
    QVERIFY(today.childrenBookedAndNotHere(c.f.ruiz.id)->isEmpty());
}

void TestExpectedToday::withoutBookingsEveryChildNotHere()
{
    MockClock clock(QDateTime(Monday, QTime(8, 5), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    ExpectedToday today(f.centre.database(), f.centre.session());
    auto figures = today.figures();
    QVERIFY(figures.ok());
    QVERIFY(!figures->keepsBookings);
    QCOMPARE(figures->expected, 0);
    QCOMPARE(today.childrenBookedAndNotHere(f.okafor.id).value(), (QList<qint64> {f.chidi(), f.amara()}));
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    QVERIFY(f.service.recordAbsence(f.mateo(), Monday, QStringLiteral("Holiday")).ok());
    QCOMPARE(today.childrenBookedAndNotHere(f.okafor.id).value(), QList<qint64> {f.amara()});
    QVERIFY(today.childrenBookedAndNotHere(f.ruiz.id)->isEmpty());
    QCOMPARE(today.figures()->here, 1);
    QCOMPARE(today.figures()->absent, 1);
}

void TestExpectedToday::refusedToWhoMayNotSeeWhoIsHere()
{
    MockClock clock(QDateTime(Monday, QTime(8, 5), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signOut();
    ExpectedToday today(f.centre.database(), f.centre.session());
    QVERIFY(!today.figures().ok());
    QVERIFY(!today.childrenBookedAndNotHere(f.okafor.id).ok());
    QVERIFY(!today.lateChildren(f.okafor.id).ok());
}

QTEST_MAIN(TestExpectedToday)
#include "TestExpectedToday.moc"
