// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketWorkflow.h"

#include "base/FieldLimits.h"

namespace Kindred {

QList<TicketStatus> TicketWorkflow::nextStatuses(TicketStatus from)
{
    switch (from) {
    case TicketStatus::New:
        // Acknowledging only stamps a time: a new ticket may skip it, and stamp() records it as passed.
        return {TicketStatus::Acknowledged, TicketStatus::InProgress, TicketStatus::WaitingForParent,
                TicketStatus::Resolved};
    case TicketStatus::Acknowledged:
        return {TicketStatus::InProgress, TicketStatus::WaitingForParent, TicketStatus::Resolved};
    case TicketStatus::InProgress:
        return {TicketStatus::WaitingForParent, TicketStatus::Resolved};
    case TicketStatus::WaitingForParent:
        return {TicketStatus::InProgress, TicketStatus::Resolved};
    case TicketStatus::Reopened:
        return {TicketStatus::InProgress, TicketStatus::WaitingForParent, TicketStatus::Resolved};
    case TicketStatus::Resolved:
        return {TicketStatus::Closed, TicketStatus::Reopened};
    case TicketStatus::Closed:
        return {TicketStatus::Reopened};
    }
    return {};
}

bool TicketWorkflow::isAllowed(TicketStatus from, TicketStatus to)
{
    return nextStatuses(from).contains(to);
}

Result<void> TicketWorkflow::checkTransition(TicketStatus from, TicketStatus to)
{
    if (isAllowed(from, to)) {
        return {};
    }
    const QString fromName = ticketStatusName(from);
    const QString toName = ticketStatusName(to);
    if (from == to) {
        return Error {tr("Nothing was changed: the ticket is already %1.").arg(fromName.toLower()),
                      QStringLiteral("status")};
    }
    if (to == TicketStatus::Closed) {
        return Error {tr("Nothing was changed: only a resolved ticket can be closed. Resolve it first."),
                      QStringLiteral("status")};
    }
    if (to == TicketStatus::Reopened) {
        return Error {tr("Nothing was changed: only a resolved or closed ticket can be reopened."),
                      QStringLiteral("status")};
    }
    if (from == TicketStatus::Closed) {
        return Error {tr("Nothing was changed: this ticket is closed. Reopen it to work on it again."),
                      QStringLiteral("status")};
    }
    if (from == TicketStatus::Resolved) {
        return Error {tr("Nothing was changed: this ticket is resolved. Close it with the parent's follow-up, or "
                         "reopen it to work on it again."),
                      QStringLiteral("status")};
    }
    return Error {
        tr("Nothing was changed: a ticket cannot go from %1 to %2.").arg(fromName.toLower(), toName.toLower()),
        QStringLiteral("status")};
}

FieldProblems TicketWorkflow::closingProblems(const TicketClosing& closing)
{
    // In the order of the follow-up form: the parent's words, then their rating.
    FieldProblems found;
    if (closing.followUp) {
        const TicketFollowUp& followUp = *closing.followUp;
        if (followUp.words.trimmed().isEmpty()) {
            found.add(QStringLiteral("followUp.words"),
                      tr("Nothing was changed: write down what the parent said at the follow-up."));
        } else {
            found.checkLength(QStringLiteral("followUp.words"), followUp.words.trimmed(), FieldLimits::Notes);
        }
        if (followUp.rating < 1 || followUp.rating > 5) {
            found.add(QStringLiteral("followUp.rating"),
                      tr("Nothing was changed: record the parent's rating from 1 to 5."));
        }
        return found;
    }
    if (closing.noFollowUpReason.trimmed().isEmpty()) {
        found.add(QStringLiteral("noFollowUpReason"),
                  tr("Nothing was changed: a ticket is closed only after asking the parent. Record their "
                     "follow-up, or why no follow-up was possible."));
    } else {
        found.checkLength(QStringLiteral("noFollowUpReason"), closing.noFollowUpReason.trimmed(), FieldLimits::Notes);
    }
    return found;
}

Result<void> TicketWorkflow::validateClosing(const TicketClosing& closing)
{
    return closingProblems(closing).result();
}

FieldProblems TicketWorkflow::stepProblems(TicketStatus to, const Step& step)
{
    FieldProblems found;
    switch (to) {
    case TicketStatus::Resolved:
        if (step.resolutionSummary.trimmed().isEmpty()) {
            found.add(QStringLiteral("resolutionSummary"),
                      tr("Nothing was changed: write a short summary of how this was resolved."));
        } else {
            found.checkLength(QStringLiteral("resolutionSummary"), step.resolutionSummary.trimmed(),
                              FieldLimits::Notes);
        }
        break;
    case TicketStatus::Closed:
        found.add(closingProblems(step.closing));
        break;
    case TicketStatus::Reopened:
        if (step.reason.trimmed().isEmpty()) {
            found.add(QStringLiteral("reason"), tr("Nothing was changed: say why the ticket is reopened."));
        } else {
            found.checkLength(QStringLiteral("reason"), step.reason.trimmed(), FieldLimits::Notes);
        }
        break;
    default:
        break;
    }
    return found;
}

Result<TicketStatus> TicketWorkflow::apply(TicketStatus from, TicketStatus to, const Step& step)
{
    if (auto allowed = checkTransition(from, to); !allowed) {
        return allowed.error();
    }
    if (const FieldProblems problems = stepProblems(to, step); !problems.isEmpty()) {
        return problems.first();
    }
    if (to == TicketStatus::Closed && step.closing.followUp && !step.closing.followUp->satisfied) {
        return TicketStatus::Reopened;
    }
    return to;
}

TicketWorkflow::Stamped TicketWorkflow::stamp(const Ticket& before, TicketStatus to, TicketStatus outcome,
                                              const Step& step, const QDateTime& now,
                                              const QDateTime& reopenedDueResolveAt, bool firstContact)
{
    Stamped stamped {before, {}, false, false};
    Ticket& after = stamped.ticket;
    after.status = outcome;
    if (before.status == TicketStatus::New && to != TicketStatus::Acknowledged) {
        // Acknowledged on the way: the step it skipped is recorded as passed at the same instant.
        after.acknowledgedAt = now;
        stamped.acknowledgedOnTheWay = true;
    }
    switch (to) {
    case TicketStatus::Acknowledged:
        after.acknowledgedAt = now;
        break;
    case TicketStatus::Resolved:
        after.resolvedAt = now;
        after.resolutionSummary = step.resolutionSummary.trimmed();
        after.firstContactResolution = firstContact;
        stamped.reason = after.resolutionSummary;
        stamped.shared = true; // the outcome is the parent's to know
        break;
    case TicketStatus::Closed:
        after.followUp = step.closing.followUp;
        if (after.followUp) {
            after.followUp->words = after.followUp->words.trimmed();
            after.noFollowUpReason.clear();
        } else {
            after.noFollowUpReason = step.closing.noFollowUpReason.trimmed();
            stamped.reason = after.noFollowUpReason;
        }
        if (after.status == TicketStatus::Closed) {
            after.closedAt = now;
        } else {
            stamped.reason = tr("The parent was not satisfied at the follow-up.");
        }
        break;
    case TicketStatus::Reopened:
        stamped.reason = step.reason.trimmed();
        break;
    default:
        break;
    }
    if (after.status == TicketStatus::Reopened) {
        after.resolvedAt = {};
        after.closedAt = {};
        after.dueResolveAt = reopenedDueResolveAt;
    }
    return stamped;
}

} // namespace Kindred
