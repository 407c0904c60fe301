// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "incidents/Incident.h"

#include <QCoreApplication>

namespace Kindred {

// What a logged incident must say, and how its fields read and change in an amendment. Pure: no
// database, no clock of its own.
class IncidentRules
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRules)

public:
    // A kind, at least one child, when (not in the future) and where, what happened; for injuries
    // also the staff involved, a witness and the body area; a parent notification names who and when.
    // Every problem at once, in the order of the form, each naming its field; texts held to FieldLimits.
    static FieldProblems problems(const Incident& incident, const QDateTime& nowUtc);
    // The first of those problems, for a caller that wants one Error.
    static Result<void> validate(const Incident& incident, const QDateTime& nowUtc);
    // Fields IncidentService::amend() accepts: "kind", "occurredAt", "location", "description",
    // "actionTaken", "bodyArea", "witnesses" (one per line), "parentNotifiedName", "parentNotifiedAt",
    // "parentNotifiedHow", "followUpNeeded", "followUp", "reportable".
    static QStringList amendableFields();
    static QString fieldName(const QString& field); // as shown, translated
    // The field's value as an amendment records it (instants as UTC ISO text, flags as "yes"/"no").
    static QString fieldValue(const Incident& incident, const QString& field);
    // A copy of `incident` with `field` set from `value` (as fieldValue() writes it), or an Error
    // with field "newValue" when the value does not parse, "field" when the field is not amendable.
    static Result<Incident> withField(Incident incident, const QString& field, const QString& value);
};

} // namespace Kindred
