// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Site.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Every read of tickets: one ticket whole, its timeline, the board with its filters and full-text
// search, and what the front desk shows for a family. Writes live in TicketService.
class TicketReader
{
    Q_DECLARE_TR_FUNCTIONS(TicketReader)

public:
    static Result<Ticket> load(const QSqlDatabase& db, qint64 ticketId);
    static Result<QList<TicketEvent>> timeline(const QSqlDatabase& db, qint64 ticketId);
    // Filtered board rows; the given staff member's own tickets (owned or shared) first, then overdue,
    // then by priority and age. `now` decides what is overdue. `filter.siteId` must be a site's id or
    // TicketFilter::AllSites (TicketService resolves ThisSite, which matches no ticket here).
    static Result<QList<TicketSummary>> board(const QSqlDatabase& db, const TicketFilter& filter, const QDateTime& now);
    // The family's overdue tickets at site `siteId` (TicketFilter::AllSites: at every site).
    static Result<int> overdueCount(const QSqlDatabase& db, qint64 familyId, const QDateTime& now, qint64 siteId);
    // The site ticket `ticketId` was raised at (id and name); an Error when it is not on file or the read fails.
    static Result<Site> siteOf(const QSqlDatabase& db, qint64 ticketId);
    // A staff member's name "First Last", or empty when unknown.
    static QString staffName(const QSqlDatabase& db, qint64 staffId);
    static bool isActiveStaff(const QSqlDatabase& db, qint64 staffId);
};

} // namespace Kindred
