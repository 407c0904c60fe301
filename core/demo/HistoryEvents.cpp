// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/HistoryEvents.h"

#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "tickets/Ticket.h"
#include "tickets/TicketSearchStatements.h"
#include "tickets/TicketWorkflow.h"

#include <array>

namespace Kindred {
namespace {

const auto GuardiansSql = QStringLiteral(R"(
    SELECT id, first_name || ' ' || last_name FROM people WHERE is_guardian = 1 ORDER BY id)");
const auto InsertIncidentSql = QStringLiteral(R"(
    INSERT INTO incidents (kind, occurred_at, location, description, action_taken, body_area, parent_notified_name,
                           parent_notified_at, parent_notified_how, parent_notified_by_staff_id, follow_up_needed,
                           follow_up, reportable, status, reported_by_staff_id, created_at, submitted_at,
                           signed_off_by_staff_id, signed_off_at, acknowledged_by, acknowledged_at, acknowledged_how,
                           site_id)
    VALUES (:kind, :at, :location, :description, :action, :body, :parent, :notifiedAt, :how, :notifiedBy, :followNeeded,
            :followUp, :reportable, :status, :reporter, :created, :submitted, :signer, :signedAt, :ackBy, :ackAt,
            :ackHow, :site) RETURNING id)");
const auto InsertIncidentChildSql = QStringLiteral(R"(
    INSERT INTO incident_children (incident_id, child_id) VALUES (:incident, :child) ON CONFLICT DO NOTHING)");
const auto InsertIncidentStaffSql = QStringLiteral(R"(
    INSERT INTO incident_staff (incident_id, staff_id) VALUES (:incident, :staff) ON CONFLICT DO NOTHING)");
const auto InsertTicketSql = QStringLiteral(R"(
    INSERT INTO tickets (family_id, raised_by_person_id, channel, kind, category, priority, subject, parent_words,
                         status, owner_staff_id, created_by_staff_id, created_at, acknowledged_at, resolved_at,
                         closed_at, due_acknowledge_at, due_resolve_at, resolution_summary, followup_satisfied,
                         followup_rating, followup_words, first_contact_resolution, site_id)
    VALUES (:family, :raisedBy, :channel, :kind, :category, :priority, :subject, :words, :status, :owner, :creator,
            :created, :ack, :resolved, :closed, :dueAck, :dueResolve, :summary, :satisfied, :rating, :followWords,
            :firstContact, :site) RETURNING id)");
const auto InsertTicketChildSql
    = QStringLiteral(R"(INSERT INTO ticket_children (ticket_id, child_id) VALUES (:ticket, :child))");
const auto InsertTicketEventSql = QStringLiteral(R"(
    INSERT INTO ticket_events (ticket_id, at_utc, author_staff_id, kind, shared, old_value, new_value, body)
    VALUES (:ticket, :at, :author, :kind, :shared, :old, :new, :body))");
const auto InsertTicketSearchSql = QStringLiteral(R"(INSERT INTO ticket_search (rowid, body) VALUES (:id, :body))");

struct IncidentText
{
    const char* kind;
    int weight;
    const char* description;
    const char* action;
    const char* bodyArea;
};
// Most incidents are small knocks; the text is what a room leader writes on the form.
constexpr std::array<IncidentText, 9> Incidents {{
    {"injury", 30, "Tripped while running and grazed a knee on the path.", "Cleaned the graze, applied a plaster.",
     "Left knee"},
    {"injury", 15, "Bumped head on the edge of the table while standing up.", "Cold compress, observed for an hour.",
     "Forehead"},
    {"illness", 12, "Temperature of 38.4 °C after lunch, unsettled.",
     "Rested in a quiet area; parent asked to collect.", ""},
    {"illness", 8, "Vomited once after morning tea.", "Cleaned up, kept apart from others, parent called.", ""},
    {"behaviour", 12, "Bit another child during play over a toy.",
     "Separated, comforted both, talked about gentle hands.", "Arm"},
    {"medication", 5, "Prescribed dose given 30 minutes late.", "Dose given, room leader informed, times checked.", ""},
    {"near_miss", 8, "Side gate found unlatched during outdoor play.", "Gate latched, all children counted.", ""},
    {"property", 4, "A parent's pram was scratched in the entrance.", "Photographed, parent informed.", ""},
    {"other", 6, "Child upset at drop-off for a long time.", "Comforted by key educator, parent called at 10:00.", ""},
}};
constexpr std::array<const char*, 6> Locations {"Outdoor play area", "Room",        "Sandpit",
                                                "Bathroom",          "Dining area", "Entrance"};

struct TicketText
{
    TicketKind kind;
    TicketCategory category;
    int weight;
    const char* subject;
    const char* words;
    const char* resolution;
};
constexpr std::array<TicketText, 10> Tickets {{
    {TicketKind::Complaint, TicketCategory::Billing, 8, "Charged for a day we were on holiday",
     "We told the office two weeks ahead and were still charged.", "Credit applied to the next statement."},
    {TicketKind::Complaint, TicketCategory::Care, 8, "Nappy not changed before pickup",
     "She was soaked when I picked her up.", "Changing times reviewed with the room; checklist added."},
    {TicketKind::Concern, TicketCategory::Safety, 8, "Gate left open at pickup",
     "The front gate was wide open at 5 pm.", "Gate closer repaired; staff reminded at the meeting."},
    {TicketKind::Concern, TicketCategory::Health, 8, "Sunscreen not applied",
     "He came home with red cheeks after outdoor play.", "Sunscreen routine added to the outdoor checklist."},
    {TicketKind::Concern, TicketCategory::Food, 6, "Worried about the lunch portions",
     "She says she is still hungry after lunch.", "Cook offered seconds; menu shared with the family."},
    {TicketKind::Question, TicketCategory::Communication, 12, "When is the next parent evening?",
     "I could not find the date in the newsletter.", "Date sent by email and added to the noticeboard."},
    {TicketKind::Question, TicketCategory::Billing, 8, "How is the subsidy shown on the statement?",
     "The statement does not show the subsidy line.", "Statement explained on the phone."},
    {TicketKind::Suggestion, TicketCategory::Facilities, 6, "More shade in the sandpit",
     "The sandpit gets very hot in the afternoon.", "Shade sail ordered for the summer."},
    {TicketKind::Compliment, TicketCategory::Staff, 10, "Thank you to the toddler room",
     "The educators were wonderful while we settled in.", "Thanks passed on to the team."},
    {TicketKind::Complaint, TicketCategory::Communication, 6, "Not told about the excursion",
     "We only heard about the excursion from another parent.", "Excursion notes now sent by email as well."},
}};
constexpr std::array<const char*, 3> NotifyHow {"In person at pickup", "Phone call", "Phone call"};

template<typename T, std::size_t N> const T& pick(QRandomGenerator& random, const std::array<T, N>& items)
{
    int total = 0;
    for (const T& item : items) {
        total += item.weight;
    }
    int roll = int(random.bounded(quint32(total)));
    for (const T& item : items) {
        if (roll < item.weight) {
            return item;
        }
        roll -= item.weight;
    }
    return items.back();
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QDateTime localUtc(QDate day, int minutes, int offsetSeconds)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(qint64(minutes) * 60 - offsetSeconds);
}

// Expected events a day: `perTenThousand` per present child, as a whole number drawn around it.
int countFor(QRandomGenerator& random, std::size_t present, int perTenThousand)
{
    const qint64 scaled = qint64(present) * perTenThousand;
    return int(scaled / 10000) + (qint64(random.bounded(10000)) < scaled % 10000 ? 1 : 0);
}

} // namespace

HistoryEvents::HistoryEvents(const QSqlDatabase& db, quint32 seed, const std::vector<qint64>& staff,
                             const std::vector<qint64>& staffSites, const QDateTime& endUtc)
    : m_db(db)
    , m_random(seed ^ 0x5eed1c7u)
    , m_staff(staff)
    , m_staffSites(staffSites)
    , m_end(endUtc)
{ }

Result<void> HistoryEvents::prepare()
{
    QSqlQuery names(m_db);
    setForwardOnlyAlongsideStatements(names);
    names.prepare(GuardiansSql);
    if (auto done = execQuery(names); !done) {
        return done.error();
    }
    while (names.next()) {
        m_guardianNames.insert(names.value(0).toLongLong(), names.value(1).toString());
    }
    if (auto done = readComplete(names); !done) {
        return done.error();
    }
    const std::pair<QSqlQuery*, const QString*> statements[]
        = {{&m_incident, &InsertIncidentSql},           {&m_incidentChild, &InsertIncidentChildSql},
           {&m_incidentStaff, &InsertIncidentStaffSql}, {&m_ticket, &InsertTicketSql},
           {&m_ticketChild, &InsertTicketChildSql},     {&m_ticketEvent, &InsertTicketEventSql},
           {&m_ticketSearch, &InsertTicketSearchSql}};
    for (const auto& [query, sql] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(*sql)) {
            return StoreError::fromSql(query->lastError());
        }
    }
    return {};
}

void HistoryEvents::finish()
{
    for (QSqlQuery* query : {&m_incident, &m_incidentChild, &m_incidentStaff, &m_ticket, &m_ticketChild, &m_ticketEvent,
                             &m_ticketSearch}) {
        query->finish();
    }
}

std::size_t HistoryEvents::atSite(const std::vector<qint64>& staffSites, std::size_t drawn, qint64 siteId)
{
    for (std::size_t step = 0; step < staffSites.size(); ++step) {
        const std::size_t index = (drawn + step) % staffSites.size();
        if (staffSites.at(index) == siteId) {
            return index;
        }
    }
    return drawn;
}

qint64 HistoryEvents::randomStaff(qint64 siteId)
{
    return m_staff.at(atSite(m_staffSites, m_random.bounded(quint32(m_staff.size())), siteId));
}

Result<void> HistoryEvents::writeDay(QDate day, int offsetSeconds, const std::vector<HistoryPresence>& present)
{
    if (present.empty()) {
        return {};
    }
    // About three incidents and one and a half tickets per hundred children a month.
    const int incidents = countFor(m_random, present.size(), 25);
    for (int i = 0; i < incidents; ++i) {
        if (auto written = writeIncident(day, offsetSeconds, present); !written) {
            return written;
        }
    }
    const int tickets = countFor(m_random, present.size(), 12);
    for (int i = 0; i < tickets; ++i) {
        const HistoryPresence& child = present.at(m_random.bounded(quint32(present.size())));
        if (auto written = writeTicket(day, offsetSeconds, child); !written) {
            return written;
        }
    }
    return {};
}

Result<void> HistoryEvents::writeIncident(QDate day, int offsetSeconds, const std::vector<HistoryPresence>& present)
{
    const HistoryPresence& child = present.at(m_random.bounded(quint32(present.size())));
    const IncidentText& text = pick(m_random, Incidents);
    const int minute = child.in + 10 + int(m_random.bounded(quint32(std::max(1, child.out - child.in - 40))));
    const QDateTime occurred = localUtc(day, minute, offsetSeconds);
    const QDateTime created = occurred.addSecs(600 + m_random.bounded(1800));
    const QDateTime told = localUtc(day, child.out - 1, offsetSeconds); // at pickup
    const qint64 reporter = randomStaff(child.siteId);
    const qint64 signer = m_staff.front(); // the director signs off
    const quint32 roll = m_random.bounded(100);
    // Those from the last fortnight may still be waiting for the director.
    const bool recent = day.daysTo(m_end.date()) < 14;
    const QString status = recent && roll < 30 ? QStringLiteral("draft")
        : recent && roll < 60                  ? QStringLiteral("submitted")
        : roll < 5                             ? QStringLiteral("submitted")
                                               : QStringLiteral("signed_off");
    const QDateTime submitted = status == QLatin1String("draft") ? QDateTime() : created.addSecs(1200);
    const QDateTime signedOff = status == QLatin1String("signed_off")
        ? std::min(m_end, told.addSecs(3600 * (1 + m_random.bounded(40))))
        : QDateTime();
    const QString parent = m_guardianNames.value(child.guardianId);
    m_incident.bindValue(QStringLiteral(":kind"), QString::fromLatin1(text.kind));
    m_incident.bindValue(QStringLiteral(":at"), instantText(occurred));
    m_incident.bindValue(QStringLiteral(":location"), QString::fromLatin1(Locations.at(m_random.bounded(6))));
    m_incident.bindValue(QStringLiteral(":description"), QString::fromUtf8(text.description));
    m_incident.bindValue(QStringLiteral(":action"), QString::fromUtf8(text.action));
    m_incident.bindValue(QStringLiteral(":body"), sqlText(QString::fromLatin1(text.bodyArea)));
    m_incident.bindValue(QStringLiteral(":parent"), sqlText(parent));
    m_incident.bindValue(QStringLiteral(":notifiedAt"), instantText(told));
    m_incident.bindValue(QStringLiteral(":how"), QString::fromLatin1(NotifyHow.at(m_random.bounded(3))));
    m_incident.bindValue(QStringLiteral(":notifiedBy"), reporter);
    const bool followUp = roll % 10 == 0;
    m_incident.bindValue(QStringLiteral(":followNeeded"), followUp ? 1 : 0);
    m_incident.bindValue(QStringLiteral(":followUp"),
                         sqlText(followUp ? QStringLiteral("Check with the family the next morning.") : QString()));
    m_incident.bindValue(QStringLiteral(":reportable"), roll == 99 ? 1 : 0);
    m_incident.bindValue(QStringLiteral(":status"), status);
    m_incident.bindValue(QStringLiteral(":reporter"), reporter);
    m_incident.bindValue(QStringLiteral(":created"), instantText(created));
    m_incident.bindValue(QStringLiteral(":submitted"), sqlInstant(submitted));
    m_incident.bindValue(QStringLiteral(":signer"), signedOff.isValid() ? QVariant(signer) : nullId());
    m_incident.bindValue(QStringLiteral(":signedAt"), sqlInstant(signedOff));
    m_incident.bindValue(QStringLiteral(":ackBy"), sqlText(signedOff.isValid() ? parent : QString()));
    m_incident.bindValue(QStringLiteral(":ackAt"), sqlInstant(signedOff.isValid() ? told : QDateTime()));
    m_incident.bindValue(QStringLiteral(":ackHow"),
                         sqlText(signedOff.isValid() ? QStringLiteral("Signed at pickup") : QString()));
    m_incident.bindValue(QStringLiteral(":site"), child.siteId);
    auto newId = execInsertReturningId(m_incident);
    if (!newId) {
        return newId.error();
    }
    const qint64 id = newId.value();
    std::vector<qint64> children {child.childId};
    if (qstrcmp(text.kind, "behaviour") == 0) { // the other child involved, at the same site
        std::size_t other = m_random.bounded(quint32(present.size()));
        while (present.at(other).siteId != child.siteId) { // ends at the child, at the latest
            other = (other + 1) % present.size();
        }
        children.push_back(present.at(other).childId);
    }
    for (qint64 childId : children) {
        m_incidentChild.bindValue(QStringLiteral(":incident"), id);
        m_incidentChild.bindValue(QStringLiteral(":child"), childId);
        if (auto done = execQuery(m_incidentChild); !done) {
            return done;
        }
    }
    for (qint64 staffId : {reporter, randomStaff(child.siteId)}) {
        m_incidentStaff.bindValue(QStringLiteral(":incident"), id);
        m_incidentStaff.bindValue(QStringLiteral(":staff"), staffId);
        if (auto done = execQuery(m_incidentStaff); !done) {
            return done;
        }
    }
    ++m_incidents;
    return {};
}

Result<void> HistoryEvents::writeTicket(QDate day, int offsetSeconds, const HistoryPresence& child)
{
    struct Step
    {
        QDateTime at;
        QString kind;
        QString oldValue;
        QString newValue;
        QString body;
    };
    const TicketText& text = pick(m_random, Tickets);
    const qint64 owner = m_staff.front();
    const qint64 desk = randomStaff(child.siteId);
    const QDateTime created = localUtc(day, m_random.bounded(2) ? child.in + 5 : child.out - 5, offsetSeconds);
    const TicketPriority priority = text.category == TicketCategory::Safety ? TicketPriority::High
        : m_random.bounded(4) == 0                                          ? TicketPriority::Low
                                                                            : TicketPriority::Normal;
    std::vector<Step> steps {{created, QStringLiteral("created"), {}, {}, QString::fromUtf8(text.words)}};
    TicketStatus status = TicketStatus::New;
    QDateTime at = created, acknowledged, resolved, closed;
    QVariant satisfied(QMetaType::fromType<int>()), rating(QMetaType::fromType<int>());
    QString followWords;
    const bool firstContact
        = (text.kind == TicketKind::Question || text.kind == TicketKind::Compliment) && m_random.bounded(3) == 0;
    // Each step the workflow allows, until the history ends.
    auto move = [&](TicketStatus to, qint64 afterSeconds, const TicketWorkflow::Step& step) {
        const QDateTime next = at.addSecs(afterSeconds);
        if (next > m_end) {
            return false;
        }
        auto moved = TicketWorkflow::apply(status, to, step);
        if (!moved) {
            return false;
        }
        steps.push_back({next, QStringLiteral("status"), ticketStatusKey(status), ticketStatusKey(*moved), {}});
        status = *moved;
        at = next;
        return true;
    };
    TicketWorkflow::Step step;
    step.resolutionSummary = QString::fromUtf8(text.resolution);
    if (move(TicketStatus::Acknowledged, firstContact ? 60 : 1800 + m_random.bounded(8 * 3600), step)) {
        acknowledged = at;
        const bool working = !firstContact && m_random.bounded(2) == 0;
        if (!working || move(TicketStatus::InProgress, 3600 + m_random.bounded(24 * 3600), step)) {
            if (move(TicketStatus::Resolved, firstContact ? 60 : 86400 * (1 + m_random.bounded(10)), step)) {
                resolved = at;
                TicketFollowUp followUp;
                followUp.satisfied = m_random.bounded(100) < 92;
                followUp.rating = followUp.satisfied ? 4 + int(m_random.bounded(2)) : 1 + int(m_random.bounded(2));
                followUp.words = followUp.satisfied ? QStringLiteral("Happy with how it was handled, thank you.")
                                                    : QStringLiteral("Still not happy; it happened again.");
                step.closing.followUp = followUp;
                if (move(TicketStatus::Closed, 86400 * (1 + m_random.bounded(5)), step)) {
                    steps.insert(steps.end() - 1, {at, QStringLiteral("follow_up"), {}, {}, followUp.words});
                    satisfied = followUp.satisfied ? 1 : 0;
                    rating = followUp.rating;
                    followWords = followUp.words;
                    if (status == TicketStatus::Closed) {
                        closed = at;
                    }
                }
            }
        }
    }
    const QString subject = QString::fromUtf8(text.subject);
    const QString words = QString::fromUtf8(text.words);
    const int ackHours = priority == TicketPriority::High ? 4 : 24;
    const int resolveDays = priority == TicketPriority::High ? 3 : 10;
    m_ticket.bindValue(QStringLiteral(":family"), child.familyId);
    m_ticket.bindValue(QStringLiteral(":raisedBy"), child.guardianId);
    m_ticket.bindValue(QStringLiteral(":channel"), ticketChannelKey(TicketChannel(m_random.bounded(4))));
    m_ticket.bindValue(QStringLiteral(":kind"), ticketKindKey(text.kind));
    m_ticket.bindValue(QStringLiteral(":category"), ticketCategoryKey(text.category));
    m_ticket.bindValue(QStringLiteral(":priority"), ticketPriorityKey(priority));
    m_ticket.bindValue(QStringLiteral(":subject"), subject);
    m_ticket.bindValue(QStringLiteral(":words"), words);
    m_ticket.bindValue(QStringLiteral(":status"), ticketStatusKey(status));
    m_ticket.bindValue(QStringLiteral(":owner"), owner);
    m_ticket.bindValue(QStringLiteral(":creator"), desk);
    m_ticket.bindValue(QStringLiteral(":created"), instantText(created));
    m_ticket.bindValue(QStringLiteral(":ack"), sqlInstant(acknowledged));
    m_ticket.bindValue(QStringLiteral(":resolved"), sqlInstant(resolved));
    m_ticket.bindValue(QStringLiteral(":closed"), sqlInstant(closed));
    m_ticket.bindValue(QStringLiteral(":dueAck"), instantText(created.addSecs(ackHours * 3600)));
    m_ticket.bindValue(QStringLiteral(":dueResolve"), instantText(created.addDays(resolveDays)));
    m_ticket.bindValue(QStringLiteral(":summary"), sqlText(resolved.isValid() ? step.resolutionSummary : QString()));
    m_ticket.bindValue(QStringLiteral(":satisfied"), satisfied);
    m_ticket.bindValue(QStringLiteral(":rating"), rating);
    m_ticket.bindValue(QStringLiteral(":followWords"), sqlText(followWords));
    m_ticket.bindValue(QStringLiteral(":firstContact"), firstContact && resolved.isValid() ? 1 : 0);
    m_ticket.bindValue(QStringLiteral(":site"), child.siteId);
    auto newId = execInsertReturningId(m_ticket);
    if (!newId) {
        return newId.error();
    }
    const qint64 id = newId.value();
    m_ticketChild.bindValue(QStringLiteral(":ticket"), id);
    m_ticketChild.bindValue(QStringLiteral(":child"), child.childId);
    if (auto done = execQuery(m_ticketChild); !done) {
        return done;
    }
    for (const Step& line : steps) {
        const qint64 author = line.kind == QLatin1String("created") ? desk : owner;
        if (auto done = event(id, line.at, author, line.kind, line.oldValue, line.newValue, line.body); !done) {
            return done;
        }
    }
    m_ticketSearch.bindValue(QStringLiteral(":id"), id);
    m_ticketSearch.bindValue(QStringLiteral(":body"),
                             TicketSearchStatements(m_db).body(subject + QLatin1Char('\n') + words));
    if (auto done = execQuery(m_ticketSearch); !done) {
        return done;
    }
    ++m_tickets;
    return {};
}

Result<void> HistoryEvents::event(qint64 ticket, const QDateTime& at, qint64 author, const QString& kind,
                                  const QString& oldValue, const QString& newValue, const QString& body)
{
    m_ticketEvent.bindValue(QStringLiteral(":ticket"), ticket);
    m_ticketEvent.bindValue(QStringLiteral(":at"), instantText(at));
    m_ticketEvent.bindValue(QStringLiteral(":author"), author);
    m_ticketEvent.bindValue(QStringLiteral(":kind"), kind);
    m_ticketEvent.bindValue(QStringLiteral(":shared"), kind == QLatin1String("follow_up") ? 1 : 0);
    m_ticketEvent.bindValue(QStringLiteral(":old"), sqlText(oldValue));
    m_ticketEvent.bindValue(QStringLiteral(":new"), sqlText(newValue));
    m_ticketEvent.bindValue(QStringLiteral(":body"), sqlText(body));
    return execQuery(m_ticketEvent);
}

} // namespace Kindred
