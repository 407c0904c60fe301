// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

class Clock;
class Database;

struct DemoCasesSummary
{
    int tickets = 0;
    int openTickets = 0;
    int incidents = 0;
    int awaitingAcknowledgement = 0;
    int corrections = 0; // a check-in time corrected, a mistaken check-in voided
};

// The demo centre's recent parents' tickets and incidents, made through TicketService and IncidentService
// by demo staff (the receptionist takes a ticket, the director owns and moves it; an educator logs an
// incident, the director signs it off) on days of the past weeks, each step at its own instant (StepClock):
// complaints, compliments, suggestions, a concern and a question, from new to closed with the parent's
// follow-up rating (one reopened by an unhappy parent); an injury, an illness, a behaviour and a medication
// incident with the parent told, some signed off and acknowledged, a few still awaiting the parent's
// acknowledgement; and a director's corrections of two past check-ins (one time corrected, one voided, with
// their reasons, through AttendanceCorrections). Incidents and corrections happen to children who were at
// the centre that day (from the history HistoryGenerator wrote: run it first); a day with nobody present is
// passed over. With several sites a ticket is raised and an incident logged (by an educator of that site) at
// the site where the child was that day. Deterministic for a seed and a today. Fails with the first Error a service gives.
class DemoCases
{
    Q_DECLARE_TR_FUNCTIONS(DemoCases)

public:
    DemoCases(Database& database, quint32 seed);

    // `restore` is the clock to put back when done (nullptr: the system clock).
    Result<DemoCasesSummary> write(Clock* restore = nullptr);

private:
    Database& m_database;
    quint32 m_seed;
};

} // namespace Kindred
