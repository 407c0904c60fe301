// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace Kindred {

// A child at the centre on one day of generated history, with the minutes (after midnight, local)
// they arrived and left.
struct HistoryPresence
{
    qint64 childId = 0;
    qint64 familyId = 0;
    qint64 guardianId = 0;
    int in = 0;
    int out = 0;
    qint64 siteId = 0; // the child's site, where what happens to them is recorded
};

// HistoryGenerator's incidents and tickets: on each day, a few incidents per hundred children a
// month (injuries, illness, behaviour, medication, near misses…) with the children (of one site) and staff
// involved, at the child's site, the parent told and most signed off; and parents' tickets (complaints, concerns,
// questions, suggestions, compliments), at the site of the child they are about, moved through TicketWorkflow's steps —
// most resolved and closed with the parent's follow-up, the recent ones still open. Written with prepared statements
// inside the caller's day transaction; no steps later than `endUtc`. Deterministic for a seed.
class HistoryEvents
{
public:
    // `staffSites` holds the site each of `staff` works at.
    HistoryEvents(const QSqlDatabase& db, quint32 seed, const std::vector<qint64>& staff,
                  const std::vector<qint64>& staffSites, const QDateTime& endUtc);

    Result<void> prepare();
    Result<void> writeDay(QDate day, int offsetSeconds, const std::vector<HistoryPresence>& present);
    void finish();

    qint64 incidents() const { return m_incidents; }
    qint64 tickets() const { return m_tickets; }

    // The index of a staff member at `siteId`: `drawn` when they work there, else the next one who does
    // (`drawn` when nobody does). With one site, always `drawn`: a seed's history stays what it was.
    static std::size_t atSite(const std::vector<qint64>& staffSites, std::size_t drawn, qint64 siteId);

private:
    Result<void> writeIncident(QDate day, int offsetSeconds, const std::vector<HistoryPresence>& present);
    Result<void> writeTicket(QDate day, int offsetSeconds, const HistoryPresence& child);
    Result<void> event(qint64 ticket, const QDateTime& at, qint64 author, const QString& kind, const QString& oldValue,
                       const QString& newValue, const QString& body);
    qint64 randomStaff(qint64 siteId);

    QSqlDatabase m_db;
    QRandomGenerator m_random;
    std::vector<qint64> m_staff;
    std::vector<qint64> m_staffSites;
    QDateTime m_end;
    QHash<qint64, QString> m_guardianNames;
    QSqlQuery m_incident;
    QSqlQuery m_incidentChild;
    QSqlQuery m_incidentStaff;
    QSqlQuery m_ticket;
    QSqlQuery m_ticketChild;
    QSqlQuery m_ticketEvent;
    QSqlQuery m_ticketSearch;
    qint64 m_incidents = 0;
    qint64 m_tickets = 0;
};

} // namespace Kindred
