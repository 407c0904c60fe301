// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketService.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/FieldLimits.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "store/Database.h"
#include "store/FieldChanges.h"
#include "store/InsertId.h"
#include "store/RecordVersion.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"
#include "tickets/TicketReader.h"
#include "tickets/TicketStatusWriter.h"
#include "tickets/TicketWriter.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto TicketVersionSql = QStringLiteral(R"(SELECT version FROM tickets WHERE id = :id)");

const auto FamilySql = QStringLiteral(R"(SELECT 1 FROM families WHERE id = :id AND archived_at IS NULL)");
const auto PersonSql = QStringLiteral(R"(SELECT 1 FROM people WHERE id = :id AND family_id = :family)");
const auto ChildSql = QStringLiteral(R"(SELECT 1 FROM children WHERE id = :id AND family_id = :family)");
const auto InsertTicketSql = QStringLiteral(R"(
    INSERT INTO tickets (family_id, raised_by_person_id, channel, kind, category, priority, subject, parent_words,
                         status, owner_staff_id, created_by_staff_id, created_at, due_acknowledge_at, due_resolve_at,
                         site_id)
    VALUES (:family, :person, :channel, :kind, :category, :priority, :subject, :words, 'new', :owner, :creator, :now,
            :dueAck, :dueResolve, :site) RETURNING id)");
const auto InsertChildSql = QStringLiteral(R"(INSERT INTO ticket_children (ticket_id, child_id) VALUES (:t, :c))");
const auto UpdateOwnerSql = QStringLiteral(R"(UPDATE tickets SET owner_staff_id = :owner WHERE id = :id)");
const auto InsertCollaboratorSql
    = QStringLiteral(R"(INSERT INTO ticket_collaborators (ticket_id, staff_id) VALUES (:t, :s))");
const auto DeleteCollaboratorSql
    = QStringLiteral(R"(DELETE FROM ticket_collaborators WHERE ticket_id = :t AND staff_id = :s)");
const auto IncidentSql = QStringLiteral(R"(SELECT 1 FROM incidents WHERE id = :id)");
const auto UpdateIncidentSql = QStringLiteral(R"(UPDATE tickets SET incident_id = :incident WHERE id = :id)");

bool exists(const QSqlDatabase& db, const QString& sql, qint64 id, qint64 familyId = 0)
{
    StoreQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    if (familyId) {
        query.bindValue(QStringLiteral(":family"), familyId);
    }
    return query.exec() && query.next();
}

QString joinedIds(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

// What a refused stale change compares, with the words for the desk. Each change writes only its own
// columns (the owner, the status and its times, a collaborator, a note), so nothing else is rewritten.
RecordFields ticketFields(const Ticket& t)
{
    QString followUp = t.noFollowUpReason;
    if (t.followUp) {
        followUp
            += QStringLiteral("|%1|%2|%3").arg(t.followUp->satisfied).arg(t.followUp->rating).arg(t.followUp->words);
    }
    return {
        {QStringLiteral("status"), TicketService::tr("status"), ticketStatusKey(t.status)},
        {QStringLiteral("owner_staff_id"), TicketService::tr("owner"), t.ownerId},
        {QStringLiteral("collaborators"), TicketService::tr("collaborators"), joinedIds(t.collaboratorIds),
         RecordField::Noun::Plural},
        {QStringLiteral("priority"), TicketService::tr("priority"), ticketPriorityKey(t.priority)},
        {QStringLiteral("category"), TicketService::tr("category"), ticketCategoryKey(t.category)},
        {QStringLiteral("subject"), TicketService::tr("subject"), t.subject},
        {QStringLiteral("parent_words"), TicketService::tr("the parent's words"), t.parentWords,
         RecordField::Noun::Plural},
        {QStringLiteral("children"), TicketService::tr("children"), joinedIds(t.childIds), RecordField::Noun::Plural},
        {QStringLiteral("resolution_summary"), TicketService::tr("resolution"), t.resolutionSummary},
        {QStringLiteral("followup"), TicketService::tr("follow-up"), followUp},
        {QStringLiteral("incident_id"), TicketService::tr("linked incident"), t.incidentId},
        {QStringLiteral("notes"), TicketService::tr("notes"), t.noteCount, RecordField::Noun::Plural}};
}

} // namespace

TicketService::TicketService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_settings(database, session)
    , m_targets(m_settings)
{ }

qint64 TicketService::actorId() const
{
    return m_session.actorId();
}

qint64 TicketService::stationSiteId() const
{
    return m_session.siteId();
}

FieldProblems TicketService::draftProblems(const TicketDraft& draft, qint64 ownerId) const
{
    FieldProblems found;
    const QSqlDatabase db = m_database.connection();
    if (draft.familyId <= 0 || !exists(db, FamilySql, draft.familyId)) {
        found.add(QStringLiteral("familyId"), tr("Nothing was saved: choose the family this is about."));
    } else {
        if (draft.raisedByPersonId > 0 && !exists(db, PersonSql, draft.raisedByPersonId, draft.familyId)) {
            found.add(QStringLiteral("raisedByPersonId"),
                      tr("Nothing was saved: the parent raising this is not an adult of that family."));
        }
        for (qint64 childId : draft.childIds) {
            if (!exists(db, ChildSql, childId, draft.familyId)) {
                found.add(QStringLiteral("childIds"),
                          tr("Nothing was saved: one of the children chosen is not of that family."));
                break;
            }
        }
    }
    const QString subject = draft.subject.trimmed();
    if (subject.isEmpty()) {
        found.add(QStringLiteral("subject"), tr("Nothing was saved: give the ticket a short subject."));
    } else if (subject.size() > FieldLimits::TicketSubject) {
        found.add(QStringLiteral("subject"),
                  tr("Nothing was saved: keep the subject under %1 characters; the details go in the "
                     "parent's words.")
                      .arg(FieldLimits::TicketSubject));
    }
    found.checkLength(QStringLiteral("parentWords"), draft.parentWords.trimmed(), FieldLimits::TicketDescription);
    if (!TicketReader::isActiveStaff(db, ownerId)) {
        found.add(QStringLiteral("ownerId"), tr("Nothing was saved: choose the staff member who owns this."));
    }
    if (draft.resolvedAtFirstContact && draft.resolutionSummary.trimmed().isEmpty()) {
        found.add(QStringLiteral("resolutionSummary"), tr("Nothing was saved: say how it was resolved on the spot."));
    } else {
        found.checkLength(QStringLiteral("resolutionSummary"), draft.resolutionSummary.trimmed(),
                          FieldLimits::TicketDescription);
    }
    return found;
}

FieldProblems TicketService::problems(const TicketDraft& draft) const
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        FieldProblems refused;
        refused.add(QString(), allowed.errorString());
        return refused;
    }
    return draftProblems(draft, draft.ownerId > 0 ? draft.ownerId : m_session.actorId());
}

Result<void> TicketService::validateDraft(const TicketDraft& draft, qint64 ownerId) const
{
    return draftProblems(draft, ownerId).result();
}

Result<qint64> TicketService::capture(const TicketDraft& draft)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    const qint64 ownerId = draft.ownerId > 0 ? draft.ownerId : m_session.actorId();
    if (auto valid = validateDraft(draft, ownerId); !valid) {
        return valid.error();
    }
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<qint64> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        const QDateTime now = Clock::currentDateTimeUtc();
        const auto dueAck = m_targets.dueToAcknowledge(now, draft.priority);
        if (!dueAck) {
            return dueAck.error();
        }
        const auto dueResolve = m_targets.dueToResolve(now, draft.priority);
        if (!dueResolve) {
            return dueResolve.error();
        }
        if (auto open = SiteService::requireOpen(db, m_session.siteId()); !open) {
            return open.error();
        }
        StoreQuery insert(db);
        insert.prepare(InsertTicketSql);
        insert.bindValue(QStringLiteral(":family"), draft.familyId);
        insert.bindValue(QStringLiteral(":person"), sqlId(draft.raisedByPersonId));
        insert.bindValue(QStringLiteral(":channel"), ticketChannelKey(draft.channel));
        insert.bindValue(QStringLiteral(":kind"), ticketKindKey(draft.kind));
        insert.bindValue(QStringLiteral(":category"), ticketCategoryKey(draft.category));
        insert.bindValue(QStringLiteral(":priority"), ticketPriorityKey(draft.priority));
        insert.bindValue(QStringLiteral(":subject"), draft.subject.trimmed());
        insert.bindValue(QStringLiteral(":words"), sqlText(draft.parentWords.trimmed()));
        insert.bindValue(QStringLiteral(":owner"), ownerId);
        insert.bindValue(QStringLiteral(":creator"), sqlId(m_session.actorId()));
        insert.bindValue(QStringLiteral(":site"), m_session.siteId()); // raised at this station's site
        insert.bindValue(QStringLiteral(":now"), instantText(now));
        insert.bindValue(QStringLiteral(":dueAck"), instantText(dueAck.value()));
        insert.bindValue(QStringLiteral(":dueResolve"), instantText(dueResolve.value()));
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        const qint64 id = newId.value();
        QJsonArray children;
        for (qint64 childId : draft.childIds) {
            StoreQuery child(db);
            child.prepare(InsertChildSql);
            child.bindValue(QStringLiteral(":t"), id);
            child.bindValue(QStringLiteral(":c"), childId);
            if (auto done = execQuery(child); !done) {
                return done.error();
            }
            children.append(childId);
        }
        const QString ownerName = TicketReader::staffName(db, ownerId);
        const QJsonObject details {{QStringLiteral("familyId"), draft.familyId},
                                   {QStringLiteral("raisedByPersonId"), draft.raisedByPersonId},
                                   {QStringLiteral("childIds"), children},
                                   {QStringLiteral("channel"), ticketChannelKey(draft.channel)},
                                   {QStringLiteral("kind"), ticketKindKey(draft.kind)},
                                   {QStringLiteral("category"), ticketCategoryKey(draft.category)},
                                   {QStringLiteral("priority"), ticketPriorityKey(draft.priority)},
                                   {QStringLiteral("subject"), draft.subject.trimmed()},
                                   {QStringLiteral("ownerId"), ownerId}};
        const qint64 actor = m_session.actorId();
        if (auto done = TicketWriter::record(db, id, actor, {TicketEventKind::Created, false, {}, {}, {}},
                                             QStringLiteral("create"), details);
            !done) {
            return done.error();
        }
        if (auto done = TicketWriter::appendEvent(db, id, actor, {TicketEventKind::Assigned, false, {}, ownerName, {}});
            !done) {
            return done.error();
        }
        if (draft.resolvedAtFirstContact) {
            // Answered on the spot: acknowledged and resolved in the same contact, through the workflow.
            for (TicketStatus to : {TicketStatus::Acknowledged, TicketStatus::Resolved}) {
                auto moved
                    = TicketStatusWriter::apply(db, m_targets, actor, id, to, {draft.resolutionSummary, {}, {}}, true);
                if (!moved) {
                    return moved.error();
                }
            }
        }
        if (auto indexed = TicketWriter::reindex(db, id); !indexed) {
            return indexed.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return id;
    });
    if (!attempt) {
        return attempt.error();
    }
    const qint64 id = attempt.value();
    emit ticketCaptured(id);
    emit ticketChanged(id);
    return id;
}

Result<qint64> TicketService::siteToRead(qint64 asked) const
{
    const qint64 site = asked == TicketFilter::ThisSite ? m_session.siteId() : asked;
    if (auto allowed = SiteService::requireReader(m_session, site); !allowed) {
        return allowed.error();
    }
    return site;
}

Result<void> TicketService::requireSiteOf(const QSqlDatabase& db, qint64 ticketId) const
{
    const auto site = TicketReader::siteOf(db, ticketId);
    if (!site) {
        return site.error();
    }
    return requireSite(site.value(), ticketId);
}

Result<void> TicketService::requireSite(const Site& site, qint64 ticketId) const
{
    if (site.id == m_session.siteId() || m_session.can(Permission::ViewAllSites)) {
        return SiteService::requireReader(m_session, site.id); // a grant is noted for the write about to begin
    }
    const auto here = SiteService(m_database, m_session).site(m_session.siteId());
    return Error {tr("Ticket %1 belongs to %2, and this station serves %3: it is opened and worked on at %2's "
                     "desk, or by someone who may see every site (ask a director).")
                      .arg(ticketId)
                      .arg(isolated(site.name), here ? isolated(here->name) : tr("another site"))};
}

Result<Ticket> TicketService::ticket(qint64 ticketId) const
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    auto loaded = TicketReader::load(m_database.connection(), ticketId);
    if (!loaded) {
        return loaded;
    }
    // Checked on the ticket as read (it names its site), before anything of it leaves core.
    if (auto here = requireSite(Site {loaded->siteId, loaded->siteName, false}, ticketId); !here) {
        return here.error();
    }
    m_loaded.remember(loaded.value());
    return loaded;
}

Result<QList<TicketEvent>> TicketService::timeline(qint64 ticketId) const
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    if (auto here = requireSiteOf(m_database.connection(), ticketId); !here) {
        return here.error();
    }
    return TicketReader::timeline(m_database.connection(), ticketId);
}

Result<void> TicketService::checkVersion(const QSqlDatabase& db, qint64 ticketId, int loadedVersion) const
{
    if (loadedVersion == 0) {
        return {};
    }
    const auto version = RecordVersion::read(db, TicketVersionSql, ticketId);
    if (!version) {
        return version.error();
    }
    const Ticket* loaded = m_loaded.find(ticketId, loadedVersion);
    if (version.value() == loadedVersion || version.value() == 0 || !loaded) {
        return RecordVersion::check(db, TicketVersionSql, ticketId, loadedVersion, QStringLiteral("ticket"),
                                    tr("this ticket"));
    }
    auto current = TicketReader::load(db, ticketId);
    if (!current) {
        return current.error();
    }
    return RecordVersion::refuse(
        db, QStringLiteral("ticket"), ticketId,
        FieldChanges::clause(tr("this ticket"), FieldChanges::between(ticketFields(*loaded), ticketFields(*current))));
}

Result<void> TicketService::change(qint64 ticketId, int loadedVersion, const ChangeBody& body)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed;
    }
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        if (auto here = requireSiteOf(db, ticketId); !here) {
            return here;
        }
        if (auto current = checkVersion(db, ticketId, loadedVersion); !current) {
            return current;
        }
        auto loaded = TicketReader::load(db, ticketId);
        if (!loaded) {
            return loaded.error();
        }
        if (auto done = body(db, loaded.value()); !done) {
            return done;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit ticketChanged(ticketId);
    return {};
}

Result<void> TicketService::assign(qint64 ticketId, qint64 ownerId, int loadedVersion)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed;
    }
    return change(ticketId, loadedVersion, [&](const QSqlDatabase& db, const Ticket& ticket) -> Result<void> {
        if (!TicketReader::isActiveStaff(db, ownerId)) {
            return fieldError(QStringLiteral("ownerId"), tr("Nothing was changed: choose a current staff member."));
        }
        if (ticket.ownerId == ownerId) {
            return fieldError(QStringLiteral("ownerId"),
                              tr("Nothing was changed: %1 already owns this ticket.").arg(isolated(ticket.ownerName)));
        }
        StoreQuery update(db);
        update.prepare(UpdateOwnerSql);
        update.bindValue(QStringLiteral(":owner"), ownerId);
        update.bindValue(QStringLiteral(":id"), ticketId);
        if (auto done = execQuery(update); !done) {
            return done;
        }
        // The new owner no longer needs to be a collaborator as well.
        StoreQuery uncollaborate(db);
        uncollaborate.prepare(DeleteCollaboratorSql);
        uncollaborate.bindValue(QStringLiteral(":t"), ticketId);
        uncollaborate.bindValue(QStringLiteral(":s"), ownerId);
        if (auto done = execQuery(uncollaborate); !done) {
            return done;
        }
        const TicketWriter::Line line {
            TicketEventKind::Assigned, false, ticket.ownerName, TicketReader::staffName(db, ownerId), {}};
        return TicketWriter::record(db, ticketId, m_session.actorId(), line, QStringLiteral("assign"),
                                    {{QStringLiteral("old"), ticket.ownerId}, {QStringLiteral("new"), ownerId}});
    });
}

Result<void> TicketService::addCollaborator(qint64 ticketId, qint64 staffId, int loadedVersion)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed;
    }
    return change(ticketId, loadedVersion, [&](const QSqlDatabase& db, const Ticket& ticket) -> Result<void> {
        if (!TicketReader::isActiveStaff(db, staffId)) {
            return fieldError(QStringLiteral("staffId"), tr("Nothing was changed: choose a current staff member."));
        }
        if (ticket.ownerId == staffId || ticket.collaboratorIds.contains(staffId)) {
            return fieldError(
                QStringLiteral("staffId"),
                tr("Nothing was changed: %1 already works on this ticket.").arg(TicketReader::staffName(db, staffId)));
        }
        StoreQuery insert(db);
        insert.prepare(InsertCollaboratorSql);
        insert.bindValue(QStringLiteral(":t"), ticketId);
        insert.bindValue(QStringLiteral(":s"), staffId);
        if (auto done = execQuery(insert); !done) {
            return done;
        }
        const TicketWriter::Line line {
            TicketEventKind::CollaboratorAdded, false, {}, TicketReader::staffName(db, staffId), {}};
        return TicketWriter::record(db, ticketId, m_session.actorId(), line, QStringLiteral("collaborator.add"),
                                    {{QStringLiteral("staffId"), staffId}});
    });
}

Result<void> TicketService::removeCollaborator(qint64 ticketId, qint64 staffId, int loadedVersion)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed;
    }
    return change(ticketId, loadedVersion, [&](const QSqlDatabase& db, const Ticket& ticket) -> Result<void> {
        if (!ticket.collaboratorIds.contains(staffId)) {
            return fieldError(QStringLiteral("staffId"),
                              tr("Nothing was changed: that person does not share this ticket."));
        }
        StoreQuery remove(db);
        remove.prepare(DeleteCollaboratorSql);
        remove.bindValue(QStringLiteral(":t"), ticketId);
        remove.bindValue(QStringLiteral(":s"), staffId);
        if (auto done = execQuery(remove); !done) {
            return done;
        }
        const TicketWriter::Line line {
            TicketEventKind::CollaboratorRemoved, false, TicketReader::staffName(db, staffId), {}, {}};
        return TicketWriter::record(db, ticketId, m_session.actorId(), line, QStringLiteral("collaborator.remove"),
                                    {{QStringLiteral("staffId"), staffId}});
    });
}

Result<void> TicketService::addNote(qint64 ticketId, const QString& text, bool sharedWithParent)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed;
    }
    if (text.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("note"), tr("Nothing was saved: the note is empty."));
    }
    if (FieldProblems tooLong;
        !tooLong.checkLength(QStringLiteral("note"), text.trimmed(), FieldLimits::TicketDescription)) {
        return tooLong.first();
    }
    return change(ticketId, 0, [&](const QSqlDatabase& db, const Ticket&) -> Result<void> {
        const TicketWriter::Line line {TicketEventKind::Note, sharedWithParent, {}, {}, text.trimmed()};
        const QJsonObject details {{QStringLiteral("shared"), sharedWithParent},
                                   {QStringLiteral("note"), text.trimmed()}};
        if (auto done = TicketWriter::record(db, ticketId, m_session.actorId(), line, QStringLiteral("note"), details);
            !done) {
            return done;
        }
        return TicketWriter::reindex(db, ticketId);
    });
}

Result<void> TicketService::linkIncident(qint64 ticketId, qint64 incidentId, int loadedVersion)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed;
    }
    if (incidentId <= 0) {
        return fieldError(QStringLiteral("incidentId"), tr("Nothing was changed: type the incident's number."));
    }
    return change(ticketId, loadedVersion, [&](const QSqlDatabase& db, const Ticket& ticket) -> Result<void> {
        if (!exists(db, IncidentSql, incidentId)) {
            return fieldError(QStringLiteral("incidentId"),
                              tr("Nothing was changed: there is no incident number %1.").arg(incidentId));
        }
        StoreQuery update(db);
        update.prepare(UpdateIncidentSql);
        update.bindValue(QStringLiteral(":incident"), incidentId);
        update.bindValue(QStringLiteral(":id"), ticketId);
        if (auto done = execQuery(update); !done) {
            return done;
        }
        const TicketWriter::Line line {TicketEventKind::IncidentLinked,
                                       false,
                                       ticket.incidentId ? QString::number(ticket.incidentId) : QString(),
                                       QString::number(incidentId),
                                       {}};
        return TicketWriter::record(db, ticketId, m_session.actorId(), line, QStringLiteral("incident.link"),
                                    {{QStringLiteral("old"), ticket.incidentId}, {QStringLiteral("new"), incidentId}});
    });
}

Result<TicketStatus> TicketService::transition(qint64 ticketId, TicketStatus to, const TicketWorkflow::Step& step,
                                               int loadedVersion)
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    const auto moved = WriteAttempts::run(db, [&]() -> Result<TicketStatus> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        if (auto here = requireSiteOf(db, ticketId); !here) {
            return here.error();
        }
        if (auto current = checkVersion(db, ticketId, loadedVersion); !current) {
            return current.error();
        }
        auto moved = TicketStatusWriter::apply(db, m_targets, m_session.actorId(), ticketId, to, step);
        if (!moved) {
            return moved;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return moved;
    });
    if (!moved) {
        return moved.error();
    }
    emit ticketChanged(ticketId);
    return moved;
}

Result<TicketStatus> TicketService::acknowledge(qint64 ticketId)
{
    return transition(ticketId, TicketStatus::Acknowledged);
}

Result<TicketStatus> TicketService::resolve(qint64 ticketId, const QString& summary)
{
    return transition(ticketId, TicketStatus::Resolved, {summary, {}, {}});
}

Result<TicketStatus> TicketService::close(qint64 ticketId, const TicketClosing& closing)
{
    return transition(ticketId, TicketStatus::Closed, {{}, closing, {}});
}

Result<TicketStatus> TicketService::reopen(qint64 ticketId, const QString& reason)
{
    return transition(ticketId, TicketStatus::Reopened, {{}, {}, reason});
}

Result<QList<TicketSummary>> TicketService::board(const TicketFilter& filter) const
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    const auto site = siteToRead(filter.siteId);
    if (!site) {
        return site.error();
    }
    TicketFilter f = filter;
    f.siteId = site.value();
    if (f.meStaffId == 0) {
        f.meStaffId = m_session.actorId();
    }
    return TicketReader::board(m_database.connection(), f, Clock::currentDateTimeUtc());
}

Result<QList<TicketSummary>> TicketService::search(const QString& text, int limit, qint64 siteId) const
{
    TicketFilter filter;
    filter.text = text;
    filter.limit = limit;
    filter.siteId = siteId;
    return board(filter);
}

Result<int> TicketService::overdueTicketCount(qint64 familyId) const
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    return TicketReader::overdueCount(m_database.connection(), familyId, Clock::currentDateTimeUtc(),
                                      m_session.siteId());
}

Result<QList<TicketSummary>> TicketService::overdueTickets(qint64 familyId) const
{
    TicketFilter filter;
    filter.familyId = familyId;
    filter.overdueOnly = true;
    return board(filter);
}

Result<QList<TicketSummary>> TicketService::familyTickets(qint64 familyId) const
{
    if (auto allowed = m_session.require(Permission::ManageTickets); !allowed) {
        return allowed.error();
    }
    TicketFilter filter;
    filter.familyId = familyId;
    filter.siteId = TicketFilter::AllSites; // the family's, wherever raised: see the header
    filter.meStaffId = m_session.actorId();
    return TicketReader::board(m_database.connection(), filter, Clock::currentDateTimeUtc());
}

} // namespace Kindred
