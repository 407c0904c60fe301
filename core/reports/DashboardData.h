// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Site.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

#include <optional>

namespace Kindred {

class Database;
class Session;
class StoreQuery;

// The figures behind the director's dashboard, each one aggregate query (GROUP BY in SQLite or a
// fold over one day's rows), never the whole history in memory. The dashboard is a report: every figure is
// refused (the Session::require error) to a reader without ViewReports, as the Reports page is. The figures
// are one site's (issue 16, point 8): this station's unless another site, or every site, is asked for, which
// needs ViewAllSites as the Reports page's site does.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    static constexpr qint64 ThisSite = -1;
    // `siteId`: a site's id, ReportRequest::AllSites (0) for every site together, or this station's.
    DashboardData(Database& database, const Session& session, qint64 siteId = ThisSite);

    // Children who attended on each day from `from` to `to` (days with nobody are left out).
    Result<QList<QPair<QDate, int>>> attendancePerDay(QDate from, QDate to) const;
    // Children present at each hour mark of the opening hours of `day` (08:00 counts whoever is
    // checked in at 08:00), as (hour, children). Still-open stays count until now when `day` is today.
    Result<QList<QPair<int, int>>> presentByHour(QDate day) const;
    // Children checked in and not yet gone home, now: the figure the front desk and the who's-here board show
    // (AttendanceReader::present()), whatever the hour marks say.
    Result<int> presentNow() const;

    struct TicketMonth
    {
        QDate month; // first day
        int opened = 0;
        int resolved = 0; // resolved during the month, whenever opened
        std::optional<double> medianHoursToResolve; // of the tickets opened that month
    };
    // Incidents that occurred from `from` to `to` (the centre's days), by kind key ("injury"…), most first.
    Result<QList<QPair<QString, int>>> incidentsByKind(QDate from, QDate to) const;
    // The months from `fromMonth` to `toMonth` (any day of each), in the centre's calendar.
    Result<QList<TicketMonth>> ticketsPerMonth(QDate fromMonth, QDate toMonth) const;

    struct SiteTickets
    {
        Site site;
        QList<TicketMonth> months;
    };
    // ticketsPerMonth for each open site in turn, by name: the sites side by side. Needs ViewAllSites.
    Result<QList<SiteTickets>> ticketsPerSite(QDate fromMonth, QDate toMonth) const;

private:
    Result<void> allowed() const;
    void bindSite(StoreQuery& query) const;

    Database& m_database;
    const Session& m_session;
    qint64 m_siteId;
};

} // namespace Kindred
