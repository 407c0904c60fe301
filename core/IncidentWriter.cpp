// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentReader.h"

#include "SqlValues.h"
#include "StoreError.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertIncidentSql = QStringLiteral(R"(
    INSERT INTO incidents (kind, occurred_at, location, description, action_taken, body_area, parent_notified_name,
        parent_notified_at, parent_notified_how, parent_notified_by_staff_id, follow_up_needed, follow_up, reportable,
        status, reported_by_staff_id, created_at)
    VALUES (:kind, :occurred, :location, :description, :action, :body, :pnName, :pnAt, :pnHow, :pnBy, :followUpNeeded,
        :followUp, :reportable, :status, :reportedBy, :created))");
const auto UpdateIncidentSql = QStringLiteral(R"(
    UPDATE incidents SET kind = :kind, occurred_at = :occurred, location = :location, description = :description,
        action_taken = :action, body_area = :body, parent_notified_name = :pnName, parent_notified_at = :pnAt,
        parent_notified_how = :pnHow, parent_notified_by_staff_id = :pnBy, follow_up_needed = :followUpNeeded,
        follow_up = :followUp, reportable = :reportable
    WHERE id = :id)");
const auto DeleteChildrenSql = QStringLiteral(R"(DELETE FROM incident_children WHERE incident_id = :id)");
const auto DeleteStaffSql = QStringLiteral(R"(DELETE FROM incident_staff WHERE incident_id = :id)");
const auto DeleteWitnessesSql = QStringLiteral(R"(DELETE FROM incident_witnesses WHERE incident_id = :id)");
const auto InsertChildSql = QStringLiteral(R"(
    INSERT INTO incident_children (incident_id, child_id) VALUES (:id, :other))");
const auto InsertStaffSql = QStringLiteral(R"(
    INSERT INTO incident_staff (incident_id, staff_id) VALUES (:id, :other))");
const auto InsertWitnessSql = QStringLiteral(R"(
    INSERT INTO incident_witnesses (incident_id, position, name) VALUES (:id, :position, :name))");

QVariant nullableInstant(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

Result<void> run(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    return execQuery(query);
}

Result<void> link(const QSqlDatabase& db, const QString& sql, qint64 id, const QList<qint64>& others)
{
    QList<qint64> seen;
    for (qint64 other : others) {
        if (seen.contains(other)) {
            continue;
        }
        seen << other;
        QSqlQuery query(db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":other"), other);
        if (auto done = execQuery(query); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Result<void> IncidentWriter::write(const QSqlDatabase& db, Incident& incident)
{
    const bool isNew = incident.id == 0;
    QSqlQuery query(db);
    query.prepare(isNew ? InsertIncidentSql : UpdateIncidentSql);
    query.bindValue(QStringLiteral(":kind"), incidentKindKey(incident.kind));
    query.bindValue(QStringLiteral(":occurred"), incident.occurredAt.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":location"), sqlText(incident.location.trimmed()));
    query.bindValue(QStringLiteral(":description"), sqlText(incident.description.trimmed()));
    query.bindValue(QStringLiteral(":action"), sqlText(incident.actionTaken.trimmed()));
    query.bindValue(QStringLiteral(":body"), sqlText(incident.bodyArea.trimmed()));
    query.bindValue(QStringLiteral(":pnName"), sqlText(incident.parentNotification.notifiedName.trimmed()));
    query.bindValue(QStringLiteral(":pnAt"), nullableInstant(incident.parentNotification.at));
    query.bindValue(QStringLiteral(":pnHow"), sqlText(incident.parentNotification.how.trimmed()));
    query.bindValue(QStringLiteral(":pnBy"), sqlId(incident.parentNotification.byStaffId));
    query.bindValue(QStringLiteral(":followUpNeeded"), incident.followUpNeeded);
    query.bindValue(QStringLiteral(":followUp"), sqlText(incident.followUp.trimmed()));
    query.bindValue(QStringLiteral(":reportable"), incident.reportable);
    if (isNew) {
        query.bindValue(QStringLiteral(":status"), incidentStatusKey(incident.status));
        query.bindValue(QStringLiteral(":reportedBy"), sqlId(incident.reportedByStaffId));
        query.bindValue(QStringLiteral(":created"), nullableInstant(incident.createdAt));
    } else {
        query.bindValue(QStringLiteral(":id"), incident.id);
    }
    if (auto done = execQuery(query); !done) {
        return done;
    }
    if (isNew) {
        incident.id = query.lastInsertId().toLongLong();
    }
    query.finish();
    for (const QString& sql : {DeleteChildrenSql, DeleteStaffSql, DeleteWitnessesSql}) {
        if (auto done = run(db, sql, incident.id); !done) {
            return done;
        }
    }
    if (auto done = link(db, InsertChildSql, incident.id, incident.childIds); !done) {
        return done;
    }
    if (auto done = link(db, InsertStaffSql, incident.id, incident.staffIds); !done) {
        return done;
    }
    int position = 0;
    for (const QString& witness : incident.witnesses) {
        if (witness.trimmed().isEmpty()) {
            continue;
        }
        QSqlQuery insert(db);
        insert.prepare(InsertWitnessSql);
        insert.bindValue(QStringLiteral(":id"), incident.id);
        insert.bindValue(QStringLiteral(":position"), position++);
        insert.bindValue(QStringLiteral(":name"), sqlText(witness.trimmed()));
        if (auto done = execQuery(insert); !done) {
            return done;
        }
    }
    return {};
}

} // namespace Kindred
