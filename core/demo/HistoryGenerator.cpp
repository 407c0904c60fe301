// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/HistoryGenerator.h"

#include "attendance/AttendanceRules.h"
#include "attendance/BookingPolicy.h"
#include "attendance/SecurityCode.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "demo/HistoryEvents.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <bit>
#include <vector>

namespace Kindred {
namespace {

const auto ChildrenSql = QStringLiteral(R"(
    SELECT c.id, c.family_id, c.room_id, c.date_of_birth,
           (SELECT p.id FROM people p WHERE p.family_id = c.family_id AND p.is_guardian = 1
                AND p.archived_at IS NULL ORDER BY p.id LIMIT 1),
           (SELECT p.id FROM people p WHERE p.family_id = c.family_id AND p.is_guardian = 1
                AND p.archived_at IS NULL ORDER BY p.id DESC LIMIT 1),
           c.site_id
    FROM children c WHERE c.archived_at IS NULL ORDER BY c.id)");
const auto BookingsSql = QStringLiteral(R"(
    SELECT child_id, weekdays, arrival, departure, starts_on, ends_on FROM child_bookings ORDER BY child_id, starts_on)");
// A staff member works at their usual room's site; with no room, at the first.
const auto StaffSql = QStringLiteral(R"(
    SELECT s.id, coalesce(r.site_id, 1) FROM staff s LEFT JOIN rooms r ON r.id = s.room_id
    WHERE s.archived_at IS NULL ORDER BY s.id)");
const auto InsertAttendanceSql = QStringLiteral(R"(
    INSERT INTO attendance (child_id, family_id, room_id, day, security_code, checked_in_at, brought_by_person_id,
                            checkin_desk_staff_id, checked_out_at, collected_by_person_id, checkout_desk_staff_id,
                            late_minutes, site_id)
    VALUES (:child, :family, :room, :day, :code, :in, :brought, :indesk, :out, :collected, :outdesk, :late, :site))");
const auto InsertAbsenceSql = QStringLiteral(R"(
    INSERT INTO absences (child_id, day, reason, recorded_by_staff_id, recorded_at)
    VALUES (:child, :day, :reason, :by, :at))");

constexpr int CodeSpace = 25 * 25 * 25 * 25; // four letters of SecurityCode::alphabet()
constexpr int CodeStride = 7919; // prime to 5^8: i * stride + offset visits every code once per day

struct Enrolled
{
    qint64 id = 0;
    qint64 familyId = 0;
    QVariant roomId;
    QDate from; // six months old, or the start of the history
    quint8 weekdays = 0; // bit 0 Monday … bit 4 Friday
    int arrival = 0; // minutes after midnight
    int pickup = 0;
    qint64 broughtBy = 0;
    qint64 collectedBy = 0;
    qint64 siteId = 0; // where the child is enrolled: every stay is there
    // From the first booked day on, the child comes as booked (the desk's bookings); before it, on the
    // weekly schedule above.
    QList<ChildBooking> bookings;
};

QString codeFor(int index, int offset)
{
    static const QString letters = SecurityCode::alphabet();
    int n = int((qint64(index) * CodeStride + offset) % CodeSpace);
    QString code(SecurityCode::Length, QLatin1Char('A'));
    for (int i = SecurityCode::Length - 1; i >= 0; --i) {
        code[i] = letters.at(n % 25);
        n /= 25;
    }
    return code;
}

// The centre is closed at weekends and between Christmas and New Year.
bool isOpen(QDate day)
{
    if (day.dayOfWeek() > 5) {
        return false;
    }
    return !((day.month() == 12 && day.day() >= 25) || (day.month() == 1 && day.day() == 1));
}

Result<std::vector<Enrolled>> loadChildren(const QSqlDatabase& db, QRandomGenerator& random, QDate firstDay)
{
    std::vector<Enrolled> children;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ChildrenSql);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    while (query.next()) {
        Enrolled child;
        child.id = query.value(0).toLongLong();
        child.familyId = query.value(1).toLongLong();
        child.roomId = query.value(2).isNull() ? QVariant(QMetaType::fromType<qint64>()) : query.value(2);
        const QDate born = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        child.from = std::max(firstDay, born.addDays(184)); // six months old, however long the months
        child.broughtBy = query.value(4).toLongLong();
        child.collectedBy = query.value(5).toLongLong();
        child.siteId = query.value(6).toLongLong();
        if (child.broughtBy == 0) {
            continue; // no guardian on file: the desk could not have checked this child in
        }
        // Two to five days a week, most often three.
        static const int DaysPerWeek[] = {2, 3, 3, 3, 4, 4, 5, 5, 2, 3};
        const int days = DaysPerWeek[random.bounded(10)];
        while (std::popcount(child.weekdays) < days) {
            child.weekdays |= quint8(1u << random.bounded(5));
        }
        child.arrival = 7 * 60 + int(random.bounded(150)); // 07:00–09:30
        child.pickup = 15 * 60 + int(random.bounded(165)); // 15:00–17:45
        children.push_back(child);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.finish();
    StoreQuery bookings(db);
    setForwardOnlyAlongsideStatements(bookings);
    if (auto done = execRead(bookings, BookingsSql); !done) {
        return done.error();
    }
    auto child = children.begin();
    const QString hhmm = QStringLiteral("HH:mm");
    while (bookings.next()) { // both by child id
        const qint64 childId = bookings.value(0).toLongLong();
        while (child != children.end() && child->id < childId) {
            ++child;
        }
        if (child != children.end() && child->id == childId) {
            child->bookings << ChildBooking {quint8(bookings.value(1).toUInt()),
                                             QTime::fromString(bookings.value(2).toString(), hhmm),
                                             QTime::fromString(bookings.value(3).toString(), hhmm),
                                             QDate::fromString(bookings.value(4).toString(), Qt::ISODate),
                                             QDate::fromString(bookings.value(5).toString(), Qt::ISODate)};
        }
    }
    if (auto done = readComplete(bookings); !done) {
        return done.error();
    }
    return children;
}

QString utcText(QDate day, int minutes, int seconds, int offsetSeconds)
{
    const QDateTime local(day, QTime(0, 0), Qt::UTC);
    return local.addSecs(qint64(minutes) * 60 + seconds - offsetSeconds).toString(Qt::ISODateWithMs);
}

} // namespace

HistoryGenerator::HistoryGenerator(Database& database)
    : m_database(database)
{ }

Result<HistorySummary> HistoryGenerator::generate(const HistoryOptions& options)
{
    const QSqlDatabase db = m_database.connection();
    const QTimeZone zone = Clock::timeZone();
    const QDate lastDay = options.lastDay.isValid() ? options.lastDay : Clock::currentDate().addDays(-1);
    // Today's stays go through the desk and its pickup rules, never through generated history.
    if (lastDay >= Clock::currentDate()) {
        return Error {tr("Generated history ends yesterday at the latest. Nothing was written.")};
    }
    const QDate firstDay = options.days > 0 ? lastDay.addDays(1 - options.days)
                                            : lastDay.addYears(-std::max(1, options.years)).addDays(1);
    const auto readClosing = AttendanceRules::closingTime(m_database);
    if (!readClosing) {
        return readClosing.error();
    }
    const QTime closing = readClosing.value();
    const int closingMinutes = closing.hour() * 60 + closing.minute();
    QRandomGenerator random(options.seed);

    auto children = loadChildren(db, random, firstDay);
    if (!children) {
        return children.error();
    }
    std::vector<qint64> staff;
    std::vector<qint64> staffSites;
    {
        StoreQuery query(db);
        query.prepare(StaffSql);
        if (auto done = execQuery(query); !done) {
            return done.error();
        }
        while (query.next()) {
            staff.push_back(query.value(0).toLongLong());
            staffSites.push_back(query.value(1).toLongLong());
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    if (staff.empty()) {
        return Error {tr("The centre has no staff to stand at the desk in its history.")};
    }
    static const QStringList Reasons {QStringLiteral("Sick"), QStringLiteral("Holiday"), QStringLiteral("Family"),
                                      QStringLiteral("Sick"), QStringLiteral("Appointment")};

    HistoryEvents events(db, options.seed, staff, staffSites, QDateTime(lastDay, QTime(23, 59), zone).toUTC());
    if (auto prepared = events.prepare(); !prepared) {
        return prepared.error();
    }
    std::vector<HistoryPresence> present;
    present.reserve(children->size());

    // A bulk load: a lost day on a power cut costs nothing (StoreDriver::setBulkLoading).
    StoreDriver::of(db).setBulkLoading(db, true);
    HistorySummary summary;
    StoreQuery insert(db);
    insert.prepare(InsertAttendanceSql);
    StoreQuery absence(db);
    absence.prepare(InsertAbsenceSql);
    Result<HistorySummary> outcome = summary;
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        if (!isOpen(day)) {
            continue;
        }
        const quint8 weekday = quint8(1u << (day.dayOfWeek() - 1));
        const int offset = zone.offsetFromUtc(QDateTime(day, QTime(12, 0), zone)); // no change during opening hours
        const QString dayText = day.toString(Qt::ISODate);
        const int codeOffset = int(random.bounded(CodeSpace));
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            outcome = begun.error();
            break;
        }
        int index = 0;
        bool failed = false;
        present.clear();
        for (const Enrolled& child : std::as_const(children.value())) {
            if (day < child.from) {
                continue;
            }
            int arrival = child.arrival;
            int pickup = child.pickup;
            if (!child.bookings.isEmpty() && day >= child.bookings.first().startsOn) {
                const ChildBooking* booked = BookingPolicy::bookingOn(child.bookings, day);
                if (!booked) {
                    continue;
                }
                arrival = booked->arrival.hour() * 60 + booked->arrival.minute();
                pickup = booked->departure.hour() * 60 + booked->departure.minute();
            } else if (!(child.weekdays & weekday)) {
                continue;
            }
            const quint32 roll = random.bounded(1000);
            const qint64 desk
                = staff.at(HistoryEvents::atSite(staffSites, random.bounded(quint32(staff.size())), child.siteId));
            if (roll < 80) { // away today; most families tell the centre
                if (roll < 50) {
                    absence.bindValue(QStringLiteral(":child"), child.id);
                    absence.bindValue(QStringLiteral(":day"), dayText);
                    absence.bindValue(QStringLiteral(":reason"), Reasons.at(int(roll % Reasons.size())));
                    absence.bindValue(QStringLiteral(":by"), desk);
                    absence.bindValue(QStringLiteral(":at"), utcText(day, 7 * 60 + int(roll), 0, offset));
                    if (auto done = execQuery(absence); !done) {
                        outcome = done.error();
                        failed = true;
                        break;
                    }
                    ++summary.absences;
                }
                continue;
            }
            const int in = arrival + int(random.bounded(31)) - 15;
            int out = pickup + int(random.bounded(41)) - 20;
            int late = 0;
            if (roll >= 985) { // stuck in traffic
                out = closingMinutes + 1 + int(random.bounded(40));
                late = out - closingMinutes;
                ++summary.latePickups;
            }
            out = std::min(out, closingMinutes + 59);
            insert.bindValue(QStringLiteral(":child"), child.id);
            insert.bindValue(QStringLiteral(":family"), child.familyId);
            insert.bindValue(QStringLiteral(":room"), child.roomId);
            insert.bindValue(QStringLiteral(":day"), dayText);
            insert.bindValue(QStringLiteral(":code"), codeFor(index++, codeOffset));
            insert.bindValue(QStringLiteral(":in"), utcText(day, in, int(roll % 60), offset));
            insert.bindValue(QStringLiteral(":brought"), child.broughtBy);
            insert.bindValue(QStringLiteral(":indesk"), desk);
            insert.bindValue(QStringLiteral(":out"), utcText(day, out, int(roll % 53), offset));
            insert.bindValue(QStringLiteral(":collected"), roll % 3 == 0 ? child.collectedBy : child.broughtBy);
            insert.bindValue(QStringLiteral(":outdesk"), desk);
            insert.bindValue(QStringLiteral(":late"), late);
            insert.bindValue(QStringLiteral(":site"), child.siteId);
            if (auto done = execQuery(insert); !done) {
                outcome = done.error();
                failed = true;
                break;
            }
            ++summary.attendance;
            present.push_back({child.id, child.familyId, child.broughtBy, in, out, child.siteId});
        }
        if (failed) {
            break;
        }
        if (auto written = events.writeDay(day, offset, present); !written) {
            outcome = written.error();
            break;
        }
        if (auto committed = transaction.commit(); !committed) {
            outcome = committed.error();
            break;
        }
        ++summary.days;
        if (options.progress) {
            options.progress(day, summary.attendance);
        }
    }
    insert.finish();
    absence.finish();
    events.finish();
    summary.incidents = events.incidents();
    summary.tickets = events.tickets();
    StoreDriver::of(db).setBulkLoading(db, false);
    if (!outcome) {
        return outcome.error();
    }

    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto sealed = RecordDigest::sealAll(db, true); !sealed) { // claimed by the entry below
        return sealed.error();
    }
    AuditEntry entry {0,
                      QStringLiteral("demo.history"),
                      QStringLiteral("centre"),
                      0,
                      {{QStringLiteral("from"), firstDay.toString(Qt::ISODate)},
                       {QStringLiteral("to"), lastDay.toString(Qt::ISODate)},
                       {QStringLiteral("attendance"), summary.attendance},
                       {QStringLiteral("absences"), summary.absences},
                       {QStringLiteral("incidents"), summary.incidents},
                       {QStringLiteral("tickets"), summary.tickets},
                       {QStringLiteral("seed"), qint64(options.seed)}},
                      {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Kindred
