// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/AuditSentence.h"

#include "base/BidiText.h"
#include "centre/Session.h"
#include "incidents/Drill.h"
#include "incidents/Incident.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "tickets/Ticket.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace Kindred {
namespace {

// One query per kind of name, for the ids a page of entries mentions (at most a few hundred).
struct NameSource
{
    AuditNames::Kind kind;
    const char* sql; // "%1" takes the comma-separated ids
};

constexpr NameSource NameSources[] = {
    {AuditNames::Child, "SELECT id, first_name || ' ' || last_name FROM children WHERE id IN (%1)"},
    {AuditNames::Person, "SELECT id, first_name || ' ' || last_name FROM people WHERE id IN (%1)"},
    {AuditNames::Staff, "SELECT id, first_name || ' ' || last_name FROM staff WHERE id IN (%1)"},
    {AuditNames::Room, "SELECT id, name FROM rooms WHERE id IN (%1)"},
    {AuditNames::Family, "SELECT id, household_name FROM families WHERE id IN (%1)"},
    {AuditNames::Ticket, "SELECT id, subject FROM tickets WHERE id IN (%1)"},
    {AuditNames::AttendanceChild,
     "SELECT a.id, c.first_name || ' ' || c.last_name FROM attendance a "
     "JOIN children c ON c.id = a.child_id WHERE a.id IN (%1)"},
};

qint64 idIn(const QJsonObject& details, const char* key)
{
    return details.value(QLatin1String(key)).toInteger();
}

// The ids each entry mentions, by the kind of name they stand for.
void collectIds(const AuditRecord& r, QSet<qint64> (&ids)[AuditNames::KindCount])
{
    const auto add = [&ids](AuditNames::Kind kind, qint64 id) {
        if (id > 0) {
            ids[kind].insert(id);
        }
    };
    add(AuditNames::Child, idIn(r.details, "childId"));
    add(AuditNames::Person, idIn(r.details, "broughtByPersonId"));
    add(AuditNames::Person, idIn(r.details, "collectedByPersonId"));
    add(AuditNames::Staff, idIn(r.details, "broughtByStaffId"));
    add(AuditNames::Staff, idIn(r.details, "collectedByStaffId"));
    add(AuditNames::Staff, idIn(r.details, "staffId"));
    add(AuditNames::Room, idIn(r.details, "roomId"));
    if (r.entity == QLatin1String("child")) {
        add(AuditNames::Child, r.entityId);
    } else if (r.entity == QLatin1String("staff")) {
        add(AuditNames::Staff, r.entityId);
    } else if (r.entity == QLatin1String("room")) {
        add(AuditNames::Room, r.entityId);
    } else if (r.entity == QLatin1String("family")) {
        add(AuditNames::Family, r.entityId);
    } else if (r.entity == QLatin1String("ticket")) {
        add(AuditNames::Ticket, r.entityId);
    } else if (r.entity == QLatin1String("attendance")) {
        add(AuditNames::AttendanceChild, r.entityId);
    }
    if (r.action == QLatin1String("drill.account")) {
        const bool child = r.details.value(QLatin1String("personKind")).toString() == QLatin1String("child");
        add(child ? AuditNames::Child : AuditNames::Staff, idIn(r.details, "personId"));
    }
}

} // namespace

Result<AuditNames> AuditNames::read(const Database& database, const Session& session, const QList<AuditRecord>& records)
{
    if (auto allowed = session.require(Permission::ViewAudit); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = database.connection();
    QSet<qint64> ids[KindCount];
    for (const AuditRecord& r : records) {
        collectIds(r, ids);
    }
    AuditNames names;
    for (const NameSource& source : NameSources) {
        if (ids[source.kind].isEmpty()) {
            continue;
        }
        QStringList list;
        for (qint64 id : std::as_const(ids[source.kind])) {
            list << QString::number(id); // numbers only: safe to write into the statement
        }
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        if (!query.exec(QString::fromLatin1(source.sql).arg(list.join(QLatin1Char(','))))) {
            return StoreError::fromSql(query.lastError());
        }
        while (query.next()) {
            names.insert(source.kind, query.value(0).toLongLong(), query.value(1).toString());
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
    }
    return names;
}

namespace {

// A name from the book, isolated; or what the entry is when the record is gone (or withheld).
class Phrases
{
public:
    Phrases(const AuditRecord& record, const AuditNames& names, const QTimeZone& zone)
        : r(record)
        , m_names(names)
        , m_zone(zone)
    { }

    QString named(AuditNames::Kind kind, qint64 id, const QString& unknown) const
    {
        const QString name = m_names.name(kind, id);
        return name.trimmed().isEmpty() ? unknown : isolated(name);
    }
    QString child(qint64 id) const { return named(AuditNames::Child, id, AuditSentence::tr("a child")); }
    QString staff(qint64 id) const { return named(AuditNames::Staff, id, AuditSentence::tr("a staff member")); }
    QString person(qint64 id) const { return named(AuditNames::Person, id, AuditSentence::tr("an adult")); }
    QString room(qint64 id) const { return named(AuditNames::Room, id, AuditSentence::tr("a room")); }
    QString family() const { return named(AuditNames::Family, r.entityId, AuditSentence::tr("a family")); }
    QString actor() const { return isolated(r.actorName); }
    QString detail(const char* key) const { return r.details.value(QLatin1String(key)).toString(); }
    qint64 id(const char* key) const { return idIn(r.details, key); }

    // A recorded instant as the centre's clock showed it: the time alone on the entry's own day.
    QString time(const char* key) const
    {
        const QDateTime at = QDateTime::fromString(detail(key), Qt::ISODateWithMs);
        if (!at.isValid()) {
            return AuditSentence::tr("an unknown time");
        }
        const QDateTime local = at.toTimeZone(m_zone);
        if (local.date() == r.atUtc.toTimeZone(m_zone).date()) {
            return QLocale().toString(local.time(), QLocale::ShortFormat);
        }
        return QLocale().toString(local, QLocale::ShortFormat);
    }

    // Who brought or collected a child: an adult of the family, or a member of staff.
    QString adult(const char* personKey, const char* staffKey) const
    {
        if (id(personKey) > 0) {
            return person(id(personKey));
        }
        if (id(staffKey) > 0) {
            return staff(id(staffKey));
        }
        return {};
    }

    const AuditRecord& r;

private:
    const AuditNames& m_names;
    QTimeZone m_zone;
};

QString attendanceSentence(const Phrases& p)
{
    const QString& action = p.r.action;
    const QString child = p.id("childId") > 0
        ? p.child(p.id("childId"))
        : p.named(AuditNames::AttendanceChild, p.r.entityId, AuditSentence::tr("a child"));
    if (action == QLatin1String("attendance.checkin")) {
        const QString by = p.adult("broughtByPersonId", "broughtByStaffId");
        return by.isEmpty()
            ? AuditSentence::tr("%1 checked in %2 at %3.").arg(p.actor(), child, p.time("at"))
            : AuditSentence::tr("%1 checked in %2 at %3, brought by %4.").arg(p.actor(), child, p.time("at"), by);
    }
    if (action == QLatin1String("attendance.checkout")) {
        const QString by = p.adult("collectedByPersonId", "collectedByStaffId");
        return by.isEmpty()
            ? AuditSentence::tr("%1 checked out %2 at %3.").arg(p.actor(), child, p.time("at"))
            : AuditSentence::tr("%1 checked out %2 at %3, collected by %4.").arg(p.actor(), child, p.time("at"), by);
    }
    if (action == QLatin1String("attendance.checkout.override")) {
        return AuditSentence::tr("%1 released %2 at %3 to %4, overriding a pickup rule.")
            .arg(p.actor(), child, p.time("at"),
                 p.adult("collectedByPersonId", "collectedByStaffId").isEmpty()
                     ? AuditSentence::tr("an adult")
                     : p.adult("collectedByPersonId", "collectedByStaffId"));
    }
    if (action == QLatin1String("attendance.correct")) {
        const bool in = p.detail("field") == QLatin1String("checkedInAt");
        return (in ? AuditSentence::tr("%1 corrected %2's check-in from %3 to %4.")
                   : AuditSentence::tr("%1 corrected %2's check-out from %3 to %4."))
            .arg(p.actor(), child, p.time("old"), p.time("new"));
    }
    if (action == QLatin1String("attendance.void_checkin")) {
        return AuditSentence::tr("%1 undid %2's check-in.").arg(p.actor(), child);
    }
    if (action == QLatin1String("attendance.void_checkout")) {
        return AuditSentence::tr("%1 undid %2's check-out.").arg(p.actor(), child);
    }
    if (action == QLatin1String("attendance.absence")) {
        const QDate day = QDate::fromString(p.detail("day"), Qt::ISODate);
        return AuditSentence::tr("%1 marked %2 absent on %3.")
            .arg(p.actor(), child, day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : p.detail("day"));
    }
    return {};
}

QString ticketSentence(const Phrases& p)
{
    const QString ticket = p.named(AuditNames::Ticket, p.r.entityId, AuditSentence::tr("ticket %1").arg(p.r.entityId));
    const QString verb = p.r.action.mid(int(qstrlen("ticket.")));
    if (verb == QLatin1String("create")) {
        return AuditSentence::tr("%1 opened the ticket %2.").arg(p.actor(), ticket);
    }
    if (verb == QLatin1String("status")) {
        const QString to = ticketStatusName(ticketStatusFromKey(p.detail("new")));
        return AuditSentence::tr("%1 moved the ticket %2 to %3.").arg(p.actor(), ticket, to);
    }
    if (verb == QLatin1String("assign")) {
        return AuditSentence::tr("%1 gave the ticket %2 to a new owner.").arg(p.actor(), ticket);
    }
    if (verb == QLatin1String("note")) {
        return AuditSentence::tr("%1 added a note to the ticket %2.").arg(p.actor(), ticket);
    }
    if (verb == QLatin1String("collaborator.add")) {
        return AuditSentence::tr("%1 added a helper to the ticket %2.").arg(p.actor(), ticket);
    }
    if (verb == QLatin1String("collaborator.remove")) {
        return AuditSentence::tr("%1 removed a helper from the ticket %2.").arg(p.actor(), ticket);
    }
    if (verb == QLatin1String("incident.link")) {
        return AuditSentence::tr("%1 linked an incident to the ticket %2.").arg(p.actor(), ticket);
    }
    return {};
}

QString incidentSentence(const Phrases& p)
{
    const QString incident = AuditSentence::tr("incident %1").arg(p.r.entityId);
    const QString& action = p.r.action;
    if (action == QLatin1String("incident.create")) {
        return AuditSentence::tr("%1 recorded %2.").arg(p.actor(), incident);
    }
    if (action == QLatin1String("incident.update")) {
        return AuditSentence::tr("%1 changed %2.").arg(p.actor(), incident);
    }
    if (action == QLatin1String("incident.submit")) {
        return AuditSentence::tr("%1 sent %2 for sign-off.").arg(p.actor(), incident);
    }
    if (action == QLatin1String("incident.signoff")) {
        return AuditSentence::tr("%1 signed off %2.").arg(p.actor(), incident);
    }
    if (action == QLatin1String("incident.acknowledge")) {
        const QString guardian = p.detail("guardian");
        return guardian.isEmpty()
            ? AuditSentence::tr("%1 recorded that a parent acknowledged %2.").arg(p.actor(), incident)
            : AuditSentence::tr("%1 recorded that %2 acknowledged %3.").arg(p.actor(), isolated(guardian), incident);
    }
    if (action == QLatin1String("incident.amend")) {
        return AuditSentence::tr("%1 amended %2.").arg(p.actor(), incident);
    }
    if (action == QLatin1String("incident.link")) {
        return AuditSentence::tr("%1 linked %2 to a ticket.").arg(p.actor(), incident);
    }
    return {};
}

QString drillSentence(const Phrases& p)
{
    const QString& action = p.r.action;
    if (action == QLatin1String("drill.start")) {
        return AuditSentence::tr("%1 started a roll call (%2).")
            .arg(p.actor(), drillKindName(drillKindFromKey(p.detail("kind"))));
    }
    if (action == QLatin1String("drill.account")) {
        const bool child = p.detail("personKind") == QLatin1String("child");
        return AuditSentence::tr("%1 accounted for %2 at the roll call.")
            .arg(p.actor(), child ? p.child(p.id("personId")) : p.staff(p.id("personId")));
    }
    if (action == QLatin1String("drill.finish")) {
        return AuditSentence::tr("%1 finished the roll call.").arg(p.actor());
    }
    return {};
}

QString peopleSentence(const Phrases& p)
{
    const QString& action = p.r.action;
    const QString staffMember = p.staff(p.r.entityId);
    if (action == QLatin1String("staff.clockin")) {
        return p.id("roomId") > 0 ? AuditSentence::tr("%1 clocked in %2 to %3.")
                                        .arg(p.actor(), p.staff(p.id("staffId")), p.room(p.id("roomId")))
                                  : AuditSentence::tr("%1 clocked in %2.").arg(p.actor(), p.staff(p.id("staffId")));
    }
    if (action == QLatin1String("staff.clockout")) {
        return AuditSentence::tr("%1 clocked out %2.").arg(p.actor(), p.staff(p.id("staffId")));
    }
    if (action == QLatin1String("staff.create")) {
        return AuditSentence::tr("%1 added %2 to the staff.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("staff.update")) {
        return AuditSentence::tr("%1 changed %2's staff record.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("staff.archive")) {
        return AuditSentence::tr("%1 archived %2's staff record.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.signin")) {
        return AuditSentence::tr("%1 signed in.").arg(staffMember);
    }
    if (action == QLatin1String("account.signin_failed") || action == QLatin1String("account.pin_failed")) {
        return AuditSentence::tr("A sign-in as %1 failed.").arg(staffMember);
    }
    if (action == QLatin1String("account.pin_refused")) {
        return AuditSentence::tr("A new PIN for %1 was refused.").arg(staffMember);
    }
    if (action == QLatin1String("account.pin")) {
        return AuditSentence::tr("%1 set the PIN of %2.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.password")) {
        return AuditSentence::tr("%1 set the password of %2.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.create")) {
        return AuditSentence::tr("%1 opened an account for %2.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.role")) {
        return AuditSentence::tr("%1 changed the role of %2.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.site_roles")) {
        return AuditSentence::tr("%1 changed the sites and roles of %2.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.unlock")) {
        return AuditSentence::tr("%1 unlocked the account of %2.").arg(p.actor(), staffMember);
    }
    if (action == QLatin1String("account.desk_unlock")) {
        return AuditSentence::tr("%1 unlocked the desk.").arg(p.actor());
    }
    if (action == QLatin1String("account.reset_admin")) {
        return AuditSentence::tr("The administrator's sign-in was reset for %1.").arg(staffMember);
    }
    return {};
}

QString recordSentence(const Phrases& p)
{
    const QString& action = p.r.action;
    if (action == QLatin1String("family.create")) {
        return AuditSentence::tr("%1 added the family %2.").arg(p.actor(), p.family());
    }
    if (action == QLatin1String("family.update")) {
        return AuditSentence::tr("%1 changed the family record of %2.").arg(p.actor(), p.family());
    }
    if (action == QLatin1String("family.archive")) {
        return AuditSentence::tr("%1 archived the family %2.").arg(p.actor(), p.family());
    }
    if (action == QLatin1String("family.export")) {
        return AuditSentence::tr("%1 exported the data of the family %2.").arg(p.actor(), p.family());
    }
    if (action == QLatin1String("family.anonymise")) {
        return AuditSentence::tr("%1 anonymised a family whose records were past keeping.").arg(p.actor());
    }
    if (action.startsWith(QLatin1String("custody."))) {
        const bool restriction = action.startsWith(QLatin1String("custody.restriction."));
        return (restriction ? AuditSentence::tr("%1 changed who may not collect %2.")
                            : AuditSentence::tr("%1 changed who may collect %2."))
            .arg(p.actor(), p.child(p.r.entityId));
    }
    if (action == QLatin1String("room.create")) {
        return AuditSentence::tr("%1 added the room %2.").arg(p.actor(), p.room(p.r.entityId));
    }
    if (action == QLatin1String("room.update")) {
        return AuditSentence::tr("%1 changed the room %2.").arg(p.actor(), p.room(p.r.entityId));
    }
    if (action == QLatin1String("room.archive")) {
        return AuditSentence::tr("%1 archived the room %2.").arg(p.actor(), p.room(p.r.entityId));
    }
    if (action == QLatin1String("settings.change")) {
        return AuditSentence::tr("%1 changed the setting %2.").arg(p.actor(), isolated(p.detail("key")));
    }
    if (action == QLatin1String("settings.logo")) {
        return AuditSentence::tr("%1 changed the centre's logo.").arg(p.actor());
    }
    if (action == QLatin1String("medication.give")) {
        return AuditSentence::tr("%1 recorded a dose of medication for %2.").arg(p.actor(), p.child(p.id("childId")));
    }
    if (action == QLatin1String("immunisation.record")) {
        return AuditSentence::tr("%1 recorded an immunisation for %2.").arg(p.actor(), p.child(p.id("childId")));
    }
    if (action == QLatin1String("database.restore")) {
        return AuditSentence::tr("%1 restored the data file from a backup.").arg(p.actor());
    }
    if (action == QLatin1String("demo.generate") || action == QLatin1String("demo.history")) {
        return AuditSentence::tr("Kindred filled in the demo centre.");
    }
    return {};
}

} // namespace

QString AuditSentence::describe(const AuditRecord& record, const AuditNames& names, const QTimeZone& zone)
{
    const Phrases p(record, names, zone);
    const QString& action = record.action;
    QString sentence;
    if (action.startsWith(QLatin1String("attendance."))) {
        sentence = attendanceSentence(p);
    } else if (action.startsWith(QLatin1String("ticket."))) {
        sentence = ticketSentence(p);
    } else if (action.startsWith(QLatin1String("incident."))) {
        sentence = incidentSentence(p);
    } else if (action.startsWith(QLatin1String("drill."))) {
        sentence = drillSentence(p);
    } else if (action.startsWith(QLatin1String("staff.")) || action.startsWith(QLatin1String("account."))) {
        sentence = peopleSentence(p);
    } else {
        sentence = recordSentence(p);
    }
    if (!sentence.isEmpty()) {
        return sentence;
    }
    return tr("%1: %2 on %3 %4.").arg(p.actor(), action, record.entity).arg(record.entityId);
}

} // namespace Kindred
