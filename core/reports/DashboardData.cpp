// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/DashboardData.h"

#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "reports/TicketReport.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// Every statement reads one site's rows, or every site's when :everySite is 1 (as TicketReport's).
const auto PerDaySql = QStringLiteral(R"(
    SELECT day, count(DISTINCT child_id) FROM attendance
    WHERE day >= :from AND day <= :to AND voided_at IS NULL AND (:everySite = 1 OR site_id = :site)
    GROUP BY day ORDER BY day)");
// The instants as stored; C++ turns them into milliseconds, so both stores give the same numbers.
const auto StaysSql = QStringLiteral(R"(
    SELECT checked_in_at, checked_out_at FROM attendance
    WHERE day = :day AND voided_at IS NULL AND (:everySite = 1 OR site_id = :site))");

// The same rows as AttendanceReader::present(): an open stay, not voided, whichever day it began.
const auto PresentNowSql = QStringLiteral(R"(
    SELECT count(*) FROM attendance
    WHERE checked_out_at IS NULL AND voided_at IS NULL AND (:everySite = 1 OR site_id = :site))");

const auto ResolvedSql = QStringLiteral(R"(
    SELECT resolved_at FROM tickets
    WHERE resolved_at >= :from AND resolved_at < :to AND (:everySite = 1 OR site_id = :site))");

// %1: the kind, sorted as the store driver says (byte by byte on both stores).
const auto IncidentKindsSql = QStringLiteral(R"(
    SELECT kind, count(*) FROM incidents
    WHERE occurred_at >= :from AND occurred_at < :to AND (:everySite = 1 OR site_id = :site)
    GROUP BY kind ORDER BY count(*) DESC, %1)");

} // namespace

DashboardData::DashboardData(Database& database, const Session& session, qint64 siteId)
    : m_database(database)
    , m_session(session)
    , m_siteId(siteId == ThisSite ? session.siteId() : siteId)
{ }

Result<void> DashboardData::allowed() const
{
    if (auto allowed = m_session.require(Permission::ViewReports); !allowed) {
        return allowed;
    }
    return SiteService::requireReader(m_session, m_siteId);
}

void DashboardData::bindSite(StoreQuery& query) const
{
    query.bindValue(QStringLiteral(":everySite"), m_siteId == ReportRequest::AllSites ? 1 : 0);
    query.bindValue(QStringLiteral(":site"), m_siteId);
}

Result<QList<DashboardData::SiteTickets>> DashboardData::ticketsPerSite(QDate fromMonth, QDate toMonth) const
{
    if (auto allowed = m_session.require(Permission::ViewReports); !allowed) {
        return allowed.error();
    }
    if (auto allowed = m_session.require(Permission::ViewAllSites); !allowed) {
        return allowed.error();
    }
    const auto open = SiteService::list(m_database.connection());
    if (!open) {
        return open.error();
    }
    QList<SiteTickets> sites;
    for (const Site& site : open.value()) {
        auto months = DashboardData(m_database, m_session, site.id).ticketsPerMonth(fromMonth, toMonth);
        if (!months) {
            return months.error();
        }
        sites << SiteTickets {site, months.value()};
    }
    return sites;
}

Result<QList<QPair<QDate, int>>> DashboardData::attendancePerDay(QDate from, QDate to) const
{
    if (auto ok = allowed(); !ok) {
        return ok.error();
    }
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(PerDaySql);
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    bindSite(query);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    QList<QPair<QDate, int>> days;
    while (query.next()) {
        days << qMakePair(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toInt());
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return days;
}

Result<QList<QPair<int, int>>> DashboardData::presentByHour(QDate day) const
{
    if (auto ok = allowed(); !ok) {
        return ok.error();
    }
    const auto openingText = SettingsService::read(m_database, SettingsService::OpeningTime, QStringLiteral("07:00"));
    if (!openingText) {
        return openingText.error();
    }
    const auto closingText = SettingsService::read(m_database, SettingsService::ClosingTime, QStringLiteral("18:00"));
    if (!closingText) {
        return closingText.error();
    }
    const int opening = QTime::fromString(openingText.value(), QStringLiteral("HH:mm")).hour();
    int closing = QTime::fromString(closingText.value(), QStringLiteral("HH:mm")).hour();
    closing = closing > opening ? closing : 18;
    const QTimeZone zone = Clock::timeZone();
    const qint64 now = Clock::currentDateTimeUtc().toMSecsSinceEpoch();
    const qint64 endOfDay = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(StaysSql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    bindSite(query);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    QList<QPair<int, int>> hours;
    for (int h = std::max(0, opening); h <= std::min(23, closing); ++h) {
        hours << qMakePair(h, 0);
    }
    while (query.next()) {
        const qint64 in = instantFromSql(query.value(0)).toMSecsSinceEpoch();
        const qint64 out
            = query.value(1).isNull() ? std::min(now, endOfDay) : instantFromSql(query.value(1)).toMSecsSinceEpoch();
        for (auto& [hour, count] : hours) {
            const qint64 at = QDateTime(day, QTime(hour, 0), zone).toMSecsSinceEpoch();
            count += (in <= at && at < out) ? 1 : 0;
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return hours;
}

Result<int> DashboardData::presentNow() const
{
    if (auto ok = allowed(); !ok) {
        return ok.error();
    }
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(PresentNowSql);
    bindSite(query);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto complete = readComplete(query); !complete) {
            return complete.error();
        }
        return 0;
    }
    return query.value(0).toInt();
}

Result<QList<QPair<QString, int>>> DashboardData::incidentsByKind(QDate from, QDate to) const
{
    if (auto ok = allowed(); !ok) {
        return ok.error();
    }
    const QTimeZone zone = Clock::timeZone();
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(IncidentKindsSql.arg(StoreDriver::of(m_database.connection()).textOrder(QStringLiteral("kind"))));
    query.bindValue(QStringLiteral(":from"), QDateTime(from, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":to"),
                    QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    bindSite(query);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    QList<QPair<QString, int>> kinds;
    while (query.next()) {
        kinds << qMakePair(query.value(0).toString(), query.value(1).toInt());
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return kinds;
}

Result<QList<DashboardData::TicketMonth>> DashboardData::ticketsPerMonth(QDate fromMonth, QDate toMonth) const
{
    if (auto ok = allowed(); !ok) {
        return ok.error();
    }
    const QDate first(fromMonth.year(), fromMonth.month(), 1);
    const QDate last(toMonth.year(), toMonth.month(), 1);
    auto rows = TicketReport::compute(m_database.connection(), first, last, Clock::currentDateTimeUtc(), m_siteId);
    if (!rows) {
        return rows.error();
    }
    QList<TicketMonth> months;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        months << TicketMonth {m, 0, 0, std::nullopt};
    }
    for (const TicketReportRow& row : rows.value()) {
        if (row.category) {
            continue; // the month's "all categories" line carries the totals
        }
        for (TicketMonth& month : months) {
            if (month.month == row.month) {
                month.opened = row.total;
                month.medianHoursToResolve = row.medianHoursToResolve;
            }
        }
    }
    const QTimeZone zone = Clock::timeZone();
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ResolvedSql);
    query.bindValue(QStringLiteral(":from"), QDateTime(first, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":to"),
                    QDateTime(last.addMonths(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    bindSite(query);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        QDateTime at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        at.setTimeZone(QTimeZone::utc());
        const QDate local = at.toTimeZone(zone).date();
        const QDate month(local.year(), local.month(), 1);
        for (TicketMonth& m : months) {
            m.resolved += m.month == month ? 1 : 0;
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return months;
}

} // namespace Kindred
