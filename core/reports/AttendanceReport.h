// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// Monthly (or any period's) attendance: for each child the days attended, the hours (real elapsed
// time between check-in and check-out, so a daylight-saving day is right), the absences recorded
// and the stays never checked out; then the same per room. Days are the centre's calendar days.
// The attendance rows are streamed in day order through a forward-only query and folded per child
// as they come: memory grows with the number of children, not with the number of rows.
class AttendanceReport
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceReport)

public:
    struct ChildLine
    {
        qint64 childId = 0;
        QString name;
        QString room; // the child's room today
        int days = 0;
        qint64 seconds = 0;
        int absences = 0;
        int notCheckedOut = 0;
    };
    struct RoomLine
    {
        qint64 roomId = 0; // 0: no room recorded
        QString room;
        int children = 0;
        int childDays = 0;
        qint64 seconds = 0;
        int openDays = 0; // distinct days with anyone attending
    };
    struct Figures
    {
        QList<ChildLine> children;
        QList<RoomLine> rooms;
        int childDays = 0;
        qint64 seconds = 0;
        int absences = 0;
        int openDays = 0;
    };

    // Fails with a message when the database cannot be read.
    static Result<Figures> compute(Database& database, const ReportRequest& request);
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
