// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/IncidentReport.h"

#include "centre/ReportHeader.h"
#include "incidents/IncidentReader.h"
#include "incidents/IncidentRules.h"
#include "incidents/IncidentService.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreDriver.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

// The names (%1 last, %2 first) sort as the store driver says, byte by byte on both stores.
const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.first_name || ' ' || c.last_name, c.date_of_birth, coalesce(r.name, '')
    FROM children c LEFT JOIN rooms r ON r.id = c.room_id
    WHERE c.id IN (:ids) ORDER BY %1, %2, c.id)");
const auto StaffNamesSql = QStringLiteral(R"(
    SELECT id, first_name || ' ' || last_name FROM staff WHERE id IN (:ids))");

Result<QHash<qint64, QString>> staffNames(const QSqlDatabase& db, const QList<qint64>& ids)
{
    QHash<qint64, QString> names;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    const SqlList list(QStringLiteral(":ids"), ids);
    query.prepare(list.expand(StaffNamesSql));
    list.bind(query);
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

} // namespace

IncidentReport::IncidentReport(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<ReportDocument> IncidentReport::build(qint64 incidentId) const
{
    if (auto allowed = IncidentService::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    auto loaded = IncidentReader::load(db, incidentId);
    if (!loaded) {
        return loaded.error();
    }
    const Incident& incident = loaded.value();
    auto readAmendments = IncidentReader::amendments(db, incidentId);
    if (!readAmendments) {
        return readAmendments.error();
    }
    const QList<IncidentAmendment>& amendments = readAmendments.value();

    QList<qint64> staffIds = incident.staffIds;
    staffIds << incident.reportedByStaffId << incident.signedOffByStaffId << incident.parentNotification.byStaffId;
    for (const IncidentAmendment& a : amendments) {
        staffIds << a.staffId;
    }
    auto readStaff = staffNames(db, staffIds);
    if (!readStaff) {
        return readStaff.error();
    }
    const QHash<qint64, QString>& staff = readStaff.value();
    const auto staffName = [&staff](qint64 id) { return staff.value(id, id ? QString::number(id) : QString()); };

    ReportDocument doc;
    if (auto filled = ReportHeader::fillLetterhead(m_database, doc, tr("Kindred childcare centre")); !filled) {
        return filled.error();
    }
    doc.title = tr("Incident report no. %1").arg(incident.id);
    doc.subtitle
        = tr("%1 · %2 · %3")
              .arg(incidentKindName(incident.kind), ReportHeader::shownAt(incident.occurredAt), incident.location);
    if (incident.reportable) {
        doc.addParagraph(tr("Reportable to the licensing authority."), true);
    }

    ReportDocument::Table children {{{tr("Child"), 2}, {tr("Date of birth")}, {tr("Room")}}, {}, {}};
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    const SqlList childIds(QStringLiteral(":ids"), incident.childIds);
    const StoreDriver& store = StoreDriver::of(db);
    query.prepare(childIds.expand(ChildrenSql.arg(store.textOrder(QStringLiteral("c.last_name")),
                                                  store.textOrder(QStringLiteral("c.first_name")))));
    childIds.bind(query);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const QDate born = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        children.rows << QStringList {query.value(1).toString(), QLocale().toString(born, QLocale::ShortFormat),
                                      query.value(3).toString()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.finish();
    doc.addTable(children);

    QStringList involved;
    for (qint64 id : incident.staffIds) {
        involved << staffName(id);
    }
    QList<QPair<QString, QString>> facts {{tr("Kind"), incidentKindName(incident.kind)},
                                          {tr("When"), ReportHeader::shownAt(incident.occurredAt)},
                                          {tr("Where"), incident.location}};
    if (incident.kind == IncidentKind::Injury || !incident.bodyArea.isEmpty()) {
        facts << qMakePair(tr("Body area"), incident.bodyArea);
    }
    facts << qMakePair(tr("Staff involved"), involved.join(QStringLiteral(", ")))
          << qMakePair(tr("Witnesses"), incident.witnesses.join(QStringLiteral(", ")))
          << qMakePair(
                 tr("Reported by"),
                 tr("%1 at %2").arg(staffName(incident.reportedByStaffId), ReportHeader::shownAt(incident.createdAt)))
          << qMakePair(tr("Status"), incidentStatusName(incident.status));
    doc.addKeyValues(facts);

    doc.addHeading(tr("What happened"));
    doc.addParagraph(incident.description);
    doc.addHeading(tr("First aid or action taken"));
    doc.addParagraph(incident.actionTaken.isEmpty() ? tr("None recorded.") : incident.actionTaken);

    doc.addHeading(tr("Parent notified"));
    const ParentNotification& told = incident.parentNotification;
    if (told.isRecorded()) {
        doc.addKeyValues({{tr("Who"), told.notifiedName},
                          {tr("When"), ReportHeader::shownAt(told.at)},
                          {tr("How"), told.how},
                          {tr("By"), staffName(told.byStaffId)}});
    } else {
        doc.addParagraph(tr("No parent has been notified yet."), true);
    }
    doc.addHeading(tr("Follow-up"));
    doc.addParagraph(incident.followUpNeeded ? incident.followUp : tr("No follow-up needed."));

    QList<QPair<QString, QString>> signOff;
    signOff << qMakePair(
        tr("Signed off"),
        incident.isSignedOff()
            ? tr("%1 at %2").arg(staffName(incident.signedOffByStaffId), ReportHeader::shownAt(incident.signedOffAt))
            : tr("Not yet"));
    signOff << qMakePair(tr("Acknowledged by guardian"),
                         incident.isAcknowledged()
                             ? tr("%1 at %2 (%3)")
                                   .arg(incident.acknowledgedBy, ReportHeader::shownAt(incident.acknowledgedAt),
                                        incident.acknowledgedHow)
                             : tr("Not yet"));
    doc.addKeyValues(signOff);

    if (!amendments.isEmpty()) {
        doc.addHeading(tr("Amendments after sign-off"));
        ReportDocument::Table table {{{tr("When"), 1.2},
                                      {tr("Field")},
                                      {tr("Old value"), 1.5},
                                      {tr("New value"), 1.5},
                                      {tr("Reason"), 1.5},
                                      {tr("By")}},
                                     {},
                                     {}};
        for (const IncidentAmendment& a : amendments) {
            table.rows << QStringList {
                ReportHeader::shownAt(a.at), IncidentRules::fieldName(a.field), a.oldValue, a.newValue, a.reason,
                staffName(a.staffId)};
        }
        doc.addTable(table);
    }
    doc.addSignatures({tr("Staff member"), tr("Director"), tr("Parent or guardian")});
    return doc;
}

} // namespace Kindred
