// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/Drill.h"
#include "print/ReportDocument.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// Drills, evacuations and lockdowns. start() takes the roll (everyone on the premises at that
// instant) into the record; each person is then ticked with the time they were accounted for, and
// finish() closes the record with its duration. Every step is written and audited as it happens, so
// the record survives a station that is switched off mid-drill. Records are never deleted.
// In an emergency anyone who may look up families (every built-in role) may take the roll call.
class DrillService : public QObject
{
    Q_OBJECT

public:
    DrillService(Database& database, Session& session, QObject* parent = nullptr);

    // Fails when another drill is still under way.
    Result<qint64> start(DrillKind kind);
    // Records now as the time the person was accounted for; returns that time. Ticking someone
    // twice keeps the first time. Refused once the drill is finished or for someone not on its roll.
    Result<QDateTime> markAccounted(qint64 drillId, RollCallPerson::Kind kind, qint64 personId);
    Result<Drill> finish(qint64 drillId, const QString& notes);

    Result<Drill> load(qint64 drillId) const;
    // The drill under way, if any (0 otherwise).
    Result<qint64> drillUnderWay() const;
    // Drills started on these calendar days of the centre (inclusive), newest first.
    Result<QList<Drill>> drills(QDate from, QDate to) const;
    // The drill log: every drill in the period with its duration and how many were accounted for.
    Result<ReportDocument> drillLog(QDate from, QDate to) const;

signals:
    void drillChanged(qint64 drillId);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
