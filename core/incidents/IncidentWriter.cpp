// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentWriter.h"

#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertIncidentSql = QStringLiteral(R"(
    INSERT INTO incidents (kind, occurred_at, location, description, action_taken, body_area, parent_notified_name,
        parent_notified_at, parent_notified_how, parent_notified_by_staff_id, follow_up_needed, follow_up, reportable,
        status, reported_by_staff_id, created_at, site_id)
    VALUES (:kind, :occurred, :location, :description, :action, :body, :pnName, :pnAt, :pnHow, :pnBy, :followUpNeeded,
        :followUp, :reportable, :status, :reportedBy, :created, :site) RETURNING id)");
const auto DeleteChildSql = QStringLiteral(R"(
    DELETE FROM incident_children WHERE incident_id = :id AND child_id = :other)");
const auto DeleteStaffSql = QStringLiteral(R"(
    DELETE FROM incident_staff WHERE incident_id = :id AND staff_id = :other)");
const auto InsertChildSql = QStringLiteral(R"(
    INSERT INTO incident_children (incident_id, child_id) VALUES (:id, :other))");
const auto InsertStaffSql = QStringLiteral(R"(
    INSERT INTO incident_staff (incident_id, staff_id) VALUES (:id, :other))");
const auto SelectWitnessRowsSql = QStringLiteral(R"(
    SELECT id, position, name FROM incident_witnesses WHERE incident_id = :id ORDER BY position)");
const auto InsertWitnessSql = QStringLiteral(R"(
    INSERT INTO incident_witnesses (incident_id, position, name) VALUES (:id, :position, :name))");
const auto DeleteWitnessSql = QStringLiteral(R"(DELETE FROM incident_witnesses WHERE id = :row)");
const auto MoveWitnessSql = QStringLiteral(R"(UPDATE incident_witnesses SET position = :position WHERE id = :row)");

QList<qint64> distinct(const QList<qint64>& ids)
{
    QList<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen << id;
        }
    }
    return seen;
}

QStringList witnessNames(const Incident& incident)
{
    QStringList names;
    for (const QString& witness : incident.witnesses) {
        if (!witness.trimmed().isEmpty()) {
            names << witness.trimmed();
        }
    }
    return names;
}

QString joinedIds(const QList<qint64>& ids)
{
    QList<qint64> sorted = distinct(ids);
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (qint64 id : sorted) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

Result<void> run(const QSqlDatabase& db, const QString& sql, qint64 id, const QString& name, const QVariant& value)
{
    StoreQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(name, value);
    return execQuery(query);
}

// The link rows (children or staff) added and removed; the others are left as they are.
Result<void> relink(const QSqlDatabase& db, const QString& insertSql, const QString& deleteSql, qint64 id,
                    const QList<qint64>& before, const QList<qint64>& after)
{
    for (qint64 other : distinct(before)) {
        if (!after.contains(other)) {
            if (auto done = run(db, deleteSql, id, QStringLiteral(":other"), other); !done) {
                return done;
            }
        }
    }
    for (qint64 other : distinct(after)) {
        if (!before.contains(other)) {
            if (auto done = run(db, insertSql, id, QStringLiteral(":other"), other); !done) {
                return done;
            }
        }
    }
    return {};
}

struct WitnessRow
{
    qint64 id = 0;
    int position = 0;
    QString name;
};

Result<QList<WitnessRow>> witnessRows(const QSqlDatabase& db, qint64 incidentId)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectWitnessRowsSql);
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<WitnessRow> rows;
    while (query.next()) {
        rows << WitnessRow {query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return rows;
}

Result<void> moveWitness(const QSqlDatabase& db, qint64 row, int position)
{
    StoreQuery query(db);
    query.prepare(MoveWitnessSql);
    query.bindValue(QStringLiteral(":row"), row);
    query.bindValue(QStringLiteral(":position"), position);
    return execQuery(query);
}

// A witness still named keeps its row (and id); one no longer named is removed, a new one added. Rows
// that move are first parked on negative positions, since (incident, position) is unique.
Result<void> rewriteWitnesses(const QSqlDatabase& db, qint64 incidentId, const QStringList& names)
{
    auto rows = witnessRows(db, incidentId);
    if (!rows) {
        return rows.error();
    }
    QList<WitnessRow> unused = rows.value();
    QList<std::optional<WitnessRow>> kept;
    for (const QString& name : names) {
        const auto it
            = std::find_if(unused.begin(), unused.end(), [&name](const WitnessRow& r) { return r.name == name; });
        if (it == unused.end()) {
            kept << std::nullopt;
        } else {
            kept << *it;
            unused.erase(it);
        }
    }
    for (const WitnessRow& gone : unused) {
        StoreQuery remove(db);
        remove.prepare(DeleteWitnessSql);
        remove.bindValue(QStringLiteral(":row"), gone.id);
        if (auto done = execQuery(remove); !done) {
            return done;
        }
    }
    for (int i = 0; i < kept.size(); ++i) {
        if (kept.at(i) && kept.at(i)->position != i) {
            if (auto done = moveWitness(db, kept.at(i)->id, -1 - i); !done) {
                return done;
            }
        }
    }
    for (int i = 0; i < kept.size(); ++i) {
        if (kept.at(i) && kept.at(i)->position != i) {
            if (auto done = moveWitness(db, kept.at(i)->id, i); !done) {
                return done;
            }
        } else if (!kept.at(i)) {
            StoreQuery insert(db);
            insert.prepare(InsertWitnessSql);
            insert.bindValue(QStringLiteral(":id"), incidentId);
            insert.bindValue(QStringLiteral(":position"), i);
            insert.bindValue(QStringLiteral(":name"), names.at(i));
            if (auto done = execQuery(insert); !done) {
                return done;
            }
        }
    }
    return {};
}

} // namespace

RecordFields IncidentWriter::fields(const Incident& incident)
{
    const ParentNotification& told = incident.parentNotification;
    return {{QStringLiteral("kind"), tr("kind"), incidentKindKey(incident.kind)},
            {QStringLiteral("occurred_at"), tr("time"), incident.occurredAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("location"), tr("place"), sqlText(incident.location.trimmed())},
            {QStringLiteral("description"), tr("account of what happened"), sqlText(incident.description.trimmed())},
            {QStringLiteral("action_taken"), tr("first aid"), sqlText(incident.actionTaken.trimmed())},
            {QStringLiteral("body_area"), tr("body area"), sqlText(incident.bodyArea.trimmed())},
            {QStringLiteral("parent_notified_name"), tr("parent notification"), sqlText(told.notifiedName.trimmed())},
            {QStringLiteral("parent_notified_at"), tr("parent notification"), sqlInstant(told.at)},
            {QStringLiteral("parent_notified_how"), tr("parent notification"), sqlText(told.how.trimmed())},
            {QStringLiteral("parent_notified_by_staff_id"), tr("parent notification"), sqlId(told.byStaffId)},
            {QStringLiteral("follow_up_needed"), tr("follow-up"), incident.followUpNeeded},
            {QStringLiteral("follow_up"), tr("follow-up"), sqlText(incident.followUp.trimmed())},
            {QStringLiteral("reportable"), tr("licensing flag"), incident.reportable}};
}

RecordFields IncidentWriter::describedFields(const Incident& incident)
{
    // Not columns: compared only, never written through FieldChanges::update.
    RecordFields all = fields(incident);
    all << RecordField {QStringLiteral("children"), tr("children"), joinedIds(incident.childIds),
                        RecordField::Noun::Plural}
        << RecordField {QStringLiteral("staff"), tr("staff involved"), joinedIds(incident.staffIds),
                        RecordField::Noun::Plural}
        << RecordField {QStringLiteral("witnesses"), tr("witnesses"), witnessNames(incident).join(QLatin1Char('\n')),
                        RecordField::Noun::Plural};
    return all;
}

Result<void> IncidentWriter::write(const QSqlDatabase& db, Incident& incident, const Incident& stored)
{
    if (incident.id != 0) {
        const RecordFields changed = FieldChanges::between(fields(stored), fields(incident));
        if (auto done = FieldChanges::update(db, QStringLiteral("incidents"), incident.id, changed); !done) {
            return done.error();
        }
        if (auto done = relink(db, InsertChildSql, DeleteChildSql, incident.id, stored.childIds, incident.childIds);
            !done) {
            return done;
        }
        if (auto done = relink(db, InsertStaffSql, DeleteStaffSql, incident.id, stored.staffIds, incident.staffIds);
            !done) {
            return done;
        }
        if (witnessNames(stored) == witnessNames(incident)) {
            return {};
        }
        return rewriteWitnesses(db, incident.id, witnessNames(incident));
    }
    StoreQuery query(db);
    query.prepare(InsertIncidentSql);
    query.bindValue(QStringLiteral(":kind"), incidentKindKey(incident.kind));
    query.bindValue(QStringLiteral(":occurred"), incident.occurredAt.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":location"), sqlText(incident.location.trimmed()));
    query.bindValue(QStringLiteral(":description"), sqlText(incident.description.trimmed()));
    query.bindValue(QStringLiteral(":action"), sqlText(incident.actionTaken.trimmed()));
    query.bindValue(QStringLiteral(":body"), sqlText(incident.bodyArea.trimmed()));
    query.bindValue(QStringLiteral(":pnName"), sqlText(incident.parentNotification.notifiedName.trimmed()));
    query.bindValue(QStringLiteral(":pnAt"), sqlInstant(incident.parentNotification.at));
    query.bindValue(QStringLiteral(":pnHow"), sqlText(incident.parentNotification.how.trimmed()));
    query.bindValue(QStringLiteral(":pnBy"), sqlId(incident.parentNotification.byStaffId));
    query.bindValue(QStringLiteral(":followUpNeeded"), incident.followUpNeeded ? 1 : 0);
    query.bindValue(QStringLiteral(":followUp"), sqlText(incident.followUp.trimmed()));
    query.bindValue(QStringLiteral(":reportable"), incident.reportable ? 1 : 0);
    query.bindValue(QStringLiteral(":status"), incidentStatusKey(incident.status));
    query.bindValue(QStringLiteral(":reportedBy"), sqlId(incident.reportedByStaffId));
    query.bindValue(QStringLiteral(":created"), sqlInstant(incident.createdAt));
    query.bindValue(QStringLiteral(":site"), incident.siteId);
    auto newId = execInsertReturningId(query);
    if (!newId) {
        return newId.error();
    }
    incident.id = newId.value();
    if (auto done = relink(db, InsertChildSql, DeleteChildSql, incident.id, {}, incident.childIds); !done) {
        return done;
    }
    if (auto done = relink(db, InsertStaffSql, DeleteStaffSql, incident.id, {}, incident.staffIds); !done) {
        return done;
    }
    return rewriteWitnesses(db, incident.id, witnessNames(incident));
}

} // namespace Kindred
