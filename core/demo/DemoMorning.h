// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

class Clock;
class Database;

// What DemoMorning did to today.
struct DemoMorningSummary
{
    enum class Day { Open, Weekend, BeforeOpening, AfterClosing };
    Day day = Day::Open;
    int staffPresent = 0; // clocked in and not out
    int booked = 0; // children booked today
    int here = 0;
    int goneHome = 0;
    int absent = 0; // a planned absence recorded for today
    int late = 0; // past their booked arrival and the late minutes, not here
    int toCome = 0; // booked later today
};

// Plays the demo centre's today up to now, as the desk would have recorded it: the educators clock in to
// their rooms (and the receptionist and director at the desk) before opening; the children booked today
// whose arrival is past are checked in by a guardian near their booked arrival, siblings together; one
// or two stay late, one or two have a planned absence phoned in the day before, and those whose
// departure is past have gone home. Every step goes through AttendanceService or StaffAttendance with the
// receptionist signed in, at its own instant: the clock stands at that instant while the step is made,
// so the audit trail reads as a morning at the desk. Nothing is recorded after now. At a weekend nothing
// happens; before opening only the staff who are in by now. With several sites each step is made at its
// site's desk: an educator's shift at their room's site, children's stays at theirs (siblings at two sites
// come in at each). Deterministic for a seed and a "now".
// Fails with the first Error a service gives; the steps before it stay recorded.
class DemoMorning
{
    Q_DECLARE_TR_FUNCTIONS(DemoMorning)

public:
    DemoMorning(Database& database, quint32 seed);

    // `restore` is the clock to put back when done (nullptr: the system clock).
    Result<DemoMorningSummary> play(Clock* restore = nullptr);

    // One or two sentences for the person who ran `kindred demo`.
    static QString describe(const DemoMorningSummary& summary);

private:
    Database& m_database;
    quint32 m_seed;
};

} // namespace Kindred
