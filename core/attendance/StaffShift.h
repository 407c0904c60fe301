// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kindred {

// One staff member's time at work in a room.
struct StaffShift
{
    qint64 id = 0;
    qint64 staffId = 0;
    QString staffName;
    qint64 roomId = 0;
    QDate day;
    QDateTime clockedInAt;
    QDateTime clockedOutAt; // invalid while on duty
};

} // namespace Kindred
