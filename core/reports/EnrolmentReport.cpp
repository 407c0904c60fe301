// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EnrolmentReport.h"

#include "centre/Centre.h"
#include "centre/ReportHeader.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

const auto EnrolledSql = QStringLiteral(R"(
    SELECT coalesce(c.room_id, 0), count(*)
    FROM children c JOIN families f ON f.id = c.family_id
    WHERE c.archived_at IS NULL AND f.status = 'enrolled' AND c.site_id = :site
    GROUP BY coalesce(c.room_id, 0))");
const auto WaitlistSql = QStringLiteral(R"(
    SELECT c.date_of_birth
    FROM children c JOIN families f ON f.id = c.family_id
    WHERE c.archived_at IS NULL AND f.status = 'waitlist' AND c.site_id = :site)");
const auto AttendingSql = QStringLiteral(R"(
    SELECT room_id, count(DISTINCT day || ':' || child_id), count(DISTINCT day)
    FROM attendance WHERE day >= :from AND day <= :to AND room_id IS NOT NULL AND voided_at IS NULL AND site_id = :site
    GROUP BY room_id)");

int monthsBetween(QDate born, QDate on)
{
    int months = (on.year() - born.year()) * 12 + on.month() - born.month();
    if (on.day() < born.day()) {
        --months;
    }
    return months;
}

} // namespace

Result<QList<EnrolmentReport::RoomLine>> EnrolmentReport::compute(Database& database, const ReportRequest& request)
{
    const QSqlDatabase db = database.connection();
    QList<RoomLine> lines;
    const auto byId = ReportHeader::roomsById(database);
    if (!byId) {
        return byId.error();
    }
    QList<Room> rooms;
    for (const Room& room : byId.value()) {
        if (room.siteId == request.siteId) {
            rooms << room;
        }
    }
    std::sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) {
        // The id breaks a tie (an archived room may share an active one's name); QHash gives no order of its own.
        if (a.minAgeMonths != b.minAgeMonths) {
            return a.minAgeMonths < b.minAgeMonths;
        }
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    QHash<qint64, int> enrolled;
    QHash<qint64, QPair<int, int>> attending;
    {
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        query.prepare(EnrolledSql);
        query.bindValue(QStringLiteral(":site"), request.siteId);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            enrolled.insert(query.value(0).toLongLong(), query.value(1).toInt());
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    {
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        query.prepare(AttendingSql);
        query.bindValue(QStringLiteral(":from"), request.from.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":to"), request.to.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":site"), request.siteId);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        while (query.next()) {
            attending.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt()});
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    for (const Room& room : std::as_const(rooms)) {
        if (request.roomId >= 0 ? room.id != request.roomId : room.archived) {
            continue;
        }
        RoomLine line;
        line.roomId = room.id;
        line.room = room.name;
        line.ageBand = tr("%1–%2 months").arg(room.minAgeMonths).arg(room.maxAgeMonths);
        line.ratio = room.ratioText();
        line.capacity = room.capacity;
        line.enrolled = enrolled.value(room.id);
        line.staffNeeded = room.staffRequiredFor(line.enrolled);
        const auto [stays, days] = attending.value(room.id);
        line.averageAttending = days > 0 ? double(stays) / days : 0.0;
        lines << line;
    }
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(WaitlistSql);
    query.bindValue(QStringLiteral(":site"), request.siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        const QDate born = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const int months = monthsBetween(born, request.to);
        for (RoomLine& line : lines) {
            const Room& room
                = *std::find_if(rooms.cbegin(), rooms.cend(), [&](const Room& r) { return r.id == line.roomId; });
            if (months >= room.minAgeMonths && months <= room.maxAgeMonths) {
                ++line.waitlist;
                break;
            }
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    if (request.roomId < 0 && enrolled.value(0) > 0) {
        RoomLine unplaced;
        unplaced.room = tr("Not placed in a room");
        unplaced.enrolled = enrolled.value(0);
        lines << unplaced;
    }
    return lines;
}

Result<BuiltReport> EnrolmentReport::build(Database& database, const ReportRequest& request)
{
    auto computed = compute(database, request);
    if (!computed) {
        return computed.error();
    }
    const QLocale locale;
    BuiltReport out;
    auto started = ReportHeader::start(database, tr("Enrolment and capacity"), request);
    if (!started) {
        return started.error();
    }
    out.document = std::move(started).value();
    ReportDocument& doc = out.document;
    ReportDocument::Table table;
    doc.landscape = true; // ten columns of figures
    table.columns = {{tr("Room"), 1.6},
                     {tr("Ages"), 1.4},
                     {tr("Ratio"), 0.8},
                     {tr("Capacity"), 1.0, Qt::AlignRight},
                     {tr("Enrolled"), 1.0, Qt::AlignRight},
                     {tr("Places free"), 1.0, Qt::AlignRight},
                     {tr("Occupancy"), 1.1, Qt::AlignRight},
                     {tr("Staff needed"), 1.0, Qt::AlignRight},
                     {tr("Waitlist"), 1.0, Qt::AlignRight},
                     {tr("Attending a day"), 1.1, Qt::AlignRight}};
    out.csvHeader = QStringList {
        tr("Room"),        tr("Ages"),        tr("Ratio"),        tr("Capacity"), tr("Enrolled"),
        tr("Places free"), tr("Occupancy %"), tr("Staff needed"), tr("Waitlist"), tr("Average attending a day")};
    int capacity = 0;
    int enrolledTotal = 0;
    int waitlist = 0;
    for (const RoomLine& l : computed.value()) {
        const int free = l.capacity - l.enrolled;
        const double occupancy = l.capacity > 0 ? 100.0 * l.enrolled / l.capacity : 0.0;
        if (l.capacity > 0 && free < 0) {
            table.highlightedRows << int(table.rows.size()); // over capacity
        }
        table.rows << QStringList {l.room,
                                   l.ageBand,
                                   l.ratio,
                                   l.capacity ? locale.toString(l.capacity) : QString(),
                                   locale.toString(l.enrolled),
                                   l.capacity ? locale.toString(free) : QString(),
                                   l.capacity ? locale.toString(occupancy, 'f', 0) + QLatin1Char('%') : QString(),
                                   l.capacity ? locale.toString(l.staffNeeded) : QString(),
                                   l.capacity ? locale.toString(l.waitlist) : QString(),
                                   l.capacity ? locale.toString(l.averageAttending, 'f', 1) : QString()};
        out.csvRows << QStringList {l.room,
                                    l.ageBand,
                                    l.ratio,
                                    QString::number(l.capacity),
                                    QString::number(l.enrolled),
                                    QString::number(free),
                                    QString::number(occupancy, 'f', 1),
                                    QString::number(l.staffNeeded),
                                    QString::number(l.waitlist),
                                    QString::number(l.averageAttending, 'f', 2)};
        capacity += l.capacity;
        enrolledTotal += l.enrolled;
        waitlist += l.waitlist;
    }
    doc.addTable(table);
    doc.addKeyValues({{tr("Places"), locale.toString(capacity)},
                      {tr("Children enrolled"), locale.toString(enrolledTotal)},
                      {tr("Places free"), locale.toString(capacity - enrolledTotal)},
                      {tr("Waitlisted children who fit a room"), locale.toString(waitlist)}});
    if (!table.highlightedRows.isEmpty()) {
        doc.addParagraph(tr("Highlighted: more children enrolled than the room's capacity."), true);
    }
    return out;
}

} // namespace Kindred
