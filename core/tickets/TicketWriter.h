// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"
#include "tickets/Ticket.h"

#include <QSqlDatabase>

namespace Kindred {

// What every ticket change writes besides the ticket itself, inside the caller's write transaction:
// a line on the append-only timeline, the audit entry, and the refreshed full-text index.
class TicketWriter
{
public:
    struct Line
    {
        TicketEventKind kind = TicketEventKind::Note;
        bool shared = false;
        QString oldValue;
        QString newValue;
        QString body;
    };

    static Result<void> appendEvent(const QSqlDatabase& db, qint64 ticketId, qint64 authorId, const Line& line);
    // Rebuilds the ticket's search body from its subject, the parent's words and its notes, folded.
    static Result<void> reindex(const QSqlDatabase& db, qint64 ticketId);
    // appendEvent + AuditLog::append with action "ticket.<verb>".
    static Result<void> record(const QSqlDatabase& db, qint64 ticketId, qint64 authorId, const Line& line,
                               const QString& verb, const QJsonObject& details, const QString& reason = {});
};

} // namespace Kindred
