// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoMorning.h"

#include "attendance/AttendanceRules.h"
#include "attendance/AttendanceService.h"
#include "attendance/BookingPolicy.h"
#include "attendance/ExpectedToday.h"
#include "attendance/StaffAttendance.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/Site.h"
#include "demo/StepClock.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

const auto BookingsSql = QStringLiteral(R"(
    SELECT c.id, c.family_id, b.weekdays, b.arrival, b.departure, b.starts_on, b.ends_on, c.site_id
    FROM children c JOIN child_bookings b ON b.child_id = c.id
    WHERE c.archived_at IS NULL ORDER BY c.id, b.starts_on)");
const auto RoomSitesSql = QStringLiteral(R"(SELECT id, site_id FROM rooms)");
const auto GuardiansSql = QStringLiteral(R"(
    SELECT family_id, id FROM people WHERE is_guardian = 1 AND archived_at IS NULL ORDER BY family_id, id)");

struct Booked
{
    qint64 childId = 0;
    qint64 familyId = 0;
    int arrival = 0; // seconds after midnight, local
    int departure = 0;
    qint64 siteId = 0;
};

struct Step
{
    enum Kind { ClockIn, CheckIn, CheckOut, Absence, ClockOut };
    int at = 0; // seconds after midnight, local (negative: the day before)
    Kind kind = CheckIn;
    QList<qint64> ids; // the children, or the staff member
    qint64 other = 0; // the adult, or the room
    qint64 siteId = Site::First; // where it happens: the children's site, or the staff member's room's
};

int seconds(QTime time)
{
    return time.msecsSinceStartOfDay() / 1000;
}

} // namespace

DemoMorning::DemoMorning(Database& database, quint32 seed)
    : m_database(database)
    , m_seed(seed)
{ }

Result<DemoMorningSummary> DemoMorning::play(Clock* restore)
{
    DemoMorningSummary summary;
    const QTimeZone zone = Clock::timeZone();
    const QDateTime nowLocal = Clock::currentDateTime();
    const QDate today = nowLocal.date();
    const int now = seconds(nowLocal.time());
    if (today.dayOfWeek() > 5) {
        summary.day = DemoMorningSummary::Day::Weekend;
        return summary;
    }
    const auto openingText = SettingsService::read(m_database, SettingsService::OpeningTime, QStringLiteral("07:00"));
    const auto closingTime = AttendanceRules::closingTime(m_database);
    const auto late = ExpectedToday::lateMinutes(m_database);
    if (!openingText || !closingTime || !late) {
        return !openingText ? openingText.error() : !closingTime ? closingTime.error() : late.error();
    }
    const int opening = seconds(AttendanceRules::parseTime(openingText.value(), QTime(7, 0)));
    const int closing = seconds(closingTime.value());
    summary.day = now < opening ? DemoMorningSummary::Day::BeforeOpening
        : now >= closing        ? DemoMorningSummary::Day::AfterClosing
                                : DemoMorningSummary::Day::Open;
    QRandomGenerator random(m_seed ^ 0x7DA1u ^ quint32(today.toJulianDay()));
    const auto jitter = [&random](int fromMinutes, int toMinutes) {
        return 60 * (fromMinutes + int(random.bounded(quint32(toMinutes - fromMinutes + 1))))
            + int(random.bounded(60u));
    };

    // The site of each room: an educator clocks in at their room's site.
    QHash<qint64, qint64> roomSites;
    {
        StoreQuery query(m_database.connection());
        setForwardOnlyAlongsideStatements(query);
        if (auto done = execRead(query, RoomSitesSql); !done) {
            return done.error();
        }
        while (query.next()) {
            roomSites.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }

    // Who works today, and the receptionist who stands at the desk (of every site).
    Session system(SystemActorKind::Demo);
    const auto staff = CentreService(m_database, system).staff();
    if (!staff) {
        return staff.error();
    }
    QList<Step> steps;
    const StaffMember* desk = nullptr;
    QHash<qint64, int> educators; // per site
    for (const StaffMember& member : staff.value()) {
        const qint64 site = roomSites.value(member.roomId, Site::First);
        if (member.role == StaffRole::Receptionist && !desk) {
            desk = &member;
            steps << Step {opening - 15 * 60 - int(random.bounded(60u)), Step::ClockIn, {member.id}, 0};
        } else if (member.role == StaffRole::Director) {
            steps << Step {opening + 75 * 60 + jitter(0, 20), Step::ClockIn, {member.id}, 0};
        } else if (member.role == StaffRole::Staff && member.roomId != 0) {
            // Every room's educators are in before the first child can arrive.
            steps << Step {opening - 20 * 60 + 2 * 60 * educators[site]++ + int(random.bounded(60u)),
                           Step::ClockIn,
                           {member.id},
                           member.roomId,
                           site};
        } else {
            continue;
        }
        steps << Step {closing + 5 * 60 + jitter(0, 25), Step::ClockOut, {member.id}, 0, site};
    }
    if (!desk) {
        return Error {tr("The demo centre has no receptionist to stand at the desk.")};
    }

    // The children booked today, by booked arrival.
    QList<Booked> booked;
    QHash<qint64, QList<qint64>> guardians;
    {
        const QSqlDatabase db = m_database.connection();
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        if (auto done = execRead(query, BookingsSql); !done) {
            return done.error();
        }
        qint64 childId = 0;
        qint64 familyId = 0;
        qint64 siteId = 0;
        QList<ChildBooking> bookings;
        const auto close = [&]() {
            if (const ChildBooking* b = BookingPolicy::bookingOn(bookings, today)) {
                booked << Booked {childId, familyId, seconds(b->arrival), seconds(b->departure), siteId};
            }
            bookings.clear();
        };
        const QString hhmm = QStringLiteral("HH:mm");
        while (query.next()) {
            if (query.value(0).toLongLong() != childId) {
                close();
                childId = query.value(0).toLongLong();
                familyId = query.value(1).toLongLong();
                siteId = query.value(7).toLongLong();
            }
            bookings << ChildBooking {quint8(query.value(2).toUInt()),
                                      QTime::fromString(query.value(3).toString(), hhmm),
                                      QTime::fromString(query.value(4).toString(), hhmm),
                                      QDate::fromString(query.value(5).toString(), Qt::ISODate),
                                      QDate::fromString(query.value(6).toString(), Qt::ISODate)};
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        close();
        StoreQuery people(db);
        setForwardOnlyAlongsideStatements(people);
        if (auto done = execRead(people, GuardiansSql); !done) {
            return done.error();
        }
        while (people.next()) {
            guardians[people.value(0).toLongLong()] << people.value(1).toLongLong();
        }
        if (auto done = readComplete(people); !done) {
            return done.error();
        }
    }
    std::stable_sort(booked.begin(), booked.end(),
                     [](const Booked& a, const Booked& b) { return a.arrival < b.arrival; });
    booked.erase(std::remove_if(booked.begin(), booked.end(),
                                [&](const Booked& b) { return guardians.value(b.familyId).isEmpty(); }),
                 booked.end());
    summary.booked = int(booked.size());

    // One or two away (phoned in yesterday afternoon), one or two late among those due by now.
    QList<qint64> absent;
    for (int n = booked.size() >= 20 ? 2 : 1; n > 0 && absent.size() < booked.size(); --n) {
        const Booked& b = booked.at(int(random.bounded(quint32(booked.size()))));
        if (!absent.contains(b.childId)) {
            absent << b.childId;
            steps << Step {-7 * 3600 - jitter(0, 60), Step::Absence, {b.childId}, 0, b.siteId};
        }
    }
    const int lateAfter = 60 * (late.value() + 5);
    QList<qint64> lateOnes;
    for (auto it = booked.crbegin(); it != booked.crend() && lateOnes.size() < 2; ++it) {
        if (it->arrival + lateAfter < now && !absent.contains(it->childId) && random.bounded(3u) != 0) {
            lateOnes << it->childId;
        }
    }
    // The others due by now come in near their booked time; siblings together, with one guardian (siblings at
    // two sites, at each).
    QHash<QPair<qint64, qint64>, int> familyStep; // family and site -> index of its check-in step
    for (const Booked& b : std::as_const(booked)) {
        if (absent.contains(b.childId) || lateOnes.contains(b.childId)) {
            continue;
        }
        int in = std::max(opening + int(random.bounded(120u)), b.arrival + jitter(-12, 8));
        if (b.arrival > now || (b.arrival + 60 * late.value() > now && random.bounded(2u) == 0)) {
            continue; // still to come (some a little behind their booked time, not late yet)
        }
        in = std::min(in, now - 60 - int(random.bounded(240u)));
        if (in < opening) {
            continue; // due at opening, and opening was a moment ago
        }
        const QList<qint64>& adults = guardians.value(b.familyId);
        const qint64 adult = adults.at(int(random.bounded(quint32(adults.size()))));
        const QPair<qint64, qint64> family(b.familyId, b.siteId);
        if (familyStep.contains(family)) {
            steps[familyStep.value(family)].ids << b.childId;
        } else {
            familyStep.insert(family, int(steps.size()));
            steps << Step {in, Step::CheckIn, {b.childId}, adult, b.siteId};
        }
        const int out = std::max(b.departure + jitter(-10, 10), in + 3600);
        if (out < now - 60) {
            steps << Step {
                out, Step::CheckOut, {b.childId}, adults.at(int(random.bounded(quint32(adults.size())))), b.siteId};
        }
    }
    steps.erase(std::remove_if(steps.begin(), steps.end(), [now](const Step& s) { return s.at >= now; }), steps.end());
    // A sibling checked in with an elder one leaves no earlier than they came.
    for (Step& step : steps) {
        if (step.kind == Step::CheckOut) {
            for (const Step& in : std::as_const(steps)) {
                if (in.kind == Step::CheckIn && in.ids.contains(step.ids.first())) {
                    step.at = std::max(step.at, in.at + 3600);
                }
            }
        }
    }
    steps.erase(std::remove_if(steps.begin(), steps.end(), [now](const Step& s) { return s.at >= now; }), steps.end());
    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });

    Session session;
    session.signIn(*desk);
    AttendanceService attendance(m_database, session);
    StaffAttendance staffAttendance(m_database, session);
    const QDateTime midnight = QDateTime(today, QTime(0, 0), zone);
    {
        StepClock clock(restore);
        for (const Step& step : std::as_const(steps)) {
            clock.set(midnight.addSecs(step.at).toUTC());
            session.setSiteId(step.siteId); // the desk of the site where it happens
            Result<void> done;
            switch (step.kind) {
            case Step::ClockIn:
                if (auto in = staffAttendance.clockIn(step.ids.first(), step.other); !in) {
                    done = in.error();
                }
                break;
            case Step::ClockOut:
                if (auto out = staffAttendance.clockOut(step.ids.first()); !out) {
                    done = out.error();
                }
                break;
            case Step::CheckIn:
                if (auto in = attendance.checkIn(step.ids, step.other); !in) {
                    done = in.error();
                }
                break;
            case Step::CheckOut:
                if (auto out = attendance.checkOut(step.ids.first(), step.other); !out) {
                    done = out.error();
                }
                break;
            case Step::Absence:
                if (auto away = attendance.recordAbsence(step.ids.first(), today, tr("Holiday with family")); !away) {
                    done = away.error();
                }
                break;
            }
            if (!done) {
                return done.error();
            }
        }
    }

    QSet<qint64> checkedIn;
    for (const Step& step : std::as_const(steps)) {
        if (step.kind == Step::CheckIn) {
            checkedIn.unite(QSet<qint64>(step.ids.cbegin(), step.ids.cend()));
        }
        if (step.kind == Step::ClockIn) {
            ++summary.staffPresent;
        } else if (step.kind == Step::ClockOut) {
            --summary.staffPresent;
        } else if (step.kind == Step::CheckIn) {
            summary.here += int(step.ids.size());
        } else if (step.kind == Step::CheckOut) {
            --summary.here;
            ++summary.goneHome;
        } else {
            ++summary.absent;
        }
    }
    for (const Booked& b : std::as_const(booked)) {
        if (lateOnes.contains(b.childId)) {
            ++summary.late;
        } else if (!absent.contains(b.childId) && !checkedIn.contains(b.childId)) {
            ++summary.toCome;
        }
    }
    return summary;
}

QString DemoMorning::describe(const DemoMorningSummary& s)
{
    switch (s.day) {
    case DemoMorningSummary::Day::Weekend:
        return tr("Today is a weekend day and the centre is closed, so today's attendance is empty; on a weekday "
                  "the desk shows the children booked for that day as expected.");
    case DemoMorningSummary::Day::BeforeOpening:
        return tr("The centre has not opened yet: %n staff member(s) clocked in, nobody has arrived.", "",
                  s.staffPresent)
            + QLatin1Char(' ') + tr("%n child(ren) booked today, expected from opening time.", "", s.booked);
    case DemoMorningSummary::Day::AfterClosing:
        return tr("The centre has closed for the day: %n child(ren) came and went home.", "", s.goneHome);
    case DemoMorningSummary::Day::Open:
        break;
    }
    return tr("Today so far: %n child(ren) here", "", s.here) + QLatin1String(", ") + tr("%n gone home", "", s.goneHome)
        + QLatin1String(", ") + tr("%n late", "", s.late) + QLatin1String(", ") + tr("%n still to come", "", s.toCome)
        + QLatin1String(", ") + tr("%n away (planned)", "", s.absent) + QLatin1String("; ")
        + tr("%n staff member(s) clocked in.", "", s.staffPresent);
}

} // namespace Kindred
