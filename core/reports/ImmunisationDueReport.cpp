// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ImmunisationDueReport.h"

#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "health/ImmunisationSchedule.h"
#include "health/ImmunisationService.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.first_name || ' ' || c.last_name, c.date_of_birth, coalesce(r.name, '')
    FROM children c
    JOIN families f ON f.id = c.family_id
    LEFT JOIN rooms r ON r.id = c.room_id
    WHERE c.archived_at IS NULL AND f.status = 'enrolled' AND c.site_id = :site
      AND (:anyRoom = 1 OR c.room_id = :room)
    ORDER BY c.id)");
const auto GivenSql = QStringLiteral(R"(
    SELECT i.child_id, i.vaccine, i.dose_number, i.given_on
    FROM immunisations i JOIN children c ON c.id = i.child_id
    WHERE c.archived_at IS NULL
    ORDER BY i.child_id)");

struct Line
{
    QString room;
    QString child;
    DoseDue dose;
};

} // namespace

Result<BuiltReport> ImmunisationDueReport::build(Database& database, const ReportRequest& request)
{
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    system.setSiteId(request.siteId);
    const auto readSchedule = ImmunisationService(database, system).schedule();
    if (!readSchedule) {
        return readSchedule.error();
    }
    const QList<ScheduledDose>& schedule = readSchedule.value();
    const QSqlDatabase db = database.connection();
    StoreQuery children(db);
    setForwardOnlyAlongsideStatements(children);
    children.prepare(ChildrenSql);
    children.bindValue(QStringLiteral(":anyRoom"), request.roomId < 0 ? 1 : 0);
    children.bindValue(QStringLiteral(":room"), request.roomId);
    children.bindValue(QStringLiteral(":site"), request.siteId);
    StoreQuery given(db);
    setForwardOnlyAlongsideStatements(given);
    given.prepare(GivenSql);
    if (auto done = execRead(children); !done) {
        return done.error();
    }
    if (auto done = execRead(given); !done) {
        return done.error();
    }
    // Both queries run in child id order: walk them side by side.
    bool more = given.next();
    QList<Line> lines;
    while (children.next()) {
        const qint64 childId = children.value(0).toLongLong();
        QList<ImmunisationGiven> doses;
        while (more && given.value(0).toLongLong() < childId) {
            more = given.next();
        }
        while (more && given.value(0).toLongLong() == childId) {
            doses << ImmunisationGiven {0, childId, given.value(1).toString(), given.value(2).toInt(),
                                        QDate::fromString(given.value(3).toString(), Qt::ISODate)};
            more = given.next();
        }
        const QDate born = QDate::fromString(children.value(2).toString(), Qt::ISODate);
        for (const DoseDue& due : ImmunisationSchedule::evaluate(born, schedule, doses, request.to)) {
            if (due.status == DoseStatus::Due || due.status == DoseStatus::Overdue) {
                lines << Line {children.value(3).toString(), children.value(1).toString(), due};
            }
        }
    }
    // Either walk may have stopped on a damaged page rather than at the end of its rows.
    if (auto done = readComplete(children); !done) {
        return done.error();
    }
    if (auto done = readComplete(given); !done) {
        return done.error();
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        if (a.room != b.room) {
            return a.room.localeAwareCompare(b.room) < 0;
        }
        if (a.child != b.child) {
            return a.child.localeAwareCompare(b.child) < 0;
        }
        return a.dose.dueOn < b.dose.dueOn;
    });

    const QLocale locale;
    BuiltReport out;
    auto started = ReportHeader::start(database, tr("Immunisations due"), request);
    if (!started) {
        return started.error();
    }
    out.document = std::move(started).value();
    ReportDocument& doc = out.document;
    doc.addParagraph(tr("Doses due or overdue on %1 against the centre's schedule. A dose is overdue %n day(s) "
                        "after it fell due.",
                        nullptr, ImmunisationSchedule::OverdueAfterDays)
                         .arg(locale.toString(request.to, QLocale::LongFormat)));
    ReportDocument::Table table;
    table.columns = {{tr("Room"), 1.2},   {tr("Child"), 1.6}, {tr("Vaccine"), 1.8}, {tr("Dose"), 0.6, Qt::AlignHCenter},
                     {tr("Due on"), 1.1}, {tr("Status"), 0.9}};
    out.csvHeader = QStringList {tr("Room"), tr("Child"), tr("Vaccine"), tr("Dose"), tr("Due on"), tr("Status")};
    int overdue = 0;
    for (const Line& line : std::as_const(lines)) {
        const bool late = line.dose.status == DoseStatus::Overdue;
        if (late) {
            table.highlightedRows << int(table.rows.size());
            ++overdue;
        }
        const QString status = ImmunisationSchedule::statusName(line.dose.status);
        table.rows << QStringList {line.room,
                                   line.child,
                                   line.dose.dose.vaccine,
                                   locale.toString(line.dose.dose.doseNumber),
                                   locale.toString(line.dose.dueOn, QLocale::ShortFormat),
                                   status};
        out.csvRows << QStringList {line.room,
                                    line.child,
                                    line.dose.dose.vaccine,
                                    QString::number(line.dose.dose.doseNumber),
                                    line.dose.dueOn.toString(Qt::ISODate),
                                    status};
    }
    doc.addTable(table);
    doc.addKeyValues(
        {{tr("Doses due or overdue"), locale.toString(lines.size())}, {tr("Overdue"), locale.toString(overdue)}});
    return out;
}

} // namespace Kindred
