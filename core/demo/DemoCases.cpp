// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCases.h"

#include "attendance/AttendanceCorrections.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "centre/Site.h"
#include "demo/StepClock.h"
#include "incidents/Incident.h"
#include "incidents/IncidentService.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"
#include "tickets/TicketService.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

namespace Kindred {
namespace {

const auto RoomSitesSql = QStringLiteral(R"(SELECT id, site_id FROM rooms)");
const auto PresentSql = QStringLiteral(R"(
    SELECT a.id, a.child_id, a.family_id, a.checked_in_at, a.checked_out_at, a.brought_by_person_id,
           (SELECT p.first_name || ' ' || p.last_name FROM people p
            WHERE p.family_id = a.family_id AND p.is_guardian = 1 ORDER BY p.id LIMIT 1),
           a.site_id
    FROM attendance a WHERE a.day = :day AND a.checked_out_at IS NOT NULL ORDER BY a.id)");

struct Present
{
    qint64 attendanceId = 0;
    qint64 childId = 0;
    qint64 familyId = 0;
    QDateTime in;
    QDateTime out;
    qint64 broughtBy = 0;
    QString guardianName;
    qint64 siteId = 0; // where the child was that day: what happens to them is recorded there
};

struct Step
{
    QDateTime at; // UTC
    std::function<Result<void>()> run;
};

// `back` open days (Monday to Friday) before `today`; a negative `back` counts forward.
QDate openDayBefore(QDate today, int back)
{
    const int step = back >= 0 ? -1 : 1;
    QDate day = today;
    for (int left = std::abs(back); left > 0;) {
        day = day.addDays(step);
        if (day.dayOfWeek() <= 5) {
            --left;
        }
    }
    return day;
}

Result<QList<Present>> presentOn(const QSqlDatabase& db, QDate day)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(PresentSql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<Present> present;
    while (query.next()) {
        present << Present {query.value(0).toLongLong(),
                            query.value(1).toLongLong(),
                            query.value(2).toLongLong(),
                            QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                            QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                            query.value(5).toLongLong(),
                            query.value(6).toString(),
                            query.value(7).toLongLong()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return present;
}

// A child present `back` open days before `today`, chosen at random; none when nobody was in that day.
Result<std::optional<Present>> somebodyPresent(const QSqlDatabase& db, QDate today, int back, QRandomGenerator& random)
{
    auto present = presentOn(db, openDayBefore(today, back));
    if (!present) {
        return present.error();
    }
    if (present->isEmpty()) {
        return std::optional<Present>();
    }
    return std::optional<Present>(present->at(int(random.bounded(quint32(present->size())))));
}

// The site of each room (a staff member works at their room's site).
Result<QHash<qint64, qint64>> roomSites(const QSqlDatabase& db)
{
    QHash<qint64, qint64> sites;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (auto done = execRead(query, RoomSitesSql); !done) {
        return done.error();
    }
    while (query.next()) {
        sites.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return sites;
}

template<typename T> Result<void> done(const Result<T>& result)
{
    if (!result) {
        return result.error();
    }
    return {};
}

} // namespace

DemoCases::DemoCases(Database& database, quint32 seed)
    : m_database(database)
    , m_seed(seed)
{ }

Result<DemoCasesSummary> DemoCases::write(Clock* restore)
{
    DemoCasesSummary summary;
    const QDate today = Clock::currentDate();
    const QDateTime now = Clock::currentDateTimeUtc();
    const QTimeZone zone = Clock::timeZone();
    QRandomGenerator random(m_seed ^ 0xCA5E5u);

    Session system(SystemActorKind::Demo);
    const auto staff = CentreService(m_database, system).staff();
    if (!staff) {
        return staff.error();
    }
    const StaffMember* director = nullptr;
    const StaffMember* receptionist = nullptr;
    QList<const StaffMember*> educators;
    for (const StaffMember& member : staff.value()) {
        if (member.role == StaffRole::Director && !director) {
            director = &member;
        } else if (member.role == StaffRole::Receptionist && !receptionist) {
            receptionist = &member;
        } else if (member.role == StaffRole::Staff) {
            educators << &member;
        }
    }
    if (!director || !receptionist || educators.size() < 2) {
        return Error {tr("The demo centre needs a director, a receptionist and two educators for its tickets and "
                         "incidents.")};
    }
    Session directorSession;
    directorSession.signIn(*director);
    Session deskSession;
    deskSession.signIn(*receptionist);
    Session educatorSession;
    educatorSession.signIn(*educators.first());
    TicketService desk(m_database, deskSession);
    TicketService owner(m_database, directorSession);
    IncidentService logger(m_database, educatorSession);
    IncidentService signer(m_database, directorSession);
    AttendanceCorrections corrections(m_database, directorSession);
    const QSqlDatabase db = m_database.connection();
    const auto rooms = roomSites(db);
    if (!rooms) {
        return rooms.error();
    }
    // The educators of a site, who log its incidents (with one site, every educator).
    const auto educatorsAt = [&](qint64 siteId) {
        QList<const StaffMember*> here;
        for (const StaffMember* member : std::as_const(educators)) {
            if (rooms->value(member->roomId, Site::First) == siteId) {
                here << member;
            }
        }
        return here.size() >= 2 ? here : educators;
    };
    const auto at
        = [&zone](QDate day, int hour, int minute) { return QDateTime(day, QTime(hour, minute), zone).toUTC(); };

    QList<Step> steps;
    // Incidents: the kind, how many open days ago, whether signed off, whether the parent acknowledged.
    struct IncidentPlan
    {
        IncidentKind kind;
        int back;
        bool signOff;
        bool acknowledged;
        QString location;
        QString description;
        QString action;
        QString bodyArea;
    };
    const QList<IncidentPlan> incidents {
        {IncidentKind::Injury, 17, true, true, tr("Outdoor play area"),
         tr("Tripped while running and grazed a knee on the path."), tr("Cleaned the graze, applied a plaster."),
         tr("Left knee")},
        {IncidentKind::Illness,
         11,
         true,
         true,
         tr("Room"),
         tr("Temperature of 38.4 °C after lunch, unsettled."),
         tr("Rested in a quiet area; parent asked to collect."),
         {}},
        {IncidentKind::Behaviour,
         6,
         true,
         false,
         tr("Sandpit"),
         tr("Bit another child during play over a toy."),
         tr("Separated, comforted both, talked about gentle hands."),
         {}},
        {IncidentKind::Medication,
         3,
         false,
         false,
         tr("Room"),
         tr("Prescribed dose given 30 minutes late."),
         tr("Dose given, room leader informed, times checked."),
         {}},
        {IncidentKind::Injury, 1, false, false, tr("Dining area"),
         tr("Bumped head on the edge of the table while standing up."), tr("Cold compress, observed for an hour."),
         tr("Forehead")},
    };
    for (const IncidentPlan& plan : incidents) {
        const QDate day = openDayBefore(today, plan.back);
        auto chosen = somebodyPresent(db, today, plan.back, random);
        if (!chosen) {
            return chosen.error();
        }
        if (!chosen.value()) {
            continue;
        }
        const Present child = *chosen.value();
        const QDateTime occurred = child.in.addSecs(child.in.secsTo(child.out) / 3);
        auto incident = std::make_shared<Incident>();
        incident->kind = plan.kind;
        incident->childIds = {child.childId};
        incident->occurredAt = occurred;
        incident->location = plan.location;
        incident->description = plan.description;
        incident->actionTaken = plan.action;
        incident->bodyArea = plan.bodyArea;
        const QList<const StaffMember*> room = educatorsAt(child.siteId);
        const StaffMember* reporter = room.first();
        incident->staffIds = {reporter->id};
        incident->witnesses = {room.at(1)->fullName()};
        incident->parentNotification = {child.guardianName, occurred.addSecs(15 * 60), tr("Phone call"), reporter->id};
        // Logged by an educator of the child's site, at that site.
        const auto actAtSite = [&educatorSession, reporter, site = child.siteId]() {
            if (educatorSession.actorId() != reporter->id) {
                educatorSession.signIn(*reporter);
            }
            educatorSession.setSiteId(site);
        };
        steps << Step {occurred.addSecs(25 * 60), [&logger, incident, actAtSite]() {
                           actAtSite();
                           return done(logger.saveAndSubmit(*incident));
                       }};
        ++summary.incidents;
        if (plan.acknowledged) {
            const QDateTime ack = std::max(child.out, occurred.addSecs(3600));
            steps << Step {ack, [&logger, incident, actAtSite, name = child.guardianName]() {
                               actAtSite();
                               return logger.acknowledge(incident->id, name, tr("Signed the form at pickup"));
                           }};
        } else {
            ++summary.awaitingAcknowledgement;
        }
        if (plan.signOff) {
            steps << Step {at(openDayBefore(day, -1), 9, 30),
                           [&signer, incident]() { return signer.signOff(incident->id); }};
        }
    }

    // Tickets: the kind, how many open days ago, and how far it went.
    enum class Stage { New, Acknowledged, InProgress, Waiting, Closed, Reopened, FirstContactClosed };
    struct TicketPlan
    {
        TicketKind kind;
        TicketCategory category;
        int back;
        Stage stage;
        int rating;
        QString subject;
        QString words;
        QString resolution;
        QString followUp;
    };
    const QList<TicketPlan> tickets {
        {TicketKind::Complaint, TicketCategory::Billing, 19, Stage::Closed, 4,
         tr("Charged for a day we were on holiday"),
         tr("We told the room we would be away on the Friday but were still charged."),
         tr("Credited the day and explained how to record a holiday in advance."), tr("Sorted quickly, thank you.")},
        {TicketKind::Compliment, TicketCategory::Staff, 16, Stage::FirstContactClosed, 5,
         tr("Thank you to the toddler room"), tr("Our son talks about his educators every evening."),
         tr("Passed on to the room at the staff meeting."), tr("Lovely to hear it was shared.")},
        {TicketKind::Suggestion, TicketCategory::Facilities, 14, Stage::Closed, 3, tr("More shade in the sandpit"),
         tr("The sandpit gets very hot after eleven; could there be a sail?"),
         tr("A shade sail is ordered for the sandpit; until then sand play is before eleven."),
         tr("Good, though it will take a while.")},
        {TicketKind::Concern, TicketCategory::Health, 10, Stage::Reopened, 2, tr("Sunscreen not applied"),
         tr("Her shoulders were pink at pickup after outdoor play."),
         tr("Sunscreen times added to the room's daily sheet."), tr("It happened again on Thursday.")},
        {TicketKind::Complaint,
         TicketCategory::Communication,
         7,
         Stage::InProgress,
         0,
         tr("Not told about the excursion"),
         tr("We only heard about the library visit from another parent."),
         {},
         {}},
        {TicketKind::Suggestion,
         TicketCategory::Food,
         5,
         Stage::Waiting,
         0,
         tr("A vegetarian lunch on Fridays"),
         tr("Several families would like a vegetarian lunch one day a week."),
         {},
         {}},
        {TicketKind::Compliment,
         TicketCategory::Care,
         3,
         Stage::Acknowledged,
         0,
         tr("Thank you for the garden day photos"),
         tr("The photos from the garden day made our week."),
         {},
         {}},
        {TicketKind::Question,
         TicketCategory::Communication,
         2,
         Stage::Acknowledged,
         0,
         tr("When is the next parent evening?"),
         tr("Is there a parent evening before the holidays?"),
         {},
         {}},
        {TicketKind::Complaint,
         TicketCategory::Care,
         1,
         Stage::New,
         0,
         tr("Nappy not changed before pickup"),
         tr("His nappy was very wet when I collected him at five."),
         {},
         {}},
    };
    for (const TicketPlan& plan : tickets) {
        const QDate day = openDayBefore(today, plan.back);
        auto chosen = somebodyPresent(db, today, plan.back, random);
        if (!chosen) {
            return chosen.error();
        }
        if (!chosen.value()) {
            continue;
        }
        const Present child = *chosen.value();
        auto id = std::make_shared<qint64>(0);
        TicketDraft draft;
        draft.familyId = child.familyId;
        draft.raisedByPersonId = child.broughtBy;
        draft.childIds = {child.childId};
        draft.channel = plan.back % 2 ? TicketChannel::InPerson : TicketChannel::Email;
        draft.kind = plan.kind;
        draft.category = plan.category;
        draft.priority = plan.kind == TicketKind::Complaint ? TicketPriority::High : TicketPriority::Normal;
        draft.subject = plan.subject;
        draft.parentWords = plan.words;
        draft.ownerId = director->id;
        if (plan.stage == Stage::FirstContactClosed) {
            draft.resolvedAtFirstContact = true;
            draft.resolutionSummary = plan.resolution;
        }
        const QDateTime created = child.in.addSecs(10 * 60);
        steps << Step {created, [&desk, &deskSession, draft, id, site = child.siteId]() {
                           deskSession.setSiteId(site); // raised at the desk of the child's site
                           auto captured = desk.capture(draft);
                           if (!captured) {
                               return Result<void>(captured.error());
                           }
                           *id = captured.value();
                           return Result<void>();
                       }};
        ++summary.tickets;
        const QDate next = openDayBefore(day, -1);
        const QDate later = openDayBefore(day, -3);
        switch (plan.stage) {
        case Stage::New:
            break;
        case Stage::Acknowledged:
            steps << Step {created.addSecs(2 * 3600), [&owner, id]() { return done(owner.acknowledge(*id)); }};
            break;
        case Stage::InProgress:
        case Stage::Waiting:
            steps << Step {created.addSecs(2 * 3600), [&owner, id]() { return done(owner.acknowledge(*id)); }};
            steps << Step {at(next, 10, 15), [&owner, id, plan]() {
                               return done(owner.addNote(*id,
                                                         plan.stage == Stage::Waiting
                                                             ? tr("Asked the parent which families to ask.")
                                                             : tr("Checking the excursion notice list with the "
                                                                  "room."),
                                                         false));
                           }};
            steps << Step {
                at(next, 10, 20), [&owner, id, plan]() {
                    return done(owner.transition(
                        *id, plan.stage == Stage::Waiting ? TicketStatus::WaitingForParent : TicketStatus::InProgress));
                }};
            break;
        case Stage::Closed:
        case Stage::Reopened:
            steps << Step {created.addSecs(2 * 3600), [&owner, id]() { return done(owner.acknowledge(*id)); }};
            steps << Step {at(next, 11, 0), [&owner, id, plan]() { return done(owner.resolve(*id, plan.resolution)); }};
            [[fallthrough]];
        case Stage::FirstContactClosed:
            steps << Step {at(later, 16, 30), [&owner, id, plan]() {
                               TicketClosing closing;
                               closing.followUp = TicketFollowUp {plan.rating >= 3, plan.rating, plan.followUp};
                               return done(owner.close(*id, closing));
                           }};
            break;
        }
        if (plan.stage != Stage::Closed && plan.stage != Stage::FirstContactClosed) {
            ++summary.openTickets;
        }
    }

    // The director's corrections at the end of a day: a check-in the desk recorded late (the room's sheet
    // says when the child came), and a check-in recorded for the wrong child, voided with the reason.
    for (const int back : {8, 4}) {
        const QDate day = openDayBefore(today, back);
        auto chosen = somebodyPresent(db, today, back, random);
        if (!chosen) {
            return chosen.error();
        }
        if (!chosen.value()) {
            continue;
        }
        const Present child = *chosen.value();
        const QDateTime evening = at(day, 18, 20);
        if (back == 8) {
            const QDateTime earlier = child.in.addSecs(-25 * 60);
            steps << Step {evening, [&corrections, child, earlier]() {
                               return done(corrections.correct(
                                   child.attendanceId, AttendanceCorrection::Field::CheckedInAt, earlier,
                                   tr("Signed in at the desk after breakfast; the room's sheet has the arrival "
                                      "25 minutes earlier.")));
                           }};
        } else {
            steps << Step {evening, [&corrections, child]() {
                               return done(
                                   corrections.voidCheckIn(child.attendanceId,
                                                           tr("Checked in by mistake for a sibling who stayed at "
                                                              "home; the room confirms the child was not here.")));
                           }};
        }
        ++summary.corrections;
    }

    std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
    StepClock clock(restore);
    for (const Step& step : std::as_const(steps)) {
        if (step.at >= now) {
            continue; // never a step after now (a step depending on a skipped one is later still)
        }
        clock.set(step.at);
        if (auto made = step.run(); !made) {
            return made.error();
        }
    }
    return summary;
}

} // namespace Kindred
