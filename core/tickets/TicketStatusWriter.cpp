// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketStatusWriter.h"

#include "base/Clock.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "tickets/ServiceTargets.h"
#include "tickets/TicketReader.h"
#include "tickets/TicketWriter.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kindred {
namespace {

struct TransitionText
{
    Q_DECLARE_TR_FUNCTIONS(TicketStatusWriter)
};

const auto UpdateStateSql = QStringLiteral(R"(
    UPDATE tickets SET status = :status, acknowledged_at = :ack, resolved_at = :resolved, closed_at = :closed,
        due_resolve_at = :dueResolve, resolution_summary = :summary, followup_satisfied = :satisfied,
        followup_rating = :rating, followup_words = :words, no_followup_reason = :reason,
        first_contact_resolution = :firstContact
    WHERE id = :id)");

Result<void> writeState(const QSqlDatabase& db, const Ticket& t)
{
    StoreQuery update(db);
    update.prepare(UpdateStateSql);
    update.bindValue(QStringLiteral(":status"), ticketStatusKey(t.status));
    update.bindValue(QStringLiteral(":ack"), sqlInstant(t.acknowledgedAt));
    update.bindValue(QStringLiteral(":resolved"), sqlInstant(t.resolvedAt));
    update.bindValue(QStringLiteral(":closed"), sqlInstant(t.closedAt));
    update.bindValue(QStringLiteral(":dueResolve"), sqlInstant(t.dueResolveAt));
    update.bindValue(QStringLiteral(":summary"), sqlText(t.resolutionSummary));
    update.bindValue(QStringLiteral(":satisfied"),
                     t.followUp ? QVariant(t.followUp->satisfied ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
    update.bindValue(QStringLiteral(":rating"),
                     t.followUp ? QVariant(t.followUp->rating) : QVariant(QMetaType::fromType<int>()));
    update.bindValue(QStringLiteral(":words"), sqlText(t.followUp ? t.followUp->words : QString()));
    update.bindValue(QStringLiteral(":reason"), sqlText(t.noFollowUpReason));
    update.bindValue(QStringLiteral(":firstContact"), t.firstContactResolution ? 1 : 0);
    update.bindValue(QStringLiteral(":id"), t.id);
    return execQuery(update);
}

QString followUpText(const TicketFollowUp& followUp)
{
    return (followUp.satisfied ? TransitionText::tr("satisfied") : TransitionText::tr("not satisfied"))
        + QStringLiteral(", ") + TransitionText::tr("%1 of 5").arg(followUp.rating) + QStringLiteral(" — ")
        + followUp.words.trimmed();
}

} // namespace

Result<TicketStatus> TicketStatusWriter::apply(const QSqlDatabase& db, const ServiceTargets& targets, qint64 actorId,
                                               qint64 ticketId, TicketStatus to, const TicketWorkflow::Step& step,
                                               bool firstContact)
{
    auto loaded = TicketReader::load(db, ticketId);
    if (!loaded) {
        return loaded.error();
    }
    const Ticket before = loaded.value();
    auto outcome = TicketWorkflow::apply(before.status, to, step);
    if (!outcome) {
        return outcome.error();
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    QDateTime reopenedDue;
    if (outcome.value() == TicketStatus::Reopened) {
        const auto due = targets.dueToResolve(now, before.priority);
        if (!due) {
            return due.error();
        }
        reopenedDue = due.value();
    }
    const TicketWorkflow::Stamped stamped
        = TicketWorkflow::stamp(before, to, outcome.value(), step, now, reopenedDue, firstContact);
    const Ticket& after = stamped.ticket;
    const QString& reason = stamped.reason;
    const bool shared = stamped.shared;
    if (auto written = writeState(db, after); !written) {
        return written.error();
    }
    if (stamped.acknowledgedOnTheWay) {
        // The skipped step, recorded as passed on the timeline and in the audit, before the step's own line.
        const QString passed = TransitionText::tr("Acknowledged on the way");
        const QString acknowledged = ticketStatusKey(TicketStatus::Acknowledged);
        const TicketWriter::Line line {TicketEventKind::Status, false, ticketStatusKey(before.status), acknowledged,
                                       passed};
        const QJsonObject details {{QStringLiteral("old"), ticketStatusKey(before.status)},
                                   {QStringLiteral("new"), acknowledged},
                                   {QStringLiteral("passed"), true}};
        if (auto done = TicketWriter::record(db, ticketId, actorId, line, QStringLiteral("status"), details, passed);
            !done) {
            return done.error();
        }
    }
    if (to == TicketStatus::Closed && after.followUp) {
        const TicketWriter::Line line {TicketEventKind::FollowUp, true, {}, {}, followUpText(*after.followUp)};
        if (auto done = TicketWriter::appendEvent(db, ticketId, actorId, line); !done) {
            return done.error();
        }
    }
    const TicketStatus from = stamped.acknowledgedOnTheWay ? TicketStatus::Acknowledged : before.status;
    const TicketWriter::Line line {TicketEventKind::Status, shared, ticketStatusKey(from),
                                   ticketStatusKey(after.status), reason};
    QJsonObject details {{QStringLiteral("old"), ticketStatusKey(from)},
                         {QStringLiteral("new"), ticketStatusKey(after.status)}};
    if (after.followUp && to == TicketStatus::Closed) {
        details.insert(QStringLiteral("followUp"),
                       QJsonObject {{QStringLiteral("satisfied"), after.followUp->satisfied},
                                    {QStringLiteral("rating"), after.followUp->rating},
                                    {QStringLiteral("words"), after.followUp->words}});
    }
    if (auto done = TicketWriter::record(db, ticketId, actorId, line, QStringLiteral("status"), details, reason);
        !done) {
        return done.error();
    }
    if (to == TicketStatus::Closed) {
        if (auto indexed = TicketWriter::reindex(db, ticketId); !indexed) {
            return indexed.error();
        }
    }
    return after.status;
}

} // namespace Kindred
