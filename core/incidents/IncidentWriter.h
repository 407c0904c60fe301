// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/Incident.h"
#include "store/FieldChanges.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// The INSERT/UPDATEs: the incident row with its children, staff and witnesses, in the caller's
// transaction. A new incident's id is written back.
class IncidentWriter
{
    Q_DECLARE_TR_FUNCTIONS(IncidentWriter)

public:
    // Writes `incident`; for one on file, only what differs from `stored` (the incident as on file in the
    // same transaction): the columns changed, the children and staff added or removed, the witnesses
    // added, moved or removed, each kept witness keeping its row (issue 13, point 4).
    static Result<void> write(const QSqlDatabase& db, Incident& incident, const Incident& stored);
    // The incident row's columns as a save binds them, with the words for the desk.
    static RecordFields fields(const Incident& incident);
    // The same with the children, staff and witnesses: what a refused stale save compares.
    static RecordFields describedFields(const Incident& incident);
};

} // namespace Kindred
