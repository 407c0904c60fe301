// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>
#include <QTime>

namespace Kindred {

class Database;

// Ratio compliance for the licensing inspector: for each day of the period, each room and each
// 15-minute step of the opening hours (SettingsService::OpeningTime to ClosingTime, in the centre's
// zone), the children checked in against the staff clocked in to that room, compared with what the
// room's ratio requires (Room::staffRequiredFor). Steps short of staff are breaches; consecutive
// ones are listed as one breach. A stay with no check-out counts until closing time (or now, today).
// Each day's stays and shifts are read on their own, so memory stays at one day's worth.
class RatioComplianceReport
{
    Q_DECLARE_TR_FUNCTIONS(RatioComplianceReport)

public:
    static constexpr int StepMinutes = 15;

    struct Step
    {
        QDate day;
        QTime time; // local
        qint64 roomId = 0;
        int children = 0;
        int staff = 0;
        int required = 0;

        bool isBreach() const { return staff < required; }
    };
    struct Breach
    {
        QDate day;
        qint64 roomId = 0;
        QTime from;
        QTime to; // end of the last short step
        int maxChildren = 0;
        int minStaff = 0;
        int required = 0; // at the worst step
    };
    struct Figures
    {
        QList<Step> steps; // only steps with a child or a staff member in the room
        QList<Breach> breaches;
        int stepsChecked = 0;
    };

    static Result<Figures> compute(Database& database, const ReportRequest& request);
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
