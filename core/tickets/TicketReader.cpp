// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketReader.h"

#include "base/Clock.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "tickets/TicketSearchStatements.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectTicketSql = QStringLiteral(R"(
    SELECT t.id, t.family_id, f.household_name, t.raised_by_person_id, COALESCE(p.first_name || ' ' || p.last_name, ''),
           t.channel, t.kind, t.category, t.priority, t.subject, t.parent_words, t.status, t.owner_staff_id,
           s.first_name || ' ' || s.last_name, t.created_at, t.acknowledged_at, t.resolved_at, t.closed_at,
           t.due_acknowledge_at, t.due_resolve_at, t.resolution_summary, t.followup_satisfied, t.followup_rating,
           t.followup_words, t.no_followup_reason, t.first_contact_resolution, t.incident_id, t.version,
           (SELECT count(*) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'note'),
           t.site_id, COALESCE(st.name, '')
    FROM tickets t
    JOIN families f ON f.id = t.family_id
    JOIN staff s ON s.id = t.owner_staff_id
    LEFT JOIN people p ON p.id = t.raised_by_person_id
    LEFT JOIN sites st ON st.id = t.site_id
    WHERE t.id = :id)");
const auto SelectSiteSql = QStringLiteral(R"(
    SELECT t.site_id, COALESCE(st.name, '') FROM tickets t LEFT JOIN sites st ON st.id = t.site_id WHERE t.id = :id)");
const auto SelectChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.first_name || ' ' || c.last_name FROM ticket_children tc JOIN children c ON c.id = tc.child_id
    WHERE tc.ticket_id = :id ORDER BY c.first_name)");
const auto SelectCollaboratorsSql = QStringLiteral(R"(
    SELECT s.id, s.first_name || ' ' || s.last_name FROM ticket_collaborators tc JOIN staff s ON s.id = tc.staff_id
    WHERE tc.ticket_id = :id ORDER BY s.first_name, s.last_name)");
const auto SelectTimelineSql = QStringLiteral(R"(
    SELECT e.id, e.at_utc, e.author_staff_id, COALESCE(s.first_name || ' ' || s.last_name, ''), e.kind, e.shared,
           e.old_value, e.new_value, e.body
    FROM ticket_events e LEFT JOIN staff s ON s.id = e.author_staff_id
    WHERE e.ticket_id = :id ORDER BY e.id)");
const auto StaffNameSql = QStringLiteral(R"(SELECT first_name || ' ' || last_name, archived_at IS NULL
                                            FROM staff WHERE id = :id)");
const auto OverdueCountSql = QStringLiteral(R"(
    SELECT COUNT(*) FROM tickets
    WHERE family_id = :family
      AND ((status = 'new' AND due_acknowledge_at < :now1)
           OR (status NOT IN ('resolved', 'closed') AND due_resolve_at < :now2)))");
// Added to the overdue count and to the board when they read one site's tickets. The count finds the family's few
// tickets by tickets_family: "+site_id" keeps SQLite (without statistics) from reading the whole site's instead
// through tickets_site_status; on PostgreSQL the unary plus changes nothing.
const auto OverdueSiteSql = QStringLiteral("\n      AND +site_id = :site");
const auto BoardSiteSql = QStringLiteral("\n      AND t.site_id = :site");

// The board is one statement in two variants (with and without full-text search), assembled from
// these constant pieces and the store's search condition (TicketSearchStatements); every value is bound.
const QString BoardSelectSql = QStringLiteral(R"(
    SELECT t.id, t.family_id, f.household_name, t.subject, t.status, t.kind, t.category, t.priority, t.owner_staff_id,
           s.first_name || ' ' || s.last_name, t.created_at, t.due_acknowledge_at, t.due_resolve_at,
           (t.owner_staff_id = :me1 OR EXISTS (SELECT 1 FROM ticket_collaborators c
                                               WHERE c.ticket_id = t.id AND c.staff_id = :me2)) AS mine,
           ((t.status = 'new' AND t.due_acknowledge_at < :now1)
            OR (t.status NOT IN ('resolved', 'closed') AND t.due_resolve_at < :now2)) AS overdue,
           t.site_id, COALESCE(st.name, '')
    FROM tickets t
    JOIN families f ON f.id = t.family_id
    JOIN staff s ON s.id = t.owner_staff_id
    LEFT JOIN sites st ON st.id = t.site_id
    WHERE (:owner1 = 0 OR t.owner_staff_id = :owner2)
      AND (:family1 = 0 OR t.family_id = :family2)
      AND (:category1 = '' OR t.category = :category2)
      AND (:kind1 = '' OR t.kind = :kind2)
      AND (:status1 = '' OR t.status = :status2)
      AND (:open = 0 OR t.status NOT IN ('resolved', 'closed'))
      AND (:from1 = '' OR t.created_at >= :from2)
      AND (:to1 = '' OR t.created_at < :to2)
      AND (:overdueOnly = 0 OR (t.status = 'new' AND t.due_acknowledge_at < :now3)
           OR (t.status NOT IN ('resolved', 'closed') AND t.due_resolve_at < :now4)))");
const QString BoardOrderSql = QStringLiteral(R"(
    ORDER BY mine DESC, overdue DESC,
             CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,
             t.created_at DESC
    LIMIT :limit)");

QString dayStartUtc(QDate day)
{
    return day.isValid() ? instantText(QDateTime(day, QTime(0, 0), Clock::timeZone())) : QString();
}

} // namespace

QString TicketReader::staffName(const QSqlDatabase& db, qint64 staffId)
{
    StoreQuery query(db);
    query.prepare(StaffNameSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool TicketReader::isActiveStaff(const QSqlDatabase& db, qint64 staffId)
{
    StoreQuery query(db);
    query.prepare(StaffNameSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    return staffId > 0 && query.exec() && query.next() && query.value(1).toBool();
}

Result<Ticket> TicketReader::load(const QSqlDatabase& db, qint64 ticketId)
{
    StoreQuery query(db);
    query.prepare(SelectTicketSql);
    query.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return Error {tr("Ticket %1 is not on file.").arg(ticketId)};
    }
    Ticket t;
    t.id = query.value(0).toLongLong();
    t.familyId = query.value(1).toLongLong();
    t.familyName = query.value(2).toString();
    t.raisedByPersonId = query.value(3).toLongLong();
    t.raisedByName = query.value(4).toString();
    t.channel = ticketChannelFromKey(query.value(5).toString());
    t.kind = ticketKindFromKey(query.value(6).toString());
    t.category = ticketCategoryFromKey(query.value(7).toString());
    t.priority = ticketPriorityFromKey(query.value(8).toString());
    t.subject = query.value(9).toString();
    t.parentWords = query.value(10).toString();
    t.status = ticketStatusFromKey(query.value(11).toString());
    t.ownerId = query.value(12).toLongLong();
    t.ownerName = query.value(13).toString();
    t.createdAt = instantFromSql(query.value(14));
    t.acknowledgedAt = instantFromSql(query.value(15));
    t.resolvedAt = instantFromSql(query.value(16));
    t.closedAt = instantFromSql(query.value(17));
    t.dueAcknowledgeAt = instantFromSql(query.value(18));
    t.dueResolveAt = instantFromSql(query.value(19));
    t.resolutionSummary = query.value(20).toString();
    if (!query.value(21).isNull()) {
        t.followUp = TicketFollowUp {query.value(21).toBool(), query.value(22).toInt(), query.value(23).toString()};
    }
    t.noFollowUpReason = query.value(24).toString();
    t.firstContactResolution = query.value(25).toBool();
    t.incidentId = query.value(26).toLongLong();
    t.version = query.value(27).toInt();
    t.noteCount = query.value(28).toInt();
    t.siteId = query.value(29).toLongLong();
    t.siteName = query.value(30).toString();
    query.finish();

    StoreQuery children(db);
    children.prepare(SelectChildrenSql);
    children.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execRead(children); !done) {
        return done.error();
    }
    while (children.next()) {
        t.childIds << children.value(0).toLongLong();
        t.childNames << children.value(1).toString();
    }
    if (auto done = readComplete(children); !done) {
        return done.error();
    }
    StoreQuery collaborators(db);
    collaborators.prepare(SelectCollaboratorsSql);
    collaborators.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execRead(collaborators); !done) {
        return done.error();
    }
    while (collaborators.next()) {
        t.collaboratorIds << collaborators.value(0).toLongLong();
        t.collaboratorNames << collaborators.value(1).toString();
    }
    if (auto done = readComplete(collaborators); !done) {
        return done.error();
    }
    return t;
}

Result<QList<TicketEvent>> TicketReader::timeline(const QSqlDatabase& db, qint64 ticketId)
{
    QList<TicketEvent> events;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectTimelineSql);
    query.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        TicketEvent e;
        e.id = query.value(0).toLongLong();
        e.ticketId = ticketId;
        e.at = instantFromSql(query.value(1));
        e.authorId = query.value(2).toLongLong();
        e.authorName = query.value(3).toString();
        e.kind = ticketEventKindFromKey(query.value(4).toString());
        e.shared = query.value(5).toBool();
        e.oldValue = query.value(6).toString();
        e.newValue = query.value(7).toString();
        e.body = query.value(8).toString();
        events << e;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return events;
}

Result<QList<TicketSummary>> TicketReader::board(const QSqlDatabase& db, const TicketFilter& filter,
                                                 const QDateTime& now)
{
    QList<TicketSummary> rows;
    const TicketSearchStatements search(db);
    const QString match = search.match(filter.text);
    if (!filter.text.trimmed().isEmpty() && match.isEmpty()) {
        return rows; // nothing searchable was typed: no ticket matches
    }
    const QString nowText = instantText(now);
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    const bool oneSite = filter.siteId != TicketFilter::AllSites;
    query.prepare(BoardSelectSql + (oneSite ? BoardSiteSql : QString())
                  + (match.isEmpty() ? QString() : QStringLiteral("\n      AND ") + search.boardCondition())
                  + BoardOrderSql);
    // A null QString would bind as NULL and make "(:x = '' OR …)" false: bind '' instead.
    const auto bindTwice = [&query](const QString& name, const QVariant& value) {
        const QVariant bound
            = value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral("")) : value;
        query.bindValue(QLatin1Char(':') + name + QLatin1Char('1'), bound);
        query.bindValue(QLatin1Char(':') + name + QLatin1Char('2'), bound);
    };
    bindTwice(QStringLiteral("me"), filter.meStaffId);
    bindTwice(QStringLiteral("owner"), filter.ownerId);
    bindTwice(QStringLiteral("family"), filter.familyId);
    bindTwice(QStringLiteral("category"), filter.category ? ticketCategoryKey(*filter.category) : QString());
    bindTwice(QStringLiteral("kind"), filter.kind ? ticketKindKey(*filter.kind) : QString());
    bindTwice(QStringLiteral("status"), filter.status ? ticketStatusKey(*filter.status) : QString());
    bindTwice(QStringLiteral("from"), dayStartUtc(filter.createdFrom));
    bindTwice(QStringLiteral("to"), filter.createdTo.isValid() ? dayStartUtc(filter.createdTo.addDays(1)) : QString());
    for (const char* name : {":now1", ":now2", ":now3", ":now4"}) {
        query.bindValue(QLatin1String(name), nowText);
    }
    query.bindValue(QStringLiteral(":open"), filter.openOnly ? 1 : 0);
    query.bindValue(QStringLiteral(":overdueOnly"), filter.overdueOnly ? 1 : 0);
    query.bindValue(QStringLiteral(":limit"), filter.limit);
    if (oneSite) {
        query.bindValue(QStringLiteral(":site"), filter.siteId);
    }
    if (!match.isEmpty()) {
        query.bindValue(QStringLiteral(":match"), match);
    }
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        TicketSummary row;
        row.id = query.value(0).toLongLong();
        row.familyId = query.value(1).toLongLong();
        row.familyName = query.value(2).toString();
        row.subject = query.value(3).toString();
        row.status = ticketStatusFromKey(query.value(4).toString());
        row.kind = ticketKindFromKey(query.value(5).toString());
        row.category = ticketCategoryFromKey(query.value(6).toString());
        row.priority = ticketPriorityFromKey(query.value(7).toString());
        row.ownerId = query.value(8).toLongLong();
        row.ownerName = query.value(9).toString();
        row.createdAt = instantFromSql(query.value(10));
        row.dueAcknowledgeAt = instantFromSql(query.value(11));
        row.dueResolveAt = instantFromSql(query.value(12));
        row.mine = query.value(13).toBool();
        row.overdue = query.value(14).toBool();
        row.siteId = query.value(15).toLongLong();
        row.siteName = query.value(16).toString();
        rows << row;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return rows;
}

Result<int> TicketReader::overdueCount(const QSqlDatabase& db, qint64 familyId, const QDateTime& now, qint64 siteId)
{
    const bool oneSite = siteId != TicketFilter::AllSites;
    StoreQuery query(db);
    query.prepare(OverdueCountSql + (oneSite ? OverdueSiteSql : QString()));
    query.bindValue(QStringLiteral(":family"), familyId);
    if (oneSite) {
        query.bindValue(QStringLiteral(":site"), siteId);
    }
    query.bindValue(QStringLiteral(":now1"), instantText(now));
    query.bindValue(QStringLiteral(":now2"), instantText(now));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return 0;
    }
    return query.value(0).toInt();
}

Result<Site> TicketReader::siteOf(const QSqlDatabase& db, qint64 ticketId)
{
    StoreQuery query(db);
    query.prepare(SelectSiteSql);
    query.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return Error {tr("Ticket %1 is not on file.").arg(ticketId)};
    }
    return Site {query.value(0).toLongLong(), query.value(1).toString(), false};
}

} // namespace Kindred
