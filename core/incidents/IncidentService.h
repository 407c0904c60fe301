// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/Incident.h"
#include "store/FieldChanges.h"

#include <QHash>
#include <QObject>

namespace Kindred {

class Database;
class Session;

// Logs incidents and carries them through their workflow: draft → submitted → signed off by a
// director. Until sign-off an incident is edited directly; afterwards only amend() changes it, and
// each amendment keeps the old value, the new one, the reason, who and when. Incidents are never
// deleted. Every call that fails returns an Error naming the field that is wrong, and changes nothing.
class IncidentService : public QObject
{
    Q_OBJECT

public:
    IncidentService(Database& database, Session& session, QObject* parent = nullptr);

    // Who may read incidents (LogIncidents or SignOffIncidents); otherwise the Session::require error.
    static Result<void> requireReader(const Session& session);

    // Validates and saves a new incident (as a draft, reported by the acting staff member) or an
    // unsigned one; refuses a signed-off incident. The new id and version are written back. An incident
    // on file is saved only from the version on file (`incident.version`, as load() gave it): otherwise
    // an Error of code Conflict says who changed it and when (issue 13, point 4).
    Result<qint64> save(Incident& incident);
    // save() then submit(): what the form's "Save" does.
    Result<qint64> saveAndSubmit(Incident& incident);
    Result<void> submit(qint64 incidentId);
    // Directors only; the incident must be submitted and a parent must have been told.
    Result<void> signOff(qint64 incidentId);
    // The guardian has read the report and says so (in person, signed paper, email…). Once.
    Result<void> acknowledge(qint64 incidentId, const QString& guardianName, const QString& how);
    // The only change a signed-off incident accepts. A reason is required. With `loadedVersion` (the
    // version the form showed), refused with an Error of code Conflict when the incident changed since.
    Result<void> amend(qint64 incidentId, const QString& field, const QString& newValue, const QString& reason,
                       int loadedVersion = 0);

    Result<Incident> load(qint64 incidentId) const;
    Result<QList<IncidentSummary>> list(const IncidentFilter& filter = {}) const;
    Result<QList<IncidentAmendment>> amendments(qint64 incidentId) const;
    // "Amara Okafor" by child id, for the children a form shows.
    Result<QHash<qint64, QString>> childNames(const QList<qint64>& childIds) const;

signals:
    void incidentChanged(qint64 incidentId);

private:
    Result<void> setStatus(qint64 incidentId, IncidentStatus from, IncidentStatus to, const QString& action);
    // The Conflict refusal for a save from `loadedVersion`, naming what differs from `stored`.
    Result<void> refuseStale(const QSqlDatabase& db, const Incident& stored, int loadedVersion) const;

    Database& m_database;
    Session& m_session;
    // What this desk was shown, so that a refused stale save can name the fields another desk changed.
    mutable LoadedCopies<Incident> m_loaded;
};

} // namespace Kindred
