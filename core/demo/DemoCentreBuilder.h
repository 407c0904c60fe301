// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "demo/DemoCases.h"
#include "demo/DemoCentreGenerator.h"
#include "demo/DemoMorning.h"
#include "demo/HistoryGenerator.h"

namespace Kindred {

class Clock;

struct DemoBuildOptions
{
    DemoCentreOptions centre;
    // Days of past attendance, absences, late pickups, incidents and tickets up to yesterday (0: none).
    int historyDays = 28;
    // The recent tickets and incidents (DemoCases) and today so far (DemoMorning).
    bool recentDays = true;
};

struct DemoBuildSummary
{
    DemoCentreSummary centre;
    HistorySummary history;
    DemoCasesSummary cases;
    DemoMorningSummary today;
};

// The demo centre as `kindred demo` makes it: the centre (DemoCentreGenerator), a few weeks of history
// (HistoryGenerator), recent tickets and incidents (DemoCases) and today up to now (DemoMorning), so that
// the desk, the board, the roll call, the reports and the dashboard all have something true to show.
// The centre's time zone becomes the clock's (CentreSettings::applyTimeZone) before the history is
// written. `restore` is the clock the steps made at past instants put back (nullptr: the system clock).
// Fails with the first Error; what was written before it stays.
class DemoCentreBuilder
{
public:
    static Result<DemoBuildSummary> build(Database& database, const DemoBuildOptions& options,
                                          Clock* restore = nullptr);
};

} // namespace Kindred
