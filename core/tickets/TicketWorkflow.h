// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

namespace Kindred {

// The ticket workflow as a pure table, with the inputs each step needs. No database, no clock:
// TicketService asks here before it writes anything.
//
//   new → acknowledged
//   acknowledged → in progress | waiting for parent | resolved
//   in progress → waiting for parent | resolved
//   waiting for parent → in progress | resolved
//   reopened → in progress | waiting for parent | resolved
//   resolved → closed | reopened
//   closed → reopened
//
// Resolving needs a resolution summary. Closing needs the parent's follow-up (satisfied or not, a
// rating 1–5 and their words) or the reason there could be none; a dissatisfied follow-up does not
// close the ticket: it reopens it. Reopening needs a reason.
class TicketWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(TicketWorkflow)

public:
    struct Step
    {
        QString resolutionSummary; // to resolve
        TicketClosing closing; // to close
        QString reason; // to reopen
    };

    static bool isAllowed(TicketStatus from, TicketStatus to);
    // The statuses a ticket in `from` may move to, in the order a form offers them.
    static QList<TicketStatus> nextStatuses(TicketStatus from);
    // Fails with a message saying why the move is refused and what to do instead.
    static Result<void> checkTransition(TicketStatus from, TicketStatus to);
    // The status the ticket ends in (closing with a dissatisfied follow-up ends in Reopened), or
    // why the step is refused: an illegal move, or a missing or invalid input (Error::field names it:
    // "resolutionSummary", "followUp.rating", "followUp.words", "noFollowUpReason", "reason").
    static Result<TicketStatus> apply(TicketStatus from, TicketStatus to, const Step& step);
    // The follow-up rules alone: a follow-up with a rating 1–5 and the parent's words, or a reason.
    static Result<void> validateClosing(const TicketClosing& closing);
};

} // namespace Kindred
