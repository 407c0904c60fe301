// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// The incident log for the licensing inspector: every incident that occurred in the period (the
// centre's calendar days), involving a child of the room when one is chosen, oldest first: when,
// kind, children, where, what happened and what was done, who told which parent and when, follow-up,
// sign-off and acknowledgement. Incidents reportable to the licensing authority are highlighted;
// counts by kind close the log. The rows are streamed in time order (incidents_occurred index).
class IncidentLogReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentLogReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
