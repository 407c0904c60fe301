// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// The complaint and feedback summary for the catalogue: TicketReport's figures (per month and
// category: counts by kind, median hours to acknowledge and resolve, targets missed, first-contact
// resolutions, satisfaction) for every month the period touches, under the common report header.
// Tickets belong to families, not rooms, so the room filter does not apply.
class TicketSummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(TicketSummaryReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
