// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/Incident.h"
#include "store/FieldChanges.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// The SELECTs behind IncidentService: one incident whole, the filtered list, the amendments.
class IncidentReader
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReader)

public:
    static Result<Incident> load(const QSqlDatabase& db, qint64 incidentId);
    static Result<QList<IncidentSummary>> list(const QSqlDatabase& db, const IncidentFilter& filter);
    static Result<QList<IncidentAmendment>> amendments(const QSqlDatabase& db, qint64 incidentId);
};

} // namespace Kindred
