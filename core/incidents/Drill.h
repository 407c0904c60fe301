// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/RollCall.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Kindred {

enum class DrillKind { Drill, Evacuation, Lockdown };

QString drillKindKey(DrillKind kind); // "drill", "evacuation", "lockdown"
DrillKind drillKindFromKey(const QString& key);
QString drillKindName(DrillKind kind);

// One person on a drill's roll: who was on the premises when it started, and when they were
// accounted for.
struct DrillEntry
{
    RollCallPerson::Kind personKind = RollCallPerson::Kind::Child;
    qint64 personId = 0;
    QString name;
    QString roomName;
    QDateTime accountedAt; // UTC; invalid while not yet accounted for
};

// A fire drill, a real evacuation or a lockdown, kept as the centre's drill log.
struct Drill
{
    qint64 id = 0;
    DrillKind kind = DrillKind::Drill;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while under way
    qint64 startedByStaffId = 0;
    QString startedByName;
    QString notes;
    QList<DrillEntry> entries; // filled by DrillService::load
    int peopleCount = 0;
    int accountedCount = 0;

    bool isFinished() const { return endedAt.isValid(); }
    // Seconds from start to finish; -1 while under way.
    qint64 durationSecs() const { return isFinished() ? startedAt.secsTo(endedAt) : -1; }
};

} // namespace Kindred
