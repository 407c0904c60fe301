// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/BookingPolicy.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Kindred {

class Database;
class Session;

// A child booked today who has not come yet, as the desk's tiles show them.
struct ExpectedChild
{
    qint64 childId = 0;
    qint64 familyId = 0;
    QString name; // the preferred name if any, with the family name
    QString roomName; // empty: no room yet
    QTime bookedArrival; // the centre's local time
    QDateTime lateFrom; // UTC: from then on the child counts as late
    qint64 photoId = 0; // 0: none on file (a photo is shown only with consent: ChildPhotos)
    DayStatus status = DayStatus::ToArrive; // ToArrive or Late
};

// Today at a glance (issue 15, point 3), for the desk with no family open. Every child counts once.
struct TodayFigures
{
    QDate day; // the centre's calendar day
    QDateTime at; // UTC: when the figures were read
    int lateMinutes = 15; // the centre's setting they were counted with
    bool keepsBookings = false; // false: no child has a booking, so nobody is "expected"
    int expected = 0; // booked today and not absent (BookingPolicy), including those already come
    int here = 0; // checked in and not out, booked or not
    int goneHome = 0; // checked in today and out again, not here now
    int absent = 0; // an absence recorded for today, and not come
    int late = 0; // expected, not come, past the booked arrival and the late minutes
    int toArrive = 0; // expected and not come yet, the late ones included
    // Expected and not come, not late yet, booked to arrive by `at` + the window (30 minutes by default):
    // the tiles of who is about to walk in, by booked arrival.
    QList<ExpectedChild> arrivingSoon;
    // Expected, not come, and late, by booked arrival.
    QList<ExpectedChild> lateChildren;
};

// Reads who is expected today against who has come: the desk's figures, and which children of a family a
// check-in with one key takes. The rule is BookingPolicy's; the late minutes are the centre's setting
// (SettingsService::LateMinutes, 15 when unset). The day and the hour are the centre's (Clock).
// Refused to a reader who may not see who is here (AttendanceReader::requireReader); a read that fails
// is an Error, never a zero.
class ExpectedToday
{
    Q_DECLARE_TR_FUNCTIONS(ExpectedToday)

public:
    ExpectedToday(Database& database, const Session& session);

    // Today's figures now, with the children booked to arrive within `windowMinutes`.
    Result<TodayFigures> figures(int windowMinutes = 30) const;

    // The children of family `familyId` to check in now, in the family's order (by date of birth): those
    // booked today and not yet come (not here, not checked in and out today, no absence recorded). When
    // the centre keeps no bookings at all (no child of any family has one), every child of the family who
    // has not come today and has no absence recorded. Archived children never.
    Result<QList<qint64>> childrenBookedAndNotHere(qint64 familyId) const;
    // The children of family `familyId` who are late now (figures().lateChildren, read for the one family, so the
    // desk colours a family's chips without reading the whole centre's day).
    Result<QList<qint64>> lateChildren(qint64 familyId) const;

    // The centre's late minutes (0–240); a value on file that is not a number reads as 15.
    static Result<int> lateMinutes(const Database& database);

private:
    // The booked children of today (of one family; 0: every family) into `figures`: expected, to arrive, late, and
    // those due by `windowEnd`. `figures` holds the day, the instant and the late minutes.
    Result<void> readBooked(TodayFigures& figures, qint64 familyId, const QDateTime& windowEnd) const;

    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
