// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketWorkflow.h"

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

Result<void> TicketWorkflow::validateClosing(const TicketClosing& closing)
{
    if (closing.followUp) {
        const TicketFollowUp& followUp = *closing.followUp;
        if (followUp.rating < 1 || followUp.rating > 5) {
            return fieldError(QStringLiteral("followUp.rating"),
                              tr("Nothing was changed: record the parent's rating from 1 to 5."));
        }
        if (followUp.words.trimmed().isEmpty()) {
            return fieldError(QStringLiteral("followUp.words"),
                              tr("Nothing was changed: write down what the parent said at the follow-up."));
        }
        return {};
    }
    if (closing.noFollowUpReason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("noFollowUpReason"),
                          tr("Nothing was changed: a ticket is closed only after asking the parent. Record their "
                             "follow-up, or why no follow-up was possible."));
    }
    return {};
}

Result<TicketStatus> TicketWorkflow::apply(TicketStatus from, TicketStatus to, const Step& step)
{
    if (auto allowed = checkTransition(from, to); !allowed) {
        return allowed.error();
    }
    switch (to) {
    case TicketStatus::Resolved:
        if (step.resolutionSummary.trimmed().isEmpty()) {
            return fieldError(QStringLiteral("resolutionSummary"),
                              tr("Nothing was changed: write a short summary of how this was resolved."));
        }
        break;
    case TicketStatus::Closed:
        if (auto valid = validateClosing(step.closing); !valid) {
            return valid.error();
        }
        if (step.closing.followUp && !step.closing.followUp->satisfied) {
            return TicketStatus::Reopened;
        }
        break;
    case TicketStatus::Reopened:
        if (step.reason.trimmed().isEmpty()) {
            return fieldError(QStringLiteral("reason"), tr("Nothing was changed: say why the ticket is reopened."));
        }
        break;
    default:
        break;
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
