// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/StaffPresence.h"

#include "attendance/AttendanceReader.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// Shifts of a day; `open` = 1 keeps only those not clocked out.
const auto ShiftsSql = QStringLiteral(R"(
    SELECT h.id, h.staff_id, s.first_name || ' ' || s.last_name, coalesce(h.room_id, 0), h.day, h.clocked_in_at,
           h.clocked_out_at
    FROM staff_shifts h JOIN staff s ON s.id = h.staff_id
    WHERE h.day = :day AND (:open = 0 OR h.clocked_out_at IS NULL) AND h.site_id = :site
      AND (:anyRoom = 1 OR h.room_id IS NOT DISTINCT FROM :room)
    ORDER BY h.clocked_in_at)");
// First sign-in at a desk of each current staff member between two instants, in their usual room. A member
// counts at the site of that room; one with no usual room at every site (the audit trail keeps the station,
// not its site).
const auto SignedInSql = QStringLiteral(R"(
    SELECT 0, s.id, s.first_name || ' ' || s.last_name, coalesce(s.room_id, 0), CAST(:day AS TEXT), min(a.at_utc),
           NULL
    FROM audit_log a JOIN staff s ON s.id = a.entity_id
    WHERE a.entity = 'staff' AND a.action = 'account.signin' AND a.at_utc >= :from AND a.at_utc < :to
      AND s.archived_at IS NULL AND (:anyRoom = 1 OR s.room_id IS NOT DISTINCT FROM :room)
      AND (s.room_id IS NULL OR s.room_id IN (SELECT id FROM rooms WHERE site_id = :site))
    GROUP BY s.id ORDER BY min(a.at_utc))");

} // namespace

StaffPresence::StaffPresence(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<bool> StaffPresence::usesClockIn(const Database& database)
{
    const auto stored = SettingsService::read(database, SettingsService::UsesClockIn, QStringLiteral("1"));
    if (!stored) {
        return stored.error();
    }
    return stored.value().trimmed() != QLatin1String("0");
}

Result<QList<StaffShift>> StaffPresence::presentNow(qint64 roomId) const
{
    // Signed in from the start of today until now; clocked in today and not out.
    return read(Clock::currentDate(), true, Clock::currentDateTimeUtc().addMSecs(1), roomId);
}

Result<QList<StaffShift>> StaffPresence::presentOn(QDate day, qint64 roomId) const
{
    return read(day, false, QDateTime(day.addDays(1), QTime(0, 0), Clock::timeZone()).toUTC(), roomId);
}

Result<QList<StaffShift>> StaffPresence::read(QDate day, bool openOnly, const QDateTime& untilUtc, qint64 roomId) const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    const auto usesClock = usesClockIn(m_database);
    if (!usesClock) {
        return usesClock.error();
    }
    const bool clockIn = usesClock.value();
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(clockIn ? ShiftsSql : SignedInSql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (clockIn) {
        query.bindValue(QStringLiteral(":open"), openOnly ? 1 : 0);
    } else {
        query.bindValue(QStringLiteral(":from"),
                        QDateTime(day, QTime(0, 0), Clock::timeZone()).toUTC().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":to"), untilUtc.toUTC().toString(Qt::ISODateWithMs));
    }
    query.bindValue(QStringLiteral(":anyRoom"), roomId < 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":room"), sqlId(roomId));
    query.bindValue(QStringLiteral(":site"), m_session.siteId());
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<StaffShift> present;
    while (query.next()) {
        present << StaffShift {query.value(0).toLongLong(),
                               query.value(1).toLongLong(),
                               query.value(2).toString(),
                               query.value(3).toLongLong(),
                               QDate::fromString(query.value(4).toString(), Qt::ISODate),
                               instantFromSql(query.value(5)),
                               instantFromSql(query.value(6))};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return present;
}

Result<bool> StaffPresence::isPresent(qint64 staffId) const
{
    const auto present = presentNow();
    if (!present) {
        return present.error();
    }
    for (const StaffShift& shift : present.value()) {
        if (shift.staffId == staffId) {
            return true;
        }
    }
    return false;
}

} // namespace Kindred
