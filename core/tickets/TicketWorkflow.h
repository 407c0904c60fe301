// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

namespace Kindred {

// The ticket workflow as a pure table, with the inputs each step needs and the fields each step
// stamps on the ticket. No database, no clock: TicketService asks here before it writes anything,
// and TicketStatusWriter writes what stamp() gives.
//
//   new → acknowledged | in progress | waiting for parent | resolved (acknowledged on the way)
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
    // Every problem with a step's inputs at once, each at its field (the names apply() gives), for a form to
    // show them all: a missing summary, rating, words or reason, or a text longer than FieldLimits::Notes.
    static FieldProblems stepProblems(TicketStatus to, const Step& step);
    // The follow-up rules alone: a follow-up with a rating 1–5 and the parent's words, or a reason.
    static FieldProblems closingProblems(const TicketClosing& closing);
    static Result<void> validateClosing(const TicketClosing& closing);

    // A step's effect on the ticket, and the words of its status line on the timeline.
    struct Stamped
    {
        Ticket ticket;
        QString reason; // the status line's words, also the audit entry's reason
        bool shared = false; // whether the status line is the parent's to see
        // The step left New for a status other than Acknowledged: acknowledgedAt is stamped at the same
        // instant, and the writer records New → Acknowledged as passed before the step's own line.
        bool acknowledgedOnTheWay = false;
    };
    // The ticket after moving to `to`, a step apply() allowed and that ends in `outcome`, at `now`:
    // acknowledging (or leaving New by any other step) stamps acknowledgedAt; resolving stamps resolvedAt, the trimmed
    // summary and whether it was resolved at first contact; closing keeps the follow-up (or the reason there is none)
    // and stamps closedAt, unless the parent was not satisfied; ending in Reopened clears resolvedAt and closedAt and
    // sets dueResolveAt to `reopenedDueResolveAt` (the resolve target counted from now).
    static Stamped stamp(const Ticket& before, TicketStatus to, TicketStatus outcome, const Step& step,
                         const QDateTime& now, const QDateTime& reopenedDueResolveAt = {}, bool firstContact = false);
};

} // namespace Kindred
