// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"
#include "Result.h"

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

// The INSERT/UPDATEs: the incident row with its children, staff and witnesses, in the caller's
// transaction. A new incident's id is written back.
class IncidentWriter
{
public:
    static Result<void> write(const QSqlDatabase& db, Incident& incident);
};

} // namespace Kindred
