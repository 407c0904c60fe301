// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TicketHistoryReport.h"

#include "base/Clock.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "tickets/TicketReader.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto FamilyTicketsSql = QStringLiteral(R"(SELECT id FROM tickets WHERE family_id = :family ORDER BY created_at)");
const auto FamilyNameSql = QStringLiteral(R"(SELECT household_name FROM families WHERE id = :family)");

// What the parents may read of one timeline line, or nothing for what stays internal.
QString sharedText(const TicketEvent& event)
{
    switch (event.kind) {
    case TicketEventKind::Created:
        return TicketHistoryReport::tr("Raised with us");
    case TicketEventKind::Status: {
        const QString status = ticketStatusName(ticketStatusFromKey(event.newValue));
        return event.shared && !event.body.isEmpty() ? status + QStringLiteral(": ") + event.body : status;
    }
    case TicketEventKind::Note:
    case TicketEventKind::FollowUp:
        return event.shared ? event.describe() : QString();
    default:
        return {};
    }
}

} // namespace

Result<ReportDocument> TicketHistoryReport::build(Database& database, const Session& session, qint64 familyId)
{
    if (auto allowed = session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = database.connection();
    StoreQuery family(db);
    family.prepare(FamilyNameSql);
    family.bindValue(QStringLiteral(":family"), familyId);
    if (auto done = execQuery(family); !done) {
        return done.error();
    }
    if (!family.next()) {
        return Error {tr("That family is not on file.")};
    }
    const QString familyName = family.value(0).toString();
    family.finish();

    QList<qint64> ids;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(FamilyTicketsSql);
    query.bindValue(QStringLiteral(":family"), familyId);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.finish();

    const QLocale locale;
    const QTimeZone zone = Clock::timeZone();
    const auto when = [&](const QDateTime& at) { return locale.toString(at.toTimeZone(zone), QLocale::ShortFormat); };
    ReportDocument doc;
    if (auto filled = ReportHeader::fillCentre(database, doc, tr("Our centre"), false); !filled) {
        return filled.error();
    }
    doc.title = tr("Your feedback and how we acted: %1 family").arg(familyName);
    doc.subtitle = tr("As of %1").arg(locale.toString(Clock::currentDate(), QLocale::LongFormat));
    doc.generatedAt = Clock::currentDateTime();
    if (ids.isEmpty()) {
        doc.addParagraph(tr("No feedback, questions or complaints are on file for this family."));
    }
    for (qint64 id : std::as_const(ids)) {
        auto loaded = TicketReader::load(db, id);
        if (!loaded) {
            return loaded.error();
        }
        const Ticket& t = loaded.value();
        doc.addHeading(tr("%1 no. %2: %3").arg(ticketKindName(t.kind)).arg(t.id).arg(t.subject));
        QList<QPair<QString, QString>> facts {
            {tr("Raised"), when(t.createdAt)},
            {tr("By"), t.raisedByName.isEmpty() ? QStringLiteral("—") : t.raisedByName},
            {tr("Children"), t.childNames.isEmpty() ? QStringLiteral("—") : t.childNames.join(QStringLiteral(", "))},
            {tr("How"), ticketChannelName(t.channel)},
            {tr("About"), ticketCategoryName(t.category)},
            {tr("Status"), ticketStatusName(t.status)},
        };
        if (!t.parentWords.isEmpty()) {
            facts << qMakePair(tr("What you told us"), t.parentWords);
        }
        doc.addKeyValues(facts);

        ReportDocument::Table steps;
        steps.columns << ReportDocument::Column {tr("When"), 1.2} << ReportDocument::Column {tr("Who"), 1.2}
                      << ReportDocument::Column {tr("What happened"), 3.6};
        auto timeline = TicketReader::timeline(db, id);
        if (!timeline) {
            return timeline.error();
        }
        for (const TicketEvent& event : std::as_const(timeline.value())) {
            const QString text = sharedText(event);
            if (!text.isEmpty()) {
                steps.rows << QStringList {when(event.at), event.authorName, text};
            }
        }
        doc.addTable(steps);

        QList<QPair<QString, QString>> outcome;
        if (!t.resolutionSummary.isEmpty()) {
            outcome << qMakePair(tr("Resolution"), t.resolutionSummary);
        }
        if (t.followUp) {
            outcome << qMakePair(tr("Your follow-up"),
                                 tr("%1, %2 of 5: %3")
                                     .arg(t.followUp->satisfied ? tr("satisfied") : tr("not satisfied"))
                                     .arg(t.followUp->rating)
                                     .arg(t.followUp->words));
        } else if (!t.noFollowUpReason.isEmpty()) {
            outcome << qMakePair(tr("Follow-up"), t.noFollowUpReason);
        }
        if (!outcome.isEmpty()) {
            doc.addKeyValues(outcome);
        }
    }
    doc.addSignatures({tr("Parent or guardian"), tr("Director")});
    return doc;
}

} // namespace Kindred
