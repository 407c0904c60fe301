// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/IncidentLogReport.h"

#include "base/Clock.h"
#include "centre/ReportHeader.h"
#include "incidents/Incident.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto IncidentsSql = QStringLiteral(R"(
    SELECT i.id, i.kind, i.occurred_at, i.location, i.description, i.action_taken, i.body_area,
           i.parent_notified_name, i.parent_notified_at, i.parent_notified_how, i.follow_up_needed, i.follow_up,
           i.reportable, i.status, i.acknowledged_by, i.acknowledged_at,
           (SELECT group_concat(name, ', ') FROM
               (SELECT c.first_name || ' ' || c.last_name AS name
                FROM incident_children ic JOIN children c ON c.id = ic.child_id WHERE ic.incident_id = i.id
                ORDER BY ic.child_id) AS names)
    FROM incidents i
    WHERE i.occurred_at >= :from AND i.occurred_at < :to AND i.site_id = :site
      AND (:anyRoom = 1 OR EXISTS (SELECT 1 FROM incident_children ic JOIN children c ON c.id = ic.child_id
                                   WHERE ic.incident_id = i.id AND c.room_id = :room))
    ORDER BY i.occurred_at, i.id)");

} // namespace

Result<BuiltReport> IncidentLogReport::build(Database& database, const ReportRequest& request)
{
    const QTimeZone zone = Clock::timeZone();
    StoreQuery query(database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(IncidentsSql);
    query.bindValue(QStringLiteral(":from"),
                    QDateTime(request.from, QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":to"),
                    QDateTime(request.to.addDays(1), QTime(0, 0), zone).toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":anyRoom"), request.roomId < 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":room"), request.roomId);
    query.bindValue(QStringLiteral(":site"), request.siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    const QLocale locale;
    const auto local = [&](const QDateTime& at) {
        return at.isValid() ? locale.toString(at.toTimeZone(zone), QLocale::ShortFormat) : QString();
    };
    const auto csvLocal = [&](const QDateTime& at) {
        return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    };
    BuiltReport out;
    auto reportHeader = ReportHeader::start(database, tr("Incident log"), request);
    if (!reportHeader) {
        return reportHeader.error();
    }
    out.document = std::move(reportHeader).value();
    ReportDocument& doc = out.document;
    doc.landscape = true;
    ReportDocument::Table table;
    table.columns = {{tr("When"), 1.1},
                     {tr("Kind"), 0.8},
                     {tr("Children"), 1.2},
                     {tr("Where"), 0.9},
                     {tr("What happened and what was done"), 3.2},
                     {tr("Parent told"), 1.4},
                     {tr("Status"), 1.1}};
    out.csvHeader = QStringList {tr("Incident"),        tr("Occurred"),    tr("Kind"),         tr("Children"),
                                 tr("Location"),        tr("Description"), tr("Action taken"), tr("Body area"),
                                 tr("Parent notified"), tr("Notified at"), tr("Notified how"), tr("Follow-up needed"),
                                 tr("Follow-up"),       tr("Reportable"),  tr("Status"),       tr("Acknowledged by"),
                                 tr("Acknowledged at")};
    QMap<int, int> byKind;
    int reportable = 0;
    while (query.next()) {
        const IncidentKind kind = incidentKindFromKey(query.value(1).toString());
        const QDateTime occurred = instantFromSql(query.value(2));
        const QString description = query.value(4).toString();
        const QString action = query.value(5).toString();
        const QString bodyArea = query.value(6).toString();
        const QString notifiedName = query.value(7).toString();
        const QDateTime notifiedAt = instantFromSql(query.value(8));
        const QString notifiedHow = query.value(9).toString();
        const bool followUpNeeded = query.value(10).toBool();
        const QString followUp = query.value(11).toString();
        const bool isReportable = query.value(12).toBool();
        const IncidentStatus status = incidentStatusFromKey(query.value(13).toString());
        const QString acknowledgedBy = query.value(14).toString();
        const QDateTime acknowledgedAt = instantFromSql(query.value(15));
        const QString children = query.value(16).toString();

        QStringList what {description};
        if (!bodyArea.isEmpty()) {
            what << tr("Body area: %1").arg(bodyArea);
        }
        if (!action.isEmpty()) {
            what << tr("Action: %1").arg(action);
        }
        if (followUpNeeded) {
            what << tr("Follow-up: %1").arg(followUp.isEmpty() ? tr("needed") : followUp);
        }
        QString told = notifiedName.isEmpty() ? tr("Not yet") : tr("%1, %2").arg(notifiedName, local(notifiedAt));
        if (!notifiedHow.isEmpty()) {
            told += tr(" (%1)").arg(notifiedHow);
        }
        QStringList state {incidentStatusName(status)};
        if (acknowledgedAt.isValid()) {
            state << tr("Acknowledged by %1").arg(acknowledgedBy);
        }
        if (isReportable) {
            state << tr("REPORTABLE to licensing");
            table.highlightedRows << int(table.rows.size());
            ++reportable;
        }
        table.rows << QStringList {local(occurred),
                                   incidentKindName(kind),
                                   children,
                                   query.value(3).toString(),
                                   what.join(QLatin1Char('\n')),
                                   told,
                                   state.join(QLatin1Char('\n'))};
        out.csvRows << QStringList {query.value(0).toString(),
                                    csvLocal(occurred),
                                    incidentKindKey(kind),
                                    children,
                                    query.value(3).toString(),
                                    description,
                                    action,
                                    bodyArea,
                                    notifiedName,
                                    csvLocal(notifiedAt),
                                    notifiedHow,
                                    followUpNeeded ? tr("yes") : tr("no"),
                                    followUp,
                                    isReportable ? tr("yes") : tr("no"),
                                    incidentStatusKey(status),
                                    acknowledgedBy,
                                    csvLocal(acknowledgedAt)};
        ++byKind[int(kind)];
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    doc.addTable(table);
    QList<QPair<QString, QString>> counts {{tr("Incidents"), locale.toString(table.rows.size())},
                                           {tr("Reportable to licensing"), locale.toString(reportable)}};
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        counts << qMakePair(incidentKindName(IncidentKind(it.key())), locale.toString(it.value()));
    }
    doc.addKeyValues(counts);
    doc.addSignatures({tr("Director")});
    return out;
}

} // namespace Kindred
