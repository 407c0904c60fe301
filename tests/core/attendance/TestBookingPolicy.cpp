// SPDX-License-Identifier: GPL-3.0-or-later
// The bookings rule (issue 15, point 2): expected on a booked day within the booking's dates (both
// inclusive) unless absent; late from the booked arrival plus the late minutes, in the centre's zone.
#include "attendance/BookingPolicy.h"

#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(QList<Kindred::ChildBooking>)
Q_DECLARE_METATYPE(Kindred::DayStatus)
Q_DECLARE_METATYPE(Kindred::DayPresence)

namespace {

const QTimeZone Melbourne("Australia/Melbourne");
const QTime Eight(8, 0);
const QTime Five(17, 0);
const quint8 MonWedFri = ChildBooking::Monday | ChildBooking::Wednesday | ChildBooking::Friday;

ChildBooking booking(quint8 days, QDate from, QDate until = {}, QTime arrival = Eight)
{
    return ChildBooking {days, arrival, Five, from, until};
}

} // namespace

class TestBookingPolicy : public QObject
{
    Q_OBJECT

private slots:
    void status_data();
    void status();
    void lateFromFollowsTheCentresZone();
};

void TestBookingPolicy::status_data()
{
    QTest::addColumn<QList<ChildBooking>>("bookings");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QTime>("localTime"); // the centre's
    QTest::addColumn<bool>("absent");
    QTest::addColumn<DayPresence>("presence");
    QTest::addColumn<int>("lateMinutes");
    QTest::addColumn<DayStatus>("expected");

    const QDate monday(2026, 11, 23);
    const QList<ChildBooking> weekdays {booking(ChildBooking::WeekDays, QDate(2026, 1, 5))};
    const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    const DayPresence away = DayPresence::NotArrived;

    row("booked Monday, before the arrival")
        << weekdays << monday << QTime(7, 0) << false << away << 15 << DayStatus::ToArrive;
    row("booked Monday, 14 minutes after the arrival")
        << weekdays << monday << QTime(8, 14) << false << away << 15 << DayStatus::ToArrive;
    row("booked Monday, 15 minutes after: late")
        << weekdays << monday << QTime(8, 15) << false << away << 15 << DayStatus::Late;
    row("late minutes 0: late at the arrival")
        << weekdays << monday << QTime(8, 0) << false << away << 0 << DayStatus::Late;
    row("late minutes 30: not late at 08:29")
        << weekdays << monday << QTime(8, 29) << false << away << 30 << DayStatus::ToArrive;
    row("Saturday, booked Monday to Friday")
        << weekdays << monday.addDays(5) << QTime(10, 0) << false << away << 15 << DayStatus::NotBooked;
    row("Sunday booked (the last bit)") << QList<ChildBooking> {booking(ChildBooking::Sunday, QDate(2026, 1, 4))}
                                        << monday.addDays(6) << QTime(7, 0) << false << away << 15
                                        << DayStatus::ToArrive;
    row("Monday booked only on Sunday") << QList<ChildBooking> {booking(ChildBooking::Sunday, QDate(2026, 1, 4))}
                                        << monday << QTime(9, 0) << false << away << 15 << DayStatus::NotBooked;
    row("Tuesday, booked Mon/Wed/Fri") << QList<ChildBooking> {booking(MonWedFri, QDate(2026, 1, 5))}
                                       << monday.addDays(1) << QTime(9, 0) << false << away << 15
                                       << DayStatus::NotBooked;
    row("the first day is booked") << QList<ChildBooking> {booking(ChildBooking::WeekDays, monday)} << monday
                                   << QTime(7, 0) << false << away << 15 << DayStatus::ToArrive;
    row("the day before the first is not")
        << QList<ChildBooking> {booking(ChildBooking::AllDays, monday)} << monday.addDays(-1) << QTime(7, 0) << false
        << away << 15 << DayStatus::NotBooked;
    row("the last day is booked") << QList<ChildBooking> {booking(ChildBooking::WeekDays, QDate(2026, 1, 5), monday)}
                                  << monday << QTime(7, 0) << false << away << 15 << DayStatus::ToArrive;
    row("the day after the last is not") << QList<ChildBooking> {booking(ChildBooking::AllDays, QDate(2026, 1, 5),
                                                                         monday)}
                                         << monday.addDays(1) << QTime(7, 0) << false << away << 15
                                         << DayStatus::NotBooked;
    const QList<ChildBooking> changed {booking(MonWedFri, QDate(2026, 1, 5), QDate(2026, 6, 30)),
                                       booking(ChildBooking::WeekDays, QDate(2026, 7, 1), {}, QTime(9, 0))};
    row("Mon/Wed/Fri until June: Tuesday 30 June not booked")
        << changed << QDate(2026, 6, 30) << QTime(9, 0) << false << away << 15 << DayStatus::NotBooked;
    row("then Monday to Friday: Wednesday 1 July booked at 09:00")
        << changed << QDate(2026, 7, 1) << QTime(9, 10) << false << away << 15 << DayStatus::ToArrive;
    row("Friday 26 June at 08:20: the first period's 08:00, late")
        << changed << QDate(2026, 6, 26) << QTime(8, 20) << false << away << 15 << DayStatus::Late;
    row("absence recorded: absent, never late")
        << weekdays << monday << QTime(11, 0) << true << away << 15 << DayStatus::Absent;
    row("absent on an unbooked day") << weekdays << monday.addDays(5) << QTime(11, 0) << true << away << 15
                                     << DayStatus::Absent;
    row("here though an absence was recorded")
        << weekdays << monday << QTime(11, 0) << true << DayPresence::Here << 15 << DayStatus::Here;
    row("here on an unbooked day") << weekdays << monday.addDays(5) << QTime(11, 0) << false << DayPresence::Here << 15
                                   << DayStatus::Here;
    row("gone home") << weekdays << monday << QTime(16, 0) << false << DayPresence::GoneHome << 15
                     << DayStatus::GoneHome;
    row("no bookings at all") << QList<ChildBooking> {} << monday << QTime(9, 0) << false << away << 15
                              << DayStatus::NotBooked;
    // Melbourne's clocks went forward on Sunday 4 October 2026: 08:10 on the Monday is 08:10, not 09:10.
    row("the Monday after daylight saving starts, 08:10")
        << weekdays << QDate(2026, 10, 5) << QTime(8, 10) << false << away << 15 << DayStatus::ToArrive;
    row("the Monday after daylight saving ends, 08:16")
        << weekdays << QDate(2026, 4, 6) << QTime(8, 16) << false << away << 15 << DayStatus::Late;
}

void TestBookingPolicy::status()
{
    QFETCH(QList<ChildBooking>, bookings);
    QFETCH(QDate, day);
    QFETCH(QTime, localTime);
    QFETCH(bool, absent);
    QFETCH(DayPresence, presence);
    QFETCH(int, lateMinutes);
    QFETCH(DayStatus, expected);

    const QDateTime now = QDateTime(day, localTime, Melbourne).toUTC(); // the clock gives UTC
    QCOMPARE(BookingPolicy::status(bookings, day, absent, presence, now, Melbourne, lateMinutes), expected);
    const bool booked = expected == DayStatus::ToArrive || expected == DayStatus::Late
        || (BookingPolicy::bookingOn(bookings, day) && !absent);
    QCOMPARE(BookingPolicy::isExpected(bookings, day, absent), booked);
}

void TestBookingPolicy::lateFromFollowsTheCentresZone()
{
    // The same booking is late at different instants in different centres: 08:15 local each time.
    const ChildBooking weekdays = booking(ChildBooking::WeekDays, QDate(2026, 1, 5));
    const QDate monday(2026, 11, 23);
    QCOMPARE(BookingPolicy::lateFrom(weekdays, monday, Melbourne, 15).toUTC(),
             QDateTime(QDate(2026, 11, 22), QTime(21, 15), QTimeZone::utc()));
    const QTimeZone paris("Europe/Paris");
    QCOMPARE(BookingPolicy::lateFrom(weekdays, monday, paris, 15).toUTC(),
             QDateTime(monday, QTime(7, 15), QTimeZone::utc()));
    // In UTC at 21:20 on Sunday it is 08:20 on Monday in Melbourne: late there, not yet Monday in Paris.
    const QDateTime now(QDate(2026, 11, 22), QTime(21, 20), QTimeZone::utc());
    QCOMPARE(BookingPolicy::status({weekdays}, monday, false, DayPresence::NotArrived, now, Melbourne, 15),
             DayStatus::Late);
    QCOMPARE(BookingPolicy::status({weekdays}, monday, false, DayPresence::NotArrived, now, paris, 15),
             DayStatus::ToArrive);
    QVERIFY(!BookingPolicy::lateFrom(ChildBooking {}, monday, Melbourne, 15).isValid());
}

QTEST_MAIN(TestBookingPolicy)
#include "TestBookingPolicy.moc"
