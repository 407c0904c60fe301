// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentService.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "incidents/IncidentReader.h"
#include "incidents/IncidentRules.h"
#include "incidents/IncidentWriter.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/RecordVersion.h"
#include "store/SqlList.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SetSubmittedSql = QStringLiteral(R"(
    UPDATE incidents SET status = 'submitted', submitted_at = :at WHERE id = :id AND status = 'draft')");
const auto SetSignedOffSql = QStringLiteral(R"(
    UPDATE incidents SET status = 'signed_off', signed_off_at = :at, signed_off_by_staff_id = :by
    WHERE id = :id AND status = 'submitted')");
const auto SetAcknowledgedSql = QStringLiteral(R"(
    UPDATE incidents SET acknowledged_by = :name, acknowledged_at = :at, acknowledged_how = :how
    WHERE id = :id AND acknowledged_at IS NULL)");
const auto ChildNamesSql = QStringLiteral(R"(
    SELECT id, first_name || ' ' || last_name FROM children WHERE id IN (:ids))");
const auto InsertAmendmentSql = QStringLiteral(R"(
    INSERT INTO incident_amendments (incident_id, field, old_value, new_value, reason, staff_id, at_utc)
    VALUES (:id, :field, :old, :new, :reason, :staff, :at))");

QString nowText()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject incidentJson(const Incident& incident)
{
    QJsonObject json;
    for (const QString& field : IncidentRules::amendableFields()) {
        json.insert(field, IncidentRules::fieldValue(incident, field));
    }
    QJsonArray children;
    for (qint64 id : incident.childIds) {
        children.append(id);
    }
    QJsonArray staff;
    for (qint64 id : incident.staffIds) {
        staff.append(id);
    }
    json.insert(QStringLiteral("childIds"), children);
    json.insert(QStringLiteral("staffIds"), staff);
    return json;
}

} // namespace

IncidentService::IncidentService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<qint64> IncidentService::save(Incident& incident)
{
    if (auto allowed = m_session.require(Permission::LogIncidents); !allowed) {
        return allowed.error();
    }
    if (auto valid = IncidentRules::validate(incident, Clock::currentDateTimeUtc()); !valid) {
        return valid.error();
    }
    const QSqlDatabase db = m_database.connection();
    Incident saved;
    bool unchanged = false;
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        saved = incident; // afresh in each attempt: a dropped one may have numbered it
        QJsonObject details;
        Incident onFile;
        if (saved.id != 0) {
            auto stored = IncidentReader::load(db, saved.id);
            if (!stored) {
                return stored.error();
            }
            onFile = stored.value();
            // Issue 13, point 4: saved only from the version loaded, checked inside the transaction.
            if (stored->version != incident.version) {
                return refuseStale(db, stored.value(), incident.version).error();
            }
            if (stored->isSignedOff()) {
                return Error {tr("Nothing was changed. This incident has been signed off; it can only be amended, "
                                 "with a reason.")};
            }
            details.insert(QStringLiteral("old"), incidentJson(*stored));
            saved.status = stored->status;
        } else {
            saved.status = IncidentStatus::Draft;
            saved.reportedByStaffId = m_session.actorId();
            saved.createdAt = Clock::currentDateTimeUtc();
            saved.siteId = m_session.siteId();
            if (auto open = SiteService::requireOpen(db, saved.siteId); !open) {
                return open.error();
            }
        }
        if (saved.parentNotification.isRecorded() && saved.parentNotification.byStaffId == 0) {
            saved.parentNotification.byStaffId = m_session.actorId();
        }
        const bool isNew = saved.id == 0;
        if (!isNew
            && FieldChanges::between(IncidentWriter::describedFields(onFile), IncidentWriter::describedFields(saved))
                   .isEmpty()) {
            unchanged = true; // nothing changed: nothing written, nothing audited
            return {};
        }
        if (auto written = IncidentWriter::write(db, saved, onFile); !written) {
            return written.error();
        }
        details.insert(QStringLiteral("new"), incidentJson(saved));
        AuditEntry entry {m_session.actorId(),
                          isNew ? QStringLiteral("incident.create") : QStringLiteral("incident.update"),
                          QStringLiteral("incident"),
                          saved.id,
                          details,
                          {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        auto written = IncidentReader::load(db, saved.id);
        if (!written) {
            return written.error();
        }
        saved.version = written->version;
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    if (unchanged) {
        return incident.id;
    }
    m_loaded.remember(saved);
    incident = saved;
    emit incidentChanged(incident.id);
    return incident.id;
}

// Incidents are read by who logs them or signs them off (the Incidents section's gate), not by every
// role that may look up families: they carry injuries, witnesses and what the parents were told.
Result<void> IncidentService::requireReader(const Session& session)
{
    if (session.can(Permission::SignOffIncidents)) {
        return {};
    }
    return session.require(Permission::LogIncidents);
}

Result<qint64> IncidentService::saveAndSubmit(Incident& incident)
{
    auto saved = save(incident);
    if (!saved || incident.status != IncidentStatus::Draft) {
        return saved;
    }
    if (auto submitted = submit(incident.id); !submitted) {
        return submitted.error();
    }
    incident.status = IncidentStatus::Submitted;
    ++incident.version; // submit() changed the status row, raising the version once
    return saved;
}

Result<void> IncidentService::submit(qint64 incidentId)
{
    if (auto allowed = m_session.require(Permission::LogIncidents); !allowed) {
        return allowed;
    }
    return setStatus(incidentId, IncidentStatus::Draft, IncidentStatus::Submitted, QStringLiteral("incident.submit"));
}

Result<void> IncidentService::signOff(qint64 incidentId)
{
    if (auto allowed = m_session.require(Permission::SignOffIncidents); !allowed) {
        return allowed;
    }
    return setStatus(incidentId, IncidentStatus::Submitted, IncidentStatus::SignedOff,
                     QStringLiteral("incident.signoff"));
}

Result<void> IncidentService::setStatus(qint64 incidentId, IncidentStatus from, IncidentStatus to,
                                        const QString& action)
{
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        auto stored = IncidentReader::load(db, incidentId);
        if (!stored) {
            return stored.error();
        }
        if (stored->status != from) {
            return Error {
                tr("Nothing was changed. This incident is %1.").arg(incidentStatusName(stored->status).toLower())};
        }
        if (auto valid = IncidentRules::validate(*stored, Clock::currentDateTimeUtc()); !valid) {
            return valid;
        }
        if (to == IncidentStatus::SignedOff && !stored->parentNotification.isRecorded()) {
            return fieldError(QStringLiteral("parentNotifiedName"),
                              tr("Nothing was changed. Record which parent was told, and when, before signing off."));
        }
        StoreQuery query(db);
        query.prepare(to == IncidentStatus::Submitted ? SetSubmittedSql : SetSignedOffSql);
        query.bindValue(QStringLiteral(":at"), nowText());
        query.bindValue(QStringLiteral(":id"), incidentId);
        if (to == IncidentStatus::SignedOff) {
            query.bindValue(QStringLiteral(":by"), sqlId(m_session.actorId()));
        }
        if (auto done = execQuery(query); !done) {
            return done;
        }
        AuditEntry entry {
            m_session.actorId(),
            action,
            QStringLiteral("incident"),
            incidentId,
            {{QStringLiteral("old"), incidentStatusKey(from)}, {QStringLiteral("new"), incidentStatusKey(to)}},
            {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit incidentChanged(incidentId);
    return {};
}

Result<void> IncidentService::acknowledge(qint64 incidentId, const QString& guardianName, const QString& how)
{
    if (auto allowed = m_session.require(Permission::LogIncidents); !allowed) {
        return allowed;
    }
    if (guardianName.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("guardianName"), tr("Enter the name of the guardian who acknowledged it."));
    }
    if (how.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("how"),
                          tr("Say how the guardian acknowledged it (signed, in person, email…)."));
    }
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        auto stored = IncidentReader::load(db, incidentId);
        if (!stored) {
            return stored.error();
        }
        if (stored->status == IncidentStatus::Draft) {
            return Error {tr("Nothing was changed. Submit the incident before a guardian acknowledges it.")};
        }
        if (stored->isAcknowledged()) {
            return Error {
                tr("Nothing was changed. %1 already acknowledged this incident.").arg(stored->acknowledgedBy)};
        }
        StoreQuery query(db);
        query.prepare(SetAcknowledgedSql);
        query.bindValue(QStringLiteral(":name"), sqlText(guardianName.trimmed()));
        query.bindValue(QStringLiteral(":at"), nowText());
        query.bindValue(QStringLiteral(":how"), sqlText(how.trimmed()));
        query.bindValue(QStringLiteral(":id"), incidentId);
        if (auto done = execQuery(query); !done) {
            return done;
        }
        AuditEntry entry {
            m_session.actorId(),
            QStringLiteral("incident.acknowledge"),
            QStringLiteral("incident"),
            incidentId,
            {{QStringLiteral("guardian"), guardianName.trimmed()}, {QStringLiteral("how"), how.trimmed()}},
            {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit incidentChanged(incidentId);
    return {};
}

Result<void> IncidentService::amend(qint64 incidentId, const QString& field, const QString& newValue,
                                    const QString& reason, int loadedVersion)
{
    if (auto allowed = m_session.require(Permission::LogIncidents); !allowed) {
        return allowed;
    }
    if (reason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("reason"), tr("Nothing was changed. Give the reason for the amendment."));
    }
    if (!IncidentRules::amendableFields().contains(field)) {
        return fieldError(QStringLiteral("field"), tr("Nothing was changed. “%1” cannot be amended.").arg(field));
    }
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        auto stored = IncidentReader::load(db, incidentId);
        if (!stored) {
            return stored.error();
        }
        if (loadedVersion != 0 && stored->version != loadedVersion) {
            return refuseStale(db, stored.value(), loadedVersion);
        }
        if (!stored->isSignedOff()) {
            return Error {tr("Nothing was changed. This incident is not signed off yet: edit it directly.")};
        }
        auto changed = IncidentRules::withField(*stored, field, newValue);
        if (!changed) {
            return changed.error();
        }
        const QString oldText = IncidentRules::fieldValue(*stored, field);
        const QString newText = IncidentRules::fieldValue(*changed, field);
        if (oldText == newText) {
            return fieldError(QStringLiteral("newValue"),
                              tr("Nothing was changed. The new value is the same as the old."));
        }
        if (auto valid = IncidentRules::validate(*changed, Clock::currentDateTimeUtc()); !valid) {
            return fieldError(QStringLiteral("newValue"), tr("Nothing was changed. %1").arg(valid.errorString()));
        }
        Incident amended = changed.value();
        if (auto written = IncidentWriter::write(db, amended, stored.value()); !written) {
            return written;
        }
        StoreQuery insert(db);
        insert.prepare(InsertAmendmentSql);
        insert.bindValue(QStringLiteral(":id"), incidentId);
        insert.bindValue(QStringLiteral(":field"), field);
        insert.bindValue(QStringLiteral(":old"), sqlText(oldText));
        insert.bindValue(QStringLiteral(":new"), sqlText(newText));
        insert.bindValue(QStringLiteral(":reason"), sqlText(reason.trimmed()));
        insert.bindValue(QStringLiteral(":staff"), sqlId(m_session.actorId()));
        insert.bindValue(QStringLiteral(":at"), nowText());
        if (auto done = execQuery(insert); !done) {
            return done;
        }
        AuditEntry entry {
            m_session.actorId(),
            QStringLiteral("incident.amend"),
            QStringLiteral("incident"),
            incidentId,
            {{QStringLiteral("field"), field}, {QStringLiteral("old"), oldText}, {QStringLiteral("new"), newText}},
            reason.trimmed()};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit incidentChanged(incidentId);
    return {};
}

Result<Incident> IncidentService::load(qint64 incidentId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    auto loaded = IncidentReader::load(m_database.connection(), incidentId);
    if (loaded) {
        m_loaded.remember(loaded.value());
    }
    return loaded;
}

Result<void> IncidentService::refuseStale(const QSqlDatabase& db, const Incident& stored, int loadedVersion) const
{
    RecordFields changed;
    if (const Incident* loaded = m_loaded.find(stored.id, loadedVersion)) {
        changed
            = FieldChanges::between(IncidentWriter::describedFields(*loaded), IncidentWriter::describedFields(stored));
    }
    return RecordVersion::refuse(db, QStringLiteral("incident"), stored.id,
                                 FieldChanges::clause(tr("this incident report"), changed));
}

Result<QList<IncidentSummary>> IncidentService::list(const IncidentFilter& filter) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    return IncidentReader::list(m_database.connection(), filter);
}

Result<QList<IncidentAmendment>> IncidentService::amendments(qint64 incidentId) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    return IncidentReader::amendments(m_database.connection(), incidentId);
}

Result<QHash<qint64, QString>> IncidentService::childNames(const QList<qint64>& childIds) const
{
    if (auto allowed = requireReader(m_session); !allowed) {
        return allowed.error();
    }
    const SqlList ids(QStringLiteral(":ids"), childIds);
    QHash<qint64, QString> names;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ids.expand(ChildNamesSql));
    ids.bind(query);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return names;
}

} // namespace Kindred
