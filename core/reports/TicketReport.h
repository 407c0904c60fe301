// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportDocument.h"
#include "print/ReportRequest.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace Kindred {

class Database;
class Session;

// One line of the tickets report: the tickets raised in one month (the centre's calendar) and one
// category, or all categories of the month when `category` is empty.
struct TicketReportRow
{
    QDate month; // the first day of the month
    std::optional<TicketCategory> category;
    std::array<int, 5> countsByKind {}; // indexed by TicketKind: complaints … compliments
    int total = 0;
    std::optional<double> medianHoursToAcknowledge; // wall-clock hours from capture to acknowledgement
    std::optional<double> medianHoursToResolve; // wall-clock hours from capture to (latest) resolution
    int overdue = 0; // tickets that missed a target (see TicketReport)
    int resolvedAtFirstContact = 0;
    double firstContactShare = 0; // resolvedAtFirstContact / total, 0…1
    std::optional<double> averageSatisfaction; // mean follow-up rating 1–5
    int satisfactionResponses = 0;
};

// Per month and category: counts by kind (compliments included), median time to acknowledge and to
// resolve, how many missed a target, the share resolved at first contact, the average satisfaction.
// A ticket counts in the month it was raised. It "missed a target" when it was acknowledged after its
// due-to-acknowledge instant (or is still unacknowledged past it), or resolved after its
// due-to-resolve instant (or is still unresolved past it at `now`). Medians take the middle value, or
// the mean of the two middle values. The ticket rows are read once, in order, and folded as they come.
class TicketReport
{
    Q_DECLARE_TR_FUNCTIONS(TicketReport)

public:
    // Months from `fromMonth` to `toMonth` inclusive (any day of each). Rows per month: one per
    // category that had tickets, then the month's "all categories" line. The tickets of site `siteId`, or of
    // every site (ReportRequest::AllSites, the default: the tickets dialog and the dashboard).
    static Result<QList<TicketReportRow>> compute(const QSqlDatabase& db, QDate fromMonth, QDate toMonth,
                                                  const QDateTime& now, qint64 siteId = ReportRequest::AllSites);
    // compute() for the reader at a page (the tickets page's report): another site's tickets, or every site's,
    // only as SiteService::requireReader allows, else its error and nothing read.
    static Result<QList<TicketReportRow>> computeFor(const Session& session, const QSqlDatabase& db, QDate fromMonth,
                                                     QDate toMonth, const QDateTime& now, qint64 siteId);
    // Fails when the centre's details cannot be read.
    static Result<ReportDocument> document(Database& database, const QList<TicketReportRow>& rows, QDate fromMonth,
                                           QDate toMonth);
    static QStringList csvHeader();
    // Machine-readable figures (dot decimals, no units) for a spreadsheet.
    static QList<QStringList> csvRows(const QList<TicketReportRow>& rows);
    static std::optional<double> median(QList<double> values);
};

} // namespace Kindred
