// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCentreBuilder.h"

#include "base/Clock.h"
#include "centre/CentreSettings.h"

namespace Kindred {

Result<DemoBuildSummary> DemoCentreBuilder::build(Database& database, const DemoBuildOptions& options, Clock* restore)
{
    DemoBuildSummary summary;
    auto centre = DemoCentreGenerator(database).generate(options.centre);
    if (!centre) {
        return centre.error();
    }
    summary.centre = centre.value();
    CentreSettings::applyTimeZone(database);
    if (options.historyDays > 0) {
        HistoryOptions history;
        history.days = options.historyDays;
        history.seed = options.centre.seed;
        auto written = HistoryGenerator(database).generate(history);
        if (!written) {
            return written.error();
        }
        summary.history = written.value();
    }
    if (options.recentDays) {
        auto cases = DemoCases(database, options.centre.seed).write(restore);
        if (!cases) {
            return cases.error();
        }
        summary.cases = cases.value();
        auto today = DemoMorning(database, options.centre.seed).play(restore);
        if (!today) {
            return today.error();
        }
        summary.today = today.value();
    }
    return summary;
}

} // namespace Kindred
