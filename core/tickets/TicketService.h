// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "centre/SettingsService.h"
#include "centre/Site.h"
#include "store/FieldChanges.h"
#include "tickets/ServiceTargets.h"
#include "tickets/Ticket.h"
#include "tickets/TicketWorkflow.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace Kindred {

class Database;
class Session;

// Parents' tickets: captured, owned and shared, moved through TicketWorkflow, noted, linked to an
// incident. Every change lands in one write transaction together with its timeline line and its
// audit entry, or not at all; each call that fails returns an Error for the person at the desk and
// changes nothing. The acting staff member (Session) is the author of every change.
class TicketService : public QObject
{
    Q_OBJECT

public:
    TicketService(Database& database, Session& session, QObject* parent = nullptr);

    // The staff member acting at this station (0 when nobody is signed in).
    qint64 actorId() const;
    // The site this station serves: its board's, and the one whose tickets anyone with ManageTickets works on.
    qint64 stationSiteId() const;
    ServiceTargets& targets() { return m_targets; }
    const ServiceTargets& targets() const { return m_targets; }

    // Validates and saves a new ticket (owner: draft.ownerId, else the signed-in staff member), with
    // its due instants from ServiceTargets. Returns the new ticket's id.
    Result<qint64> capture(const TicketDraft& draft);
    // Every problem capture() would refuse `draft` for, at once, each naming its field ("subject", "ownerId"…),
    // texts held to FieldLimits; empty when it would be saved. A refused permission is a problem of no field.
    FieldProblems problems(const TicketDraft& draft) const;
    // A ticket of another site than this station's is opened (and changed, below) only by a reader with
    // ViewAllSites; anyone else gets an Error naming both sites. So does timeline().
    Result<Ticket> ticket(qint64 ticketId) const;
    Result<QList<TicketEvent>> timeline(qint64 ticketId) const;

    // The changes below take the version of the ticket the user was looking at (`loadedVersion`, 0: not
    // checked): when the ticket changed since (another desk moved it, assigned it, added a note), nothing
    // is changed and the Error's code is Conflict, saying what changed (compared with the ticket as
    // ticket() gave it at that version), who changed it and when (issue 13, point 4).

    // Gives the ticket a new owner; the previous owner stays on the timeline.
    Result<void> assign(qint64 ticketId, qint64 ownerId, int loadedVersion = 0);
    Result<void> addCollaborator(qint64 ticketId, qint64 staffId, int loadedVersion = 0);
    Result<void> removeCollaborator(qint64 ticketId, qint64 staffId, int loadedVersion = 0);
    // A note on the timeline: internal (staff only) or shared with the parent.
    Result<void> addNote(qint64 ticketId, const QString& text, bool sharedWithParent);
    // Links the ticket to an incident; when the incidents table exists the incident must be on file.
    Result<void> linkIncident(qint64 ticketId, qint64 incidentId, int loadedVersion = 0);

    // Moves the ticket; returns the status it ends in (a dissatisfied follow-up ends in Reopened).
    Result<TicketStatus> transition(qint64 ticketId, TicketStatus to, const TicketWorkflow::Step& step = {},
                                    int loadedVersion = 0);
    Result<TicketStatus> acknowledge(qint64 ticketId);
    Result<TicketStatus> resolve(qint64 ticketId, const QString& summary);
    Result<TicketStatus> close(qint64 ticketId, const TicketClosing& closing);
    Result<TicketStatus> reopen(qint64 ticketId, const QString& reason);

    // The board (see TicketFilter); the signed-in staff member's tickets first unless the filter names one.
    // The tickets of this station's site unless the filter names another site or every site, which needs
    // ViewAllSites (else the Session::require error, and nothing is read).
    Result<QList<TicketSummary>> board(const TicketFilter& filter) const;
    Result<QList<TicketSummary>> search(const QString& text, int limit = 100,
                                        qint64 siteId = TicketFilter::ThisSite) const;
    // What the front desk shows when a family is opened: the family's overdue tickets at this station's site,
    // the ones this desk is to act on.
    Result<int> overdueTicketCount(qint64 familyId) const;
    Result<QList<TicketSummary>> overdueTickets(qint64 familyId) const;
    // Every ticket of the family, at whichever site it was raised (each row names its site): a family is one
    // customer of the chain and may have children at two sites, and a parent asks either desk how their
    // complaint stands. These lines are all another site's desk sees of those tickets; opening one is ticket()'s rule.
    Result<QList<TicketSummary>> familyTickets(qint64 familyId) const;

signals:
    void ticketCaptured(qint64 ticketId);
    void ticketChanged(qint64 ticketId);

private:
    using ChangeBody = std::function<Result<void>(const QSqlDatabase& db, const Ticket& current)>;
    // Runs `body` on the current ticket inside one write transaction; commits and signals when it succeeds.
    // `loadedVersion`: the version the user saw (0: not checked), checked inside the transaction.
    Result<void> change(qint64 ticketId, int loadedVersion, const ChangeBody& body);
    Result<void> checkVersion(const QSqlDatabase& db, qint64 ticketId, int loadedVersion) const;
    // The site a board or search reads: `asked` (TicketFilter::ThisSite: this station's) when it is this
    // station's or the reader has ViewAllSites; otherwise the Session::require error.
    Result<qint64> siteToRead(qint64 asked) const;
    // Ok when ticket `ticketId` is of this station's site, or the reader has ViewAllSites; otherwise an Error
    // naming both sites. An Error too when the ticket is not on file or the read fails.
    Result<void> requireSiteOf(const QSqlDatabase& db, qint64 ticketId) const;
    // The same for a ticket whose site is already read.
    Result<void> requireSite(const Site& site, qint64 ticketId) const;
    FieldProblems draftProblems(const TicketDraft& draft, qint64 ownerId) const;
    Result<void> validateDraft(const TicketDraft& draft, qint64 ownerId) const;

    Database& m_database;
    Session& m_session;
    // What this desk was shown, so that a refused stale change can name what another desk changed.
    mutable LoadedCopies<Ticket> m_loaded;
    SettingsService m_settings;
    ServiceTargets m_targets;
};

} // namespace Kindred
