// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketWorkflow.h"

#include <QSqlDatabase>

namespace Kindred {

class ServiceTargets;

// One workflow step written to the store, inside the caller's write transaction: TicketWorkflow
// decides, then the ticket's instants, resolution and follow-up are updated, the timeline gets its
// lines (the follow-up, then the status change) and the audit log its entry.
class TicketStatusWriter
{
public:
    // The status the ticket ends in; on failure nothing was written by this call.
    static Result<TicketStatus> apply(const QSqlDatabase& db, const ServiceTargets& targets, qint64 actorId,
                                      qint64 ticketId, TicketStatus to, const TicketWorkflow::Step& step,
                                      bool firstContact = false);
};

} // namespace Kindred
