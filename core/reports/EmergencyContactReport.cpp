// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EmergencyContactReport.h"

#include "base/BidiText.h"
#include "centre/ReportHeader.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreDriver.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <functional>

namespace Kindred {
namespace {

// The text keys (%1 room, %2 and %3 the child's names; AlertsSql's and RestrictionsSql's %1) sort as the store
// driver says, byte by byte on both stores.
const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.family_id, c.first_name || ' ' || c.last_name, coalesce(r.name, '')
    FROM children c
    JOIN families f ON f.id = c.family_id
    LEFT JOIN rooms r ON r.id = c.room_id
    WHERE c.archived_at IS NULL AND f.status = 'enrolled' AND c.site_id = :site
      AND (:anyRoom = 1 OR c.room_id = :room)
    ORDER BY r.name IS NULL, r.min_age_months, %1, %2, %3, c.id)");
const auto GuardiansSql = QStringLiteral(R"(
    SELECT p.family_id, p.first_name || ' ' || p.last_name, p.relation,
           CASE WHEN p.mobile_phone <> '' THEN p.mobile_phone WHEN p.home_phone <> '' THEN p.home_phone
                ELSE p.work_phone END
    FROM people p JOIN families f ON f.id = p.family_id
    WHERE p.is_guardian = 1 AND p.archived_at IS NULL AND f.status = 'enrolled'
    ORDER BY p.family_id, p.id)");
const auto ContactsSql = QStringLiteral(R"(
    SELECT e.child_id, e.name, e.relation, e.phone
    FROM emergency_contacts e JOIN children c ON c.id = e.child_id
    WHERE c.archived_at IS NULL
    ORDER BY e.child_id, e.position)");
const auto AlertsSql = QStringLiteral(R"(
    SELECT a.child_id, a.allergen FROM allergies a JOIN children c ON c.id = a.child_id
    WHERE a.severity = 'life_threatening' AND c.archived_at IS NULL ORDER BY a.child_id, %1)");
const auto RestrictionsSql = QStringLiteral(R"(
    SELECT x.child_id, p.first_name || ' ' || p.last_name FROM pickup_restrictions x
    JOIN people p ON p.id = x.person_id JOIN children c ON c.id = x.child_id
    WHERE c.archived_at IS NULL ORDER BY x.child_id, %1, x.id)");

// Reads "id, text…" rows into lines per id. Bounded by the number of people, not by history.
Result<QHash<qint64, QStringList>> linesById(const QSqlDatabase& db, const QString& sql,
                                             const std::function<QString(const QSqlQuery&)>& line)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QHash<qint64, QStringList> lines;
    while (query.next()) {
        lines[query.value(0).toLongLong()] << line(query);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return lines;
}

QString person(const QSqlQuery& q)
{
    const QString relation = q.value(2).toString();
    const QString name = relation.isEmpty()
        ? q.value(1).toString()
        : EmergencyContactReport::tr("%1 (%2)").arg(q.value(1).toString(), relation);
    // A phone number never breaks across lines.
    return EmergencyContactReport::tr("%1: %2").arg(name, unbreakablePhone(q.value(3).toString()));
}

} // namespace

Result<BuiltReport> EmergencyContactReport::build(Database& database, const ReportRequest& request)
{
    const QSqlDatabase db = database.connection();
    auto guardians = linesById(db, GuardiansSql, person);
    auto contacts = linesById(db, ContactsSql, person);
    const StoreDriver& store = StoreDriver::of(db);
    auto alerts = linesById(db, AlertsSql.arg(store.textOrder(QStringLiteral("a.allergen"))),
                            [](const QSqlQuery& q) { return q.value(1).toString(); });
    auto restrictions = linesById(db, RestrictionsSql.arg(store.textOrder(QStringLiteral("p.last_name"))),
                                  [](const QSqlQuery& q) { return q.value(1).toString(); });
    for (const Error* error : {guardians ? nullptr : &guardians.error(), contacts ? nullptr : &contacts.error(),
                               alerts ? nullptr : &alerts.error(), restrictions ? nullptr : &restrictions.error()}) {
        if (error) {
            return *error;
        }
    }

    const QLocale locale;
    BuiltReport out;
    auto reportHeader = ReportHeader::start(database, tr("Emergency contacts"), request, false);
    if (!reportHeader) {
        return reportHeader.error();
    }
    out.document = std::move(reportHeader).value();
    ReportDocument& doc = out.document;
    // An empty alert must never read as "no restriction": a reader without ViewCustody is told they are left out.
    const QString withheld = tr("(not shown to your role)");
    if (!request.showCustody) {
        doc.addParagraph(tr("Custody restrictions (“do not release to”) are not shown: your role may not see "
                            "them. Ask a director before releasing a child to anyone not listed."));
    }
    out.csvHeader = QStringList {tr("Room"),
                                 tr("Child"),
                                 tr("Guardians"),
                                 tr("Emergency contacts"),
                                 tr("Life-threatening allergies"),
                                 tr("Do not release to")};
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ChildrenSql.arg(store.caselessTextOrder(QStringLiteral("r.name")),
                                  store.caselessTextOrder(QStringLiteral("c.last_name")),
                                  store.caselessTextOrder(QStringLiteral("c.first_name"))));
    query.bindValue(QStringLiteral(":anyRoom"), request.roomId < 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":room"), request.roomId);
    query.bindValue(QStringLiteral(":site"), request.siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    ReportDocument::Table table;
    const QList<ReportDocument::Column> columns = {{tr("Child"), 1.4},
                                                   {tr("Guardians"), 2.2},
                                                   {tr("Emergency contacts (call in this order)"), 2.4},
                                                   {tr("Alerts"), 1.6}};
    table.columns = columns;
    QString currentRoom;
    bool started = false;
    int children = 0;
    const auto flush = [&] {
        if (started) {
            doc.addHeading(currentRoom.isEmpty() ? tr("Not placed in a room") : currentRoom);
            doc.addTable(table);
        }
        table = {};
        table.columns = columns;
    };
    while (query.next()) {
        const qint64 childId = query.value(0).toLongLong();
        const QString room = query.value(3).toString();
        if (!started || room != currentRoom) {
            flush();
            currentRoom = room;
            started = true;
        }
        const QString name = query.value(2).toString();
        const QStringList family = guardians->value(query.value(1).toLongLong());
        QStringList numbered;
        for (const QString& c : contacts->value(childId)) {
            numbered << tr("%1. %2").arg(numbered.size() + 1).arg(c);
        }
        const QStringList allergies = alerts->value(childId);
        const QStringList restricted = request.showCustody ? restrictions->value(childId) : QStringList();
        QStringList alertLines;
        if (!allergies.isEmpty()) {
            alertLines << tr("Life-threatening allergy: %1").arg(allergies.join(QStringLiteral(", ")));
        }
        if (!restricted.isEmpty()) {
            alertLines << tr("Do not release to: %1").arg(restricted.join(QStringLiteral(", ")));
        }
        if (!alertLines.isEmpty()) {
            table.highlightedRows << int(table.rows.size());
        }
        const QString none = tr("(none recorded)");
        table.rows << QStringList {name, family.isEmpty() ? none : family.join(QLatin1Char('\n')),
                                   numbered.isEmpty() ? none : numbered.join(QLatin1Char('\n')),
                                   alertLines.join(QLatin1Char('\n'))};
        const auto plain = [](QStringList lines) {
            return lines.join(QStringLiteral("; ")).replace(QChar(0x00a0), QLatin1Char(' '));
        };
        out.csvRows << QStringList {room,
                                    name,
                                    plain(family),
                                    plain(contacts->value(childId)),
                                    allergies.join(QStringLiteral("; ")),
                                    request.showCustody ? restricted.join(QStringLiteral("; ")) : withheld};
        ++children;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    flush();
    if (!started) {
        doc.addParagraph(tr("No enrolled child in this room."));
    }
    doc.addKeyValues({{tr("Children listed"), locale.toString(children)}});
    return out;
}

} // namespace Kindred
