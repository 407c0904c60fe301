// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AllergyMedicalReport.h"

#include "centre/ReportHeader.h"
#include "families/Family.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreDriver.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

// One row per allergy (or one per child with notes only), grouped by room and child, most severe
// allergy first. The text keys (%1 room, %2 and %3 the child's names, %4 the allergen) sort as the store
// driver says, byte by byte on both stores.
const auto AllergiesSql = QStringLiteral(R"(
    SELECT c.id, c.first_name || ' ' || c.last_name, c.date_of_birth, coalesce(r.name, ''), c.medical_notes,
           a.allergen, a.severity, a.reaction, a.action_plan
    FROM children c
    JOIN families f ON f.id = c.family_id
    LEFT JOIN rooms r ON r.id = c.room_id
    LEFT JOIN allergies a ON a.child_id = c.id
    WHERE c.archived_at IS NULL AND f.status = 'enrolled' AND c.site_id = :site
      AND (:anyRoom = 1 OR c.room_id = :room)
      AND (a.id IS NOT NULL OR trim(c.medical_notes) <> '')
    ORDER BY r.name IS NULL, r.min_age_months, %1, %2, %3, c.id,
             CASE a.severity WHEN 'life_threatening' THEN 0 WHEN 'severe' THEN 1 WHEN 'moderate' THEN 2 ELSE 3 END,
             %4)");

struct ChildEntry
{
    qint64 id = 0;
    QString name;
    QString born;
    QString notes;
    QStringList allergies;
    bool lifeThreatening = false;
};

} // namespace

Result<BuiltReport> AllergyMedicalReport::build(Database& database, const ReportRequest& request)
{
    const QLocale locale;
    BuiltReport out;
    auto started = ReportHeader::start(database, tr("Allergies and medical conditions"), request, false);
    if (!started) {
        return started.error();
    }
    out.document = std::move(started).value();
    ReportDocument& doc = out.document;
    out.csvHeader = QStringList {tr("Room"),     tr("Child"),    tr("Date of birth"), tr("Allergen"),
                                 tr("Severity"), tr("Reaction"), tr("Action plan"),   tr("Medical notes")};

    StoreQuery query(database.connection());
    setForwardOnlyAlongsideStatements(query);
    const StoreDriver& store = StoreDriver::of(database.connection());
    query.prepare(AllergiesSql.arg(
        store.caselessTextOrder(QStringLiteral("r.name")), store.caselessTextOrder(QStringLiteral("c.last_name")),
        store.caselessTextOrder(QStringLiteral("c.first_name")), store.textOrder(QStringLiteral("a.allergen"))));
    query.bindValue(QStringLiteral(":anyRoom"), request.roomId < 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":room"), request.roomId);
    query.bindValue(QStringLiteral(":site"), request.siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    const QList<ReportDocument::Column> columns = {
        {tr("Child"), 1.5}, {tr("Born"), 0.8}, {tr("Allergies (most severe first)"), 3.2}, {tr("Medical notes"), 2.0}};
    QString currentRoom;
    bool anyRoom = false;
    ReportDocument::Table table;
    ChildEntry child;
    int children = 0;
    int lifeThreatening = 0;
    const auto flushChild = [&] {
        if (child.id == 0) {
            return;
        }
        if (child.lifeThreatening) {
            table.highlightedRows << int(table.rows.size());
            ++lifeThreatening;
        }
        table.rows << QStringList {child.name, child.born, child.allergies.join(QLatin1Char('\n')), child.notes};
        ++children;
        child = {};
    };
    const auto flushRoom = [&] {
        flushChild();
        if (anyRoom) {
            doc.addHeading(currentRoom.isEmpty() ? tr("Not placed in a room") : currentRoom);
            doc.addTable(table);
        }
        table = {};
        table.columns = columns;
    };
    table.columns = columns;
    while (query.next()) {
        const qint64 childId = query.value(0).toLongLong();
        const QString room = query.value(3).toString();
        if (!anyRoom || room != currentRoom) {
            flushRoom();
            currentRoom = room;
            anyRoom = true;
        }
        if (childId != child.id) {
            flushChild();
            child.id = childId;
            child.name = query.value(1).toString();
            child.born
                = locale.toString(QDate::fromString(query.value(2).toString(), Qt::ISODate), QLocale::ShortFormat);
            child.notes = query.value(4).toString().trimmed();
        }
        const QString allergen = query.value(5).toString();
        const QString dob = query.value(2).toString();
        if (allergen.isEmpty()) {
            out.csvRows << QStringList {room, child.name, dob, {}, {}, {}, {}, child.notes};
            continue;
        }
        const AllergySeverity severity = allergySeverityFromKey(query.value(6).toString());
        const QString reaction = query.value(7).toString().trimmed();
        const QString plan = query.value(8).toString().trimmed();
        QString line = severity == AllergySeverity::LifeThreatening
            ? tr("%1 — %2").arg(allergen, allergySeverityName(severity).toUpper())
            : tr("%1 — %2").arg(allergen, allergySeverityName(severity));
        if (!reaction.isEmpty()) {
            line += tr(". Reaction: %1").arg(reaction);
        }
        if (!plan.isEmpty()) {
            line += tr(". Action: %1").arg(plan);
        }
        child.allergies << line;
        child.lifeThreatening = child.lifeThreatening || severity == AllergySeverity::LifeThreatening;
        out.csvRows << QStringList {room,     child.name, dob,        allergen, allergySeverityKey(severity),
                                    reaction, plan,       child.notes};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    flushRoom();
    if (!anyRoom) {
        doc.addParagraph(tr("No enrolled child has an allergy or medical notes recorded."));
    }
    doc.addKeyValues({{tr("Children listed"), locale.toString(children)},
                      {tr("With a life-threatening allergy"), locale.toString(lifeThreatening)}});
    if (lifeThreatening > 0) {
        doc.addParagraph(tr("Highlighted: a life-threatening allergy. Keep the action plan and medication with the "
                            "child at all times, including excursions."),
                         true);
    }
    return out;
}

} // namespace Kindred
