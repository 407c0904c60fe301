// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentReader.h"

#include "base/Clock.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectIncidentSql = QStringLiteral(R"(
    SELECT kind, occurred_at, location, description, action_taken, body_area, parent_notified_name,
           parent_notified_at, parent_notified_how, parent_notified_by_staff_id, follow_up_needed, follow_up,
           reportable, status, reported_by_staff_id, created_at, submitted_at, signed_off_by_staff_id,
           signed_off_at, acknowledged_by, acknowledged_at, acknowledged_how, version
    FROM incidents WHERE id = :id)");
const auto SelectChildrenSql = QStringLiteral(R"(
    SELECT child_id FROM incident_children WHERE incident_id = :id ORDER BY child_id)");
const auto SelectStaffSql = QStringLiteral(R"(
    SELECT staff_id FROM incident_staff WHERE incident_id = :id ORDER BY staff_id)");
const auto SelectWitnessesSql = QStringLiteral(R"(
    SELECT name FROM incident_witnesses WHERE incident_id = :id ORDER BY position)");
const auto SelectAmendmentsSql = QStringLiteral(R"(
    SELECT id, field, old_value, new_value, reason, staff_id, at_utc
    FROM incident_amendments WHERE incident_id = :id ORDER BY id)");
const auto ListSql = QStringLiteral(R"(
    SELECT i.id, i.kind, i.occurred_at, i.location, i.status, i.reportable, i.follow_up_needed,
           i.acknowledged_at IS NOT NULL,
           (SELECT count(*) FROM incident_amendments a WHERE a.incident_id = i.id),
           (SELECT group_concat(name, ', ') FROM
               (SELECT c.first_name || ' ' || c.last_name AS name FROM incident_children ic
                JOIN children c ON c.id = ic.child_id WHERE ic.incident_id = i.id
                ORDER BY c.last_name, c.first_name, c.id) AS names)
    FROM incidents i
    WHERE i.occurred_at >= :from AND i.occurred_at < :to
      AND (:allKinds = 1 OR i.kind IN (:kinds))
      AND (:allStatuses = 1 OR i.status IN (:statuses))
      AND (:reportableOnly = 0 OR i.reportable = 1)
      AND (:anyChild = 1 OR EXISTS (SELECT 1 FROM incident_children ic WHERE ic.incident_id = i.id
                                AND ic.child_id = :child))
    ORDER BY i.occurred_at DESC, i.id DESC LIMIT :limit)");

Result<QList<qint64>> ids(const QSqlDatabase& db, const QString& sql, qint64 incidentId)
{
    QList<qint64> result;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        result << query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

QString utcText(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Clock::timeZone()).toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<Incident> IncidentReader::load(const QSqlDatabase& db, qint64 incidentId)
{
    StoreQuery query(db);
    query.prepare(SelectIncidentSql);
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return Error {tr("That incident is not on file.")};
    }
    Incident incident;
    incident.id = incidentId;
    incident.kind = incidentKindFromKey(query.value(0).toString());
    incident.occurredAt = instantFromSql(query.value(1));
    incident.location = query.value(2).toString();
    incident.description = query.value(3).toString();
    incident.actionTaken = query.value(4).toString();
    incident.bodyArea = query.value(5).toString();
    incident.parentNotification.notifiedName = query.value(6).toString();
    incident.parentNotification.at = instantFromSql(query.value(7));
    incident.parentNotification.how = query.value(8).toString();
    incident.parentNotification.byStaffId = query.value(9).toLongLong();
    incident.followUpNeeded = query.value(10).toBool();
    incident.followUp = query.value(11).toString();
    incident.reportable = query.value(12).toBool();
    incident.status = incidentStatusFromKey(query.value(13).toString());
    incident.reportedByStaffId = query.value(14).toLongLong();
    incident.createdAt = instantFromSql(query.value(15));
    incident.submittedAt = instantFromSql(query.value(16));
    incident.signedOffByStaffId = query.value(17).toLongLong();
    incident.signedOffAt = instantFromSql(query.value(18));
    incident.acknowledgedBy = query.value(19).toString();
    incident.acknowledgedAt = instantFromSql(query.value(20));
    incident.acknowledgedHow = query.value(21).toString();
    incident.version = query.value(22).toInt();
    query.finish();

    auto children = ids(db, SelectChildrenSql, incidentId);
    if (!children) {
        return children.error();
    }
    incident.childIds = children.value();
    auto staff = ids(db, SelectStaffSql, incidentId);
    if (!staff) {
        return staff.error();
    }
    incident.staffIds = staff.value();
    StoreQuery witnesses(db);
    setForwardOnlyAlongsideStatements(witnesses);
    witnesses.prepare(SelectWitnessesSql);
    witnesses.bindValue(QStringLiteral(":id"), incidentId);
    if (auto done = execRead(witnesses); !done) {
        return done.error();
    }
    while (witnesses.next()) {
        incident.witnesses << witnesses.value(0).toString();
    }
    if (auto done = readComplete(witnesses); !done) {
        return done.error();
    }
    return incident;
}

Result<QList<IncidentSummary>> IncidentReader::list(const QSqlDatabase& db, const IncidentFilter& filter)
{
    QStringList kindKeys;
    for (IncidentKind kind : filter.kinds) {
        kindKeys << incidentKindKey(kind);
    }
    QStringList statusKeys;
    for (IncidentStatus status : filter.statuses) {
        statusKeys << incidentStatusKey(status);
    }
    const SqlList kinds(QStringLiteral(":kinds"), kindKeys);
    const SqlList statuses(QStringLiteral(":statuses"), statusKeys);
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(statuses.expand(kinds.expand(ListSql)));
    kinds.bind(query);
    statuses.bind(query);
    query.bindValue(QStringLiteral(":from"), filter.from.isValid() ? utcText(filter.from) : QStringLiteral("0000"));
    query.bindValue(QStringLiteral(":to"),
                    filter.to.isValid() ? utcText(filter.to.addDays(1)) : QStringLiteral("9999-12-31"));
    query.bindValue(QStringLiteral(":allKinds"), filter.kinds.isEmpty());
    query.bindValue(QStringLiteral(":allStatuses"), filter.statuses.isEmpty());
    query.bindValue(QStringLiteral(":reportableOnly"), filter.reportableOnly);
    query.bindValue(QStringLiteral(":anyChild"), filter.childId == 0);
    query.bindValue(QStringLiteral(":child"), filter.childId);
    query.bindValue(QStringLiteral(":limit"), filter.limit);
    QList<IncidentSummary> result;
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        IncidentSummary s;
        s.id = query.value(0).toLongLong();
        s.kind = incidentKindFromKey(query.value(1).toString());
        s.occurredAt = instantFromSql(query.value(2));
        s.location = query.value(3).toString();
        s.status = incidentStatusFromKey(query.value(4).toString());
        s.reportable = query.value(5).toBool();
        s.followUpNeeded = query.value(6).toBool();
        s.acknowledged = query.value(7).toBool();
        s.amendmentCount = query.value(8).toInt();
        s.childNames = query.value(9).toString();
        result << s;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

Result<QList<IncidentAmendment>> IncidentReader::amendments(const QSqlDatabase& db, qint64 incidentId)
{
    QList<IncidentAmendment> result;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectAmendmentsSql);
    query.bindValue(QStringLiteral(":id"), incidentId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        IncidentAmendment a;
        a.id = query.value(0).toLongLong();
        a.incidentId = incidentId;
        a.field = query.value(1).toString();
        a.oldValue = query.value(2).toString();
        a.newValue = query.value(3).toString();
        a.reason = query.value(4).toString();
        a.staffId = query.value(5).toLongLong();
        a.at = instantFromSql(query.value(6));
        result << a;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

} // namespace Kindred
