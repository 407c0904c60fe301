// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
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
    // then by priority and age. `now` decides what is overdue.
    static Result<QList<TicketSummary>> board(const QSqlDatabase& db, const TicketFilter& filter, const QDateTime& now);
    static Result<int> overdueCount(const QSqlDatabase& db, qint64 familyId, const QDateTime& now);
    // A staff member's name "First Last", or empty when unknown.
    static QString staffName(const QSqlDatabase& db, qint64 staffId);
    static bool isActiveStaff(const QSqlDatabase& db, qint64 staffId);
};

} // namespace Kindred
