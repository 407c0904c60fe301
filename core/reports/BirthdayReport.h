// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// Birthdays in the period (usually this month): the date, the child, the room, the age they turn,
// and whether the family consented to photos, so a celebration is photographed only where allowed.
// A 29 February birthday is celebrated on 28 February in other years.
class BirthdayReport
{
    Q_DECLARE_TR_FUNCTIONS(BirthdayReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
    // The child's birthday in `year`.
    static QDate birthdayIn(QDate dateOfBirth, int year);
};

} // namespace Kindred
