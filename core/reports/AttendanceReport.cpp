// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AttendanceReport.h"

#include "centre/Centre.h"
#include "centre/ReportHeader.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Kindred {
namespace {

// Served by attendance_day_room: a range scan over the period's days, already in day order. The
// stay's length is worked out here from the UTC instants (staySeconds), the same on both stores.
const auto StaysSql = QStringLiteral(R"(
    SELECT a.child_id, coalesce(a.room_id, 0), a.day, a.checked_in_at, a.checked_out_at
    FROM attendance a
    WHERE a.day >= :from AND a.day <= :to AND a.voided_at IS NULL AND a.site_id = :site
      AND (:anyRoom = 1 OR a.room_id = :room)
    ORDER BY a.day)");
const auto AbsencesSql = QStringLiteral(R"(
    SELECT child_id, count(*) FROM absences WHERE day >= :from AND day <= :to GROUP BY child_id)");
// The children the report lists even when they did not come: enrolled at the site, not archived, in the room.
const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.first_name || ' ' || c.last_name, coalesce(c.room_id, 0),
           (c.archived_at IS NULL AND f.status = 'enrolled'), c.site_id
    FROM children c JOIN families f ON f.id = c.family_id)");

// A stay's length in whole seconds, rounded to the nearest; -1 while the child is still here.
qint64 staySeconds(const QVariant& checkedIn, const QVariant& checkedOut)
{
    if (checkedOut.isNull()) {
        return -1;
    }
    return std::llround(double(instantFromSql(checkedIn).msecsTo(instantFromSql(checkedOut))) / 1000.0);
}

struct ChildAcc
{
    QString lastDay;
    int days = 0;
    qint64 seconds = 0;
    int open = 0;
};

struct RoomAcc
{
    QSet<qint64> children;
    int childDays = 0;
    qint64 seconds = 0;
    QString lastDay;
    int openDays = 0;
};

void bindPeriod(StoreQuery& query, const ReportRequest& request)
{
    query.bindValue(QStringLiteral(":from"), request.from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), request.to.toString(Qt::ISODate));
}

} // namespace

Result<AttendanceReport::Figures> AttendanceReport::compute(Database& database, const ReportRequest& request)
{
    const QSqlDatabase db = database.connection();
    const auto readRooms = ReportHeader::roomsById(database);
    if (!readRooms) {
        return readRooms.error();
    }
    const QHash<qint64, Room>& rooms = readRooms.value();
    QHash<qint64, ChildAcc> perChild;
    QHash<qint64, RoomAcc> perRoom;
    QSet<QString> days;
    {
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        query.prepare(StaysSql);
        bindPeriod(query, request);
        query.bindValue(QStringLiteral(":anyRoom"), request.roomId < 0 ? 1 : 0);
        query.bindValue(QStringLiteral(":room"), request.roomId);
        query.bindValue(QStringLiteral(":site"), request.siteId);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            const qint64 childId = query.value(0).toLongLong();
            const qint64 roomId = query.value(1).toLongLong();
            const QString day = query.value(2).toString();
            const qint64 seconds = staySeconds(query.value(3), query.value(4));
            ChildAcc& child = perChild[childId];
            RoomAcc& room = perRoom[roomId];
            if (child.lastDay != day) { // two stays on one day count as one day
                child.lastDay = day;
                ++child.days;
                ++room.childDays;
            }
            if (room.lastDay != day) {
                room.lastDay = day;
                ++room.openDays;
            }
            days.insert(day);
            room.children.insert(childId);
            if (seconds < 0) {
                ++child.open;
            } else {
                child.seconds += seconds;
                room.seconds += seconds;
            }
        }
        // A damaged page ends next() as the end of the data would: the hours after it would be missing.
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    QHash<qint64, int> absences;
    {
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        query.prepare(AbsencesSql);
        bindPeriod(query, request);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            absences.insert(query.value(0).toLongLong(), query.value(1).toInt());
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }

    Figures figures;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ChildrenSql);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const qint64 childId = query.value(0).toLongLong();
        const qint64 roomId = query.value(2).toLongLong();
        const bool active = query.value(3).toBool();
        const auto found = perChild.constFind(childId);
        const bool attended = found != perChild.constEnd();
        // A child's absences count at the site they are enrolled at.
        const bool inRoom
            = query.value(4).toLongLong() == request.siteId && (request.roomId < 0 || roomId == request.roomId);
        if (!attended && !(active && inRoom)) {
            continue;
        }
        ChildLine line;
        line.childId = childId;
        line.name = query.value(1).toString();
        line.room = rooms.value(roomId).name;
        if (attended) {
            line.days = found->days;
            line.seconds = found->seconds;
            line.notCheckedOut = found->open;
        }
        line.absences = inRoom ? absences.value(childId) : 0;
        figures.absences += line.absences;
        figures.children << line;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    // Ids break ties (two children of one name in one room, two rooms of one name, one archived): the rows come
    // in whatever order the store reads them, which a data file and the server need not share.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(figures.children.begin(), figures.children.end(), [&](const ChildLine& a, const ChildLine& b) {
        if (a.room != b.room) {
            return collator.compare(a.room, b.room) < 0;
        }
        if (const int byName = collator.compare(a.name, b.name); byName != 0) {
            return byName < 0;
        }
        return a.childId < b.childId;
    });

    for (auto it = perRoom.cbegin(); it != perRoom.cend(); ++it) {
        RoomLine line;
        line.roomId = it.key();
        line.room = it.key() > 0 ? rooms.value(it.key()).name : tr("No room recorded");
        line.children = int(it->children.size());
        line.childDays = it->childDays;
        line.seconds = it->seconds;
        line.openDays = it->openDays;
        figures.childDays += line.childDays;
        figures.seconds += line.seconds;
        figures.rooms << line;
    }
    std::sort(figures.rooms.begin(), figures.rooms.end(), [&](const RoomLine& a, const RoomLine& b) {
        const int byName = collator.compare(a.room, b.room);
        return byName != 0 ? byName < 0 : a.roomId < b.roomId;
    });
    figures.openDays = int(days.size());
    return figures;
}

Result<BuiltReport> AttendanceReport::build(Database& database, const ReportRequest& request)
{
    auto computed = compute(database, request);
    if (!computed) {
        return computed.error();
    }
    const Figures& figures = computed.value();
    const QLocale locale;
    BuiltReport out;
    auto started = ReportHeader::start(database, tr("Attendance"), request);
    if (!started) {
        return started.error();
    }
    out.document = std::move(started).value();
    ReportDocument& doc = out.document;
    doc.addKeyValues({{tr("Days the centre had children"), locale.toString(figures.openDays)},
                      {tr("Child-days attended"), locale.toString(figures.childDays)},
                      {tr("Hours attended"), ReportHeader::hoursText(figures.seconds)},
                      {tr("Absences recorded"), locale.toString(figures.absences)}});

    doc.addHeading(tr("By room"));
    ReportDocument::Table rooms;
    rooms.columns = {{tr("Room"), 2.0},
                     {tr("Children"), 1.0, Qt::AlignRight},
                     {tr("Child-days"), 1.0, Qt::AlignRight},
                     {tr("Hours"), 1.0, Qt::AlignRight},
                     {tr("Average a day"), 1.0, Qt::AlignRight}};
    for (const RoomLine& r : figures.rooms) {
        const double average = r.openDays > 0 ? double(r.childDays) / r.openDays : 0.0;
        rooms.rows << QStringList {r.room, locale.toString(r.children), locale.toString(r.childDays),
                                   ReportHeader::hoursText(r.seconds), locale.toString(average, 'f', 1)};
    }
    doc.addTable(rooms);

    doc.addHeading(tr("By child"));
    ReportDocument::Table children;
    children.columns = {{tr("Child"), 2.2},
                        {tr("Room"), 1.4},
                        {tr("Days"), 0.7, Qt::AlignRight},
                        {tr("Hours"), 0.8, Qt::AlignRight},
                        {tr("Absences"), 0.9, Qt::AlignRight},
                        {tr("Not checked out"), 1.1, Qt::AlignRight}};
    out.csvHeader = QStringList {tr("Child ID"), tr("Child"),    tr("Room"),           tr("Days attended"),
                                 tr("Hours"),    tr("Absences"), tr("Not checked out")};
    for (const ChildLine& c : figures.children) {
        if (c.notCheckedOut > 0) {
            children.highlightedRows << int(children.rows.size());
        }
        children.rows << QStringList {c.name,
                                      c.room,
                                      locale.toString(c.days),
                                      ReportHeader::hoursText(c.seconds),
                                      locale.toString(c.absences),
                                      c.notCheckedOut ? locale.toString(c.notCheckedOut) : QString()};
        out.csvRows << QStringList {QString::number(c.childId),
                                    c.name,
                                    c.room,
                                    QString::number(c.days),
                                    ReportHeader::csvHours(c.seconds),
                                    QString::number(c.absences),
                                    QString::number(c.notCheckedOut)};
    }
    doc.addTable(children);
    if (!children.highlightedRows.isEmpty()) {
        doc.addParagraph(tr("Highlighted: stays with no check-out; their hours are not counted."));
    }
    return out;
}

} // namespace Kindred
