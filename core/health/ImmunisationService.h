// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "health/Health.h"
#include "health/ImmunisationSchedule.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// Immunisations given and the centre's immunisation schedule. Needs ViewMedical; every change is
// validated and audited in its own write transaction, failures coming back as an Error naming the
// field, with nothing saved. Immunisations recorded stay.
class ImmunisationService : public QObject
{
    Q_OBJECT

public:
    ImmunisationService(Database& database, Session& session, QObject* parent = nullptr);

    // Refuses a date in the future or before the child was born, and a dose already recorded.
    Result<qint64> recordImmunisation(ImmunisationGiven& given);
    Result<QList<ScheduledDose>> schedule() const;
    // Replaces the centre's schedule; refuses blank vaccines, dose numbers below 1, negative ages
    // and the same vaccine dose twice.
    Result<void> saveSchedule(const QList<ScheduledDose>& schedule);
    // The child's doses against the centre's schedule on `asOf`.
    Result<QList<DoseDue>> immunisationStatus(qint64 childId, QDate asOf) const;

signals:
    void healthRecordChanged(qint64 childId);
    void scheduleChanged();

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
