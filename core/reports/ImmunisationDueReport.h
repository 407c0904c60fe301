// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// Immunisations due: for each enrolled child (per room), the doses of the centre's schedule that
// are due or overdue on the last day of the period (ImmunisationSchedule's rule: due from the age,
// overdue 30 days later), and those falling due within the period. Overdue doses are highlighted.
// The doses given are streamed in child order, one child's at a time.
class ImmunisationDueReport
{
    Q_DECLARE_TR_FUNCTIONS(ImmunisationDueReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
