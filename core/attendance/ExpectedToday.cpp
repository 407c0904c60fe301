// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/ExpectedToday.h"

#include "attendance/AttendanceReader.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "families/Family.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

// Whether the child is here now (an open stay from any day: a forgotten check-out is still here), came
// today, and has an absence today. Each is an index seek: attendance_open_child, attendance_child_day,
// the absences' (child_id, day) key.
const QString ChildDayColumns = QStringLiteral(R"(
    EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = c.id AND a.checked_out_at IS NULL AND a.voided_at IS NULL),
    EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = c.id AND a.day = :day AND a.voided_at IS NULL),
    EXISTS (SELECT 1 FROM absences x WHERE x.child_id = c.id AND x.day = :day))");
// The bookings that may cover today (BookingPolicy decides), with their children.
const QString BookedTodaySql = QStringLiteral(R"(
    SELECT c.id, c.family_id, c.first_name, c.last_name, c.preferred_name, coalesce(r.name, ''),
           coalesce(c.photo_id, 0), b.weekdays, b.arrival, b.departure, b.starts_on, b.ends_on,)")
    + ChildDayColumns + QStringLiteral(R"(
    FROM child_bookings b JOIN children c ON c.id = b.child_id JOIN families f ON f.id = c.family_id
    LEFT JOIN rooms r ON r.id = c.room_id
    WHERE c.archived_at IS NULL AND f.archived_at IS NULL AND c.site_id = :site AND b.starts_on <= :day
          AND (b.ends_on IS NULL OR b.ends_on >= :day) AND (b.weekdays & :bit) != 0
          AND (CAST(:family AS BIGINT) IS NULL OR c.family_id = :family)
    ORDER BY c.id)");
// Who is here, who went home today, who is away today, whatever their bookings.
const auto CountsSql = QStringLiteral(R"(
    SELECT (SELECT count(*) FROM attendance WHERE checked_out_at IS NULL AND voided_at IS NULL AND site_id = :site),
           (SELECT count(DISTINCT a.child_id) FROM attendance a
            WHERE a.day = :day AND a.voided_at IS NULL AND a.checked_out_at IS NOT NULL AND a.site_id = :site
                  AND NOT EXISTS (SELECT 1 FROM attendance o WHERE o.child_id = a.child_id
                                  AND o.checked_out_at IS NULL AND o.voided_at IS NULL)),
           (SELECT count(*) FROM absences x WHERE x.day = :day
                  AND EXISTS (SELECT 1 FROM children c WHERE c.id = x.child_id AND c.site_id = :site)
                  AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = x.child_id AND a.voided_at IS NULL
                                  AND (a.day = :day OR a.checked_out_at IS NULL))),
           EXISTS (SELECT 1 FROM child_bookings))");
const QString FamilyChildrenSql = QStringLiteral("SELECT c.id,") + ChildDayColumns + QStringLiteral(R"(
    FROM children c WHERE c.family_id = :family AND c.archived_at IS NULL ORDER BY c.date_of_birth, c.id)");
const auto FamilyBookingsSql = QStringLiteral(R"(
    SELECT child_id, weekdays, arrival, departure, starts_on, ends_on FROM child_bookings
    WHERE child_id IN (SELECT id FROM children WHERE family_id = :family AND archived_at IS NULL))");
const auto AnyBookingSql = QStringLiteral(R"(SELECT EXISTS (SELECT 1 FROM child_bookings))");

ChildBooking bookingFrom(const QSqlQuery& query, int column)
{
    const QString hhmm = QStringLiteral("HH:mm");
    return ChildBooking {quint8(query.value(column).toUInt()),
                         QTime::fromString(query.value(column + 1).toString(), hhmm),
                         QTime::fromString(query.value(column + 2).toString(), hhmm),
                         dateFromSql(query.value(column + 3)), dateFromSql(query.value(column + 4))};
}

DayPresence presenceFrom(bool here, bool cameToday)
{
    return here ? DayPresence::Here : cameToday ? DayPresence::GoneHome : DayPresence::NotArrived;
}

bool byArrival(const ExpectedChild& a, const ExpectedChild& b)
{
    if (a.bookedArrival != b.bookedArrival) {
        return a.bookedArrival < b.bookedArrival;
    }
    return QString::localeAwareCompare(a.name, b.name) < 0;
}

} // namespace

ExpectedToday::ExpectedToday(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<int> ExpectedToday::lateMinutes(const Database& database)
{
    const auto text = SettingsService::read(database, SettingsService::LateMinutes, QStringLiteral("15"));
    if (!text) {
        return text.error();
    }
    bool ok = false;
    const int minutes = text.value().trimmed().toInt(&ok);
    return ok ? std::clamp(minutes, 0, 240) : 15;
}

Result<TodayFigures> ExpectedToday::figures(int windowMinutes) const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    TodayFigures figures;
    figures.day = Clock::currentDate();
    figures.at = Clock::currentDateTimeUtc();
    const auto late = lateMinutes(m_database);
    if (!late) {
        return late.error();
    }
    figures.lateMinutes = late.value();
    const QString dayText = figures.day.toString(Qt::ISODate);
    const QDateTime windowEnd = figures.at.addSecs(qint64(std::max(0, windowMinutes)) * 60);

    StoreQuery counts(m_database.connection());
    setForwardOnlyAlongsideStatements(counts);
    counts.prepare(CountsSql);
    counts.bindValue(QStringLiteral(":day"), dayText);
    counts.bindValue(QStringLiteral(":site"), m_session.siteId());
    if (auto done = execRead(counts); !done) {
        return done.error();
    }
    if (!counts.next()) {
        if (auto done = readComplete(counts); !done) {
            return done.error();
        }
        return Error {tr("Could not read the data file: today's figures came back empty.")};
    }
    figures.here = counts.value(0).toInt();
    figures.goneHome = counts.value(1).toInt();
    figures.absent = counts.value(2).toInt();
    figures.keepsBookings = counts.value(3).toBool();
    counts.finish();
    if (!figures.keepsBookings) {
        return figures;
    }
    if (auto booked = readBooked(figures, 0, windowEnd); !booked) {
        return booked.error();
    }
    return figures;
}

Result<QList<qint64>> ExpectedToday::lateChildren(qint64 familyId) const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    TodayFigures figures;
    figures.day = Clock::currentDate();
    figures.at = Clock::currentDateTimeUtc();
    const auto late = lateMinutes(m_database);
    if (!late) {
        return late.error();
    }
    figures.lateMinutes = late.value();
    if (auto booked = readBooked(figures, familyId, figures.at); !booked) {
        return booked.error();
    }
    QList<qint64> ids;
    for (const ExpectedChild& child : std::as_const(figures.lateChildren)) {
        ids << child.childId;
    }
    return ids;
}

Result<void> ExpectedToday::readBooked(TodayFigures& figures, qint64 familyId, const QDateTime& windowEnd) const
{
    const QTimeZone zone = Clock::timeZone();
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(BookedTodaySql);
    query.bindValue(QStringLiteral(":day"), figures.day.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":bit"), int(ChildBooking::dayBit(figures.day)));
    query.bindValue(QStringLiteral(":site"), m_session.siteId());
    query.bindValue(QStringLiteral(":family"),
                    familyId > 0 ? QVariant(familyId) : QVariant(QMetaType::fromType<qint64>()));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    qint64 lastChild = 0; // a child booked twice for one day (a file edited outside Kindred) counts once
    while (query.next()) {
        const qint64 childId = query.value(0).toLongLong();
        if (childId == lastChild) {
            continue;
        }
        const ChildBooking booking = bookingFrom(query, 7);
        const QList<ChildBooking> bookings {booking};
        const bool absent = query.value(14).toBool();
        if (!BookingPolicy::isExpected(bookings, figures.day, absent)) {
            continue;
        }
        lastChild = childId;
        ++figures.expected;
        const DayStatus status = BookingPolicy::status(bookings, figures.day, absent,
                                                       presenceFrom(query.value(12).toBool(), query.value(13).toBool()),
                                                       figures.at, zone, figures.lateMinutes);
        if (status != DayStatus::ToArrive && status != DayStatus::Late) {
            continue;
        }
        ++figures.toArrive;
        Child named;
        named.firstName = query.value(2).toString();
        named.lastName = query.value(3).toString();
        named.preferredName = query.value(4).toString();
        ExpectedChild child {childId,
                             query.value(1).toLongLong(),
                             named.displayName(),
                             query.value(5).toString(),
                             booking.arrival,
                             BookingPolicy::lateFrom(booking, figures.day, zone, figures.lateMinutes).toUTC(),
                             query.value(6).toLongLong(),
                             status};
        if (status == DayStatus::Late) {
            ++figures.late;
            figures.lateChildren << child;
        } else if (QDateTime(figures.day, booking.arrival, zone) <= windowEnd) {
            figures.arrivingSoon << child;
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    std::sort(figures.arrivingSoon.begin(), figures.arrivingSoon.end(), byArrival);
    std::sort(figures.lateChildren.begin(), figures.lateChildren.end(), byArrival);
    return {};
}

Result<QList<qint64>> ExpectedToday::childrenBookedAndNotHere(qint64 familyId) const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    const QDate today = Clock::currentDate();
    const QSqlDatabase db = m_database.connection();

    StoreQuery any(db);
    if (auto done = execRead(any, AnyBookingSql); !done) {
        return done.error();
    }
    if (!any.next()) {
        if (auto done = readComplete(any); !done) {
            return done.error();
        }
        return Error {tr("Could not read the data file: the bookings could not be read.")};
    }
    const bool keepsBookings = any.value(0).toBool();
    any.finish();

    QHash<qint64, QList<ChildBooking>> bookings;
    if (keepsBookings) {
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        query.prepare(FamilyBookingsSql);
        query.bindValue(QStringLiteral(":family"), familyId);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            bookings[query.value(0).toLongLong()] << bookingFrom(query, 1);
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }

    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(FamilyChildrenSql);
    query.bindValue(QStringLiteral(":family"), familyId);
    query.bindValue(QStringLiteral(":day"), today.toString(Qt::ISODate));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<qint64> children;
    while (query.next()) {
        const qint64 childId = query.value(0).toLongLong();
        const bool absent = query.value(3).toBool();
        const bool notCome = presenceFrom(query.value(1).toBool(), query.value(2).toBool()) == DayPresence::NotArrived;
        const bool expected
            = keepsBookings ? BookingPolicy::isExpected(bookings.value(childId), today, absent) : !absent;
        if (expected && notCome) {
            children << childId;
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return children;
}

} // namespace Kindred
