// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/RatioComplianceReport.h"

#include "attendance/StaffPresence.h"
#include "base/Clock.h"
#include "centre/Centre.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

// The instants as stored; intervals() turns them into epoch milliseconds, the same on both stores.
const auto StaysSql = QStringLiteral(R"(
    SELECT room_id, checked_in_at, checked_out_at
    FROM attendance
    WHERE day = :day AND room_id IS NOT NULL AND voided_at IS NULL AND site_id = :site
      AND (:anyRoom = 1 OR room_id = :room))");

struct Interval
{
    qint64 roomId = 0;
    qint64 from = 0;
    qint64 to = 0;
};

Result<QList<Interval>> intervals(const QSqlDatabase& db, const QString& sql, QDate day, qint64 roomId, qint64 siteId,
                                  qint64 openEnd)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":anyRoom"), roomId < 0 ? 1 : 0);
    query.bindValue(QStringLiteral(":room"), roomId);
    query.bindValue(QStringLiteral(":site"), siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<Interval> list;
    while (query.next()) {
        list << Interval {query.value(0).toLongLong(), instantFromSql(query.value(1)).toMSecsSinceEpoch(),
                          query.value(2).isNull() ? openEnd : instantFromSql(query.value(2)).toMSecsSinceEpoch()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return list;
}

int countAt(const QList<Interval>& list, qint64 roomId, qint64 at)
{
    return int(std::count_if(list.cbegin(), list.cend(),
                             [&](const Interval& i) { return i.roomId == roomId && i.from <= at && at < i.to; }));
}

Result<QTime> settingTime(Database& database, const QString& key, const QString& fallback)
{
    const auto text = SettingsService::read(database, key, fallback);
    if (!text) {
        return text.error();
    }
    const QTime time = QTime::fromString(text.value(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime::fromString(fallback, QStringLiteral("HH:mm"));
}

} // namespace

Result<RatioComplianceReport::Figures> RatioComplianceReport::compute(Database& database, const ReportRequest& request)
{
    const QSqlDatabase db = database.connection();
    const auto readRooms = ReportHeader::roomsById(database);
    if (!readRooms) {
        return readRooms.error();
    }
    const QHash<qint64, Room>& rooms = readRooms.value();
    QList<Room> checked;
    for (const Room& room : rooms) {
        if ((request.roomId < 0 && !room.archived && room.siteId == request.siteId) || room.id == request.roomId) {
            checked << room;
        }
    }
    // The id breaks a tie (an archived room may share an active one's name); QHash gives no order of its own.
    std::sort(checked.begin(), checked.end(),
              [](const Room& a, const Room& b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });
    const auto readOpening = settingTime(database, SettingsService::OpeningTime, QStringLiteral("07:00"));
    if (!readOpening) {
        return readOpening.error();
    }
    const auto readClosing = settingTime(database, SettingsService::ClosingTime, QStringLiteral("18:00"));
    if (!readClosing) {
        return readClosing.error();
    }
    const QTime opening = readOpening.value();
    const QTime closing = readClosing.value();
    const QTimeZone zone = Clock::timeZone();
    const QDateTime now = Clock::currentDateTimeUtc();

    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    system.setSiteId(request.siteId); // the staff clocked in at the report's site
    Figures figures;
    for (QDate day = request.from; day <= request.to; day = day.addDays(1)) {
        const qint64 closingMs = QDateTime(day, closing, zone).toMSecsSinceEpoch();
        const qint64 openEnd = day == Clock::currentDate() ? std::min(now.toMSecsSinceEpoch(), closingMs) : closingMs;
        auto stays = intervals(db, StaysSql, day, request.roomId, request.siteId, openEnd);
        if (!stays) {
            return stays.error();
        }
        // Staff present: StaffPresence, the same rule as the room board, the roll call and group check-out.
        auto present = StaffPresence(database, system).presentOn(day, request.roomId);
        if (!present) {
            return present.error();
        }
        QList<Interval> shifts;
        for (const StaffShift& shift : present.value()) {
            if (shift.roomId > 0) {
                shifts.append(
                    Interval {shift.roomId, shift.clockedInAt.toMSecsSinceEpoch(),
                              shift.clockedOutAt.isValid() ? shift.clockedOutAt.toMSecsSinceEpoch() : openEnd});
            }
        }
        if (stays->isEmpty() && shifts.isEmpty()) {
            continue; // closed
        }
        for (const Room& room : std::as_const(checked)) {
            Breach* open = nullptr;
            for (QTime t = opening; t.isValid() && t < closing; t = t.addSecs(StepMinutes * 60)) {
                const qint64 at = QDateTime(day, t, zone).toMSecsSinceEpoch();
                Step step {day, t, room.id, countAt(stays.value(), room.id, at), countAt(shifts, room.id, at), 0};
                step.required = room.staffRequiredFor(step.children);
                ++figures.stepsChecked;
                if (step.children > 0 || step.staff > 0) {
                    figures.steps << step;
                }
                if (!step.isBreach()) {
                    open = nullptr;
                } else if (open) {
                    open->to = t.addSecs(StepMinutes * 60);
                    open->maxChildren = std::max(open->maxChildren, step.children);
                    if (step.required - step.staff > open->required - open->minStaff) {
                        open->minStaff = step.staff;
                        open->required = step.required;
                    }
                } else {
                    figures.breaches << Breach {day,        room.id,      t, t.addSecs(StepMinutes * 60), step.children,
                                                step.staff, step.required};
                    open = &figures.breaches.last();
                }
                if (t.addSecs(StepMinutes * 60) < t) {
                    break; // past midnight
                }
            }
        }
    }
    return figures;
}

Result<BuiltReport> RatioComplianceReport::build(Database& database, const ReportRequest& request)
{
    auto computed = compute(database, request);
    if (!computed) {
        return computed.error();
    }
    const Figures& figures = computed.value();
    const auto readRooms = ReportHeader::roomsById(database);
    if (!readRooms) {
        return readRooms.error();
    }
    const QHash<qint64, Room>& rooms = readRooms.value();
    const QLocale locale;
    const auto time = [](QTime t) { return t.toString(QStringLiteral("HH:mm")); };
    BuiltReport out;
    auto reportHeader = ReportHeader::start(database, tr("Ratio compliance"), request);
    if (!reportHeader) {
        return reportHeader.error();
    }
    out.document = std::move(reportHeader).value();
    ReportDocument& doc = out.document;
    doc.landscape = true;
    doc.addParagraph(tr("Children checked in against staff clocked in to each room, every %n minute(s) of the "
                        "opening hours. A step is a breach when fewer staff were present than the room's ratio "
                        "requires.",
                        nullptr, StepMinutes));
    doc.addKeyValues({{tr("Steps checked"), locale.toString(figures.stepsChecked)},
                      {tr("Breaches"), locale.toString(figures.breaches.size())}});

    doc.addHeading(tr("Breaches"));
    if (figures.breaches.isEmpty()) {
        doc.addParagraph(tr("No breach: every room had the staff its ratio requires at every step."));
    } else {
        ReportDocument::Table breaches;
        breaches.columns = {{tr("Date"), 1.4},
                            {tr("Room"), 1.6},
                            {tr("Ratio"), 0.7},
                            {tr("From"), 0.8},
                            {tr("To"), 0.8},
                            {tr("Most children"), 1.0, Qt::AlignRight},
                            {tr("Staff present"), 1.0, Qt::AlignRight},
                            {tr("Staff required"), 1.0, Qt::AlignRight}};
        for (const Breach& b : figures.breaches) {
            const Room room = rooms.value(b.roomId);
            breaches.highlightedRows << int(breaches.rows.size());
            breaches.rows << QStringList {locale.toString(b.day, QLocale::ShortFormat),
                                          room.name,
                                          room.ratioText(),
                                          time(b.from),
                                          time(b.to),
                                          locale.toString(b.maxChildren),
                                          locale.toString(b.minStaff),
                                          locale.toString(b.required)};
        }
        doc.addTable(breaches);
    }

    // The grid: one table a day, one column a room, "children · staff present/required" per step.
    QList<qint64> roomIds;
    for (const Step& s : figures.steps) {
        if (!roomIds.contains(s.roomId)) {
            roomIds << s.roomId;
        }
    }
    std::sort(roomIds.begin(), roomIds.end(), [&](qint64 a, qint64 b) {
        const QString first = rooms.value(a).name;
        const QString second = rooms.value(b).name;
        return first != second ? first < second : a < b;
    });
    out.csvHeader = QStringList {tr("Date"),          tr("Time"),           tr("Room"),  tr("Children"),
                                 tr("Staff present"), tr("Staff required"), tr("Breach")};
    qsizetype i = 0;
    while (i < figures.steps.size()) {
        const QDate day = figures.steps.at(i).day;
        QMap<QTime, QHash<qint64, Step>> grid;
        for (; i < figures.steps.size() && figures.steps.at(i).day == day; ++i) {
            const Step& s = figures.steps.at(i);
            grid[s.time].insert(s.roomId, s);
        }
        doc.addHeading(locale.toString(day, QLocale::LongFormat));
        ReportDocument::Table table;
        table.columns << ReportDocument::Column {tr("Time"), 0.7};
        for (qint64 roomId : std::as_const(roomIds)) {
            const Room room = rooms.value(roomId);
            table.columns << ReportDocument::Column {
                tr("%1 (%2)\nchildren · staff/required").arg(room.name, room.ratioText()), 1.5, Qt::AlignLeft};
        }
        for (auto it = grid.cbegin(); it != grid.cend(); ++it) {
            QStringList row {time(it.key())};
            bool breach = false;
            for (qint64 roomId : std::as_const(roomIds)) {
                const auto step = it->constFind(roomId);
                if (step == it->constEnd()) {
                    row << QString();
                    continue;
                }
                breach = breach || step->isBreach();
                row << tr("%1 · %2/%3%4")
                           .arg(step->children)
                           .arg(step->staff)
                           .arg(step->required)
                           .arg(step->isBreach() ? tr("  BREACH") : QString());
                out.csvRows << QStringList {day.toString(Qt::ISODate),
                                            it.key().toString(QStringLiteral("HH:mm")),
                                            rooms.value(roomId).name,
                                            QString::number(step->children),
                                            QString::number(step->staff),
                                            QString::number(step->required),
                                            step->isBreach() ? tr("yes") : tr("no")};
            }
            if (breach) {
                table.highlightedRows << int(table.rows.size());
            }
            table.rows << row;
        }
        doc.addTable(table);
    }
    return out;
}

} // namespace Kindred
