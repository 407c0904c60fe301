// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "health/Health.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// The log of medicine given: append-only, each dose audited in its own write transaction. Needs
// ViewMedical. The medications themselves are part of the health record (HealthRecordService).
class MedicationService : public QObject
{
    Q_OBJECT

public:
    MedicationService(Database& database, Session& session, QObject* parent = nullptr);

    // Records a dose given. Refused when the medication has no parental consent on file, is not
    // this child's, has been removed, or when the dose, time or staff member is missing.
    Result<qint64> logMedicationDose(MedicationDose& dose);
    Result<QList<MedicationDose>> medicationLog(qint64 childId, int limit = 200) const;

signals:
    void healthRecordChanged(qint64 childId);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
