// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// Enrolment and capacity for the owners: per room its age band, ratio and capacity, the enrolled
// children, the places free, occupancy, the staff that full enrolment needs, the waitlisted
// children whose age (on the last day of the period) fits the room, and how many children attended
// on an average day of the period.
class EnrolmentReport
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentReport)

public:
    struct RoomLine
    {
        qint64 roomId = 0;
        QString room;
        QString ageBand;
        QString ratio;
        int capacity = 0;
        int enrolled = 0;
        int waitlist = 0;
        int staffNeeded = 0;
        double averageAttending = 0;
    };

    static Result<QList<RoomLine>> compute(Database& database, const ReportRequest& request);
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
