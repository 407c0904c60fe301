// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/RollCall.h"

#include "attendance/AttendanceReader.h"
#include "attendance/StaffPresence.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "families/ChildPhotos.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreQuery.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

// Children checked in and not out at the site (%1: its id, a number, never text), with the room of the visit,
// else the child's own room.
const auto ChildrenHereSql = QStringLiteral(R"(
    SELECT c.id, c.first_name || ' ' || c.last_name, coalesce(a.room_id, c.room_id, 0), coalesce(r.name, ''),
           a.checked_in_at, c.medical_notes
    FROM attendance a JOIN children c ON c.id = a.child_id
    LEFT JOIN rooms r ON r.id = coalesce(a.room_id, c.room_id)
    WHERE a.checked_out_at IS NULL AND a.voided_at IS NULL AND a.site_id = %1
    ORDER BY r.id IS NULL, r.min_age_months, r.name, c.last_name, c.first_name)");
const auto AllergiesHereSql = QStringLiteral(R"(
    SELECT child_id, allergen, severity, reaction, action_plan FROM allergies
    WHERE child_id IN (SELECT child_id FROM attendance WHERE checked_out_at IS NULL AND voided_at IS NULL AND site_id = %1)
    ORDER BY id)");
const auto ConditionsHereSql = QStringLiteral(R"(
    SELECT child_id, name, care_plan FROM medical_conditions
    WHERE archived_at IS NULL
      AND child_id IN (SELECT child_id FROM attendance WHERE checked_out_at IS NULL AND voided_at IS NULL AND site_id = %1)
    ORDER BY id)");
const auto ContactsHereSql = QStringLiteral(R"(
    SELECT child_id, name, relation, phone FROM emergency_contacts
    WHERE child_id IN (SELECT child_id FROM attendance WHERE checked_out_at IS NULL AND voided_at IS NULL AND site_id = %1)
    ORDER BY child_id, position)");
// Staff phones; who is present is StaffPresence's (the same rule as the ratios and group check-out).
const auto StaffPhonesSql = QStringLiteral(R"(SELECT id, phone FROM staff)");
const auto RoomNamesSql = QStringLiteral(R"(SELECT id, name, min_age_months FROM rooms)");

QString withDetail(const QString& what, const QStringList& details)
{
    QStringList filled;
    for (const QString& d : details) {
        if (!d.trimmed().isEmpty()) {
            filled << d.trimmed();
        }
    }
    return filled.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, filled.join(QStringLiteral("; ")));
}

} // namespace

QString RollCallPerson::kindKey(Kind kind)
{
    return kind == Kind::Child ? QStringLiteral("child") : QStringLiteral("staff");
}

RollCall::RollCall(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<QList<RollCallPerson>> RollCall::onPremises() const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    // Unlike the other reads of core, the roll call shows allergies (with their reactions and action plans),
    // medical notes and conditions (the seizure plan, the inhaler) and emergency contacts to every reader,
    // ViewMedical or not: it is what an emergency is handled with, and anyone at the desk may open it from
    // the locked screen (F12) as the emergency actor, so hiding them from a signed-in reader would protect
    // nothing and slow an evacuation.
    const QSqlDatabase db = m_database.connection();
    QList<RollCallPerson> people;
    QHash<qint64, qsizetype> childIndex;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    // Each step is checked: a damaged page must never make a child vanish from the roll.
    const auto read = [&query](const QString& sql, const auto& row) -> Result<void> {
        if (auto done = execRead(query, sql); !done) {
            return done;
        }
        while (query.next()) {
            row();
        }
        auto done = readComplete(query);
        query.finish();
        return done;
    };
    const qint64 site = m_session.siteId();
    auto done = read(ChildrenHereSql.arg(site), [&] {
        RollCallPerson p;
        p.kind = RollCallPerson::Kind::Child;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.roomId = query.value(2).toLongLong();
        p.roomName = query.value(3).toString();
        p.since = instantFromSql(query.value(4));
        p.medicalNotes = query.value(5).toString().simplified();
        childIndex.insert(p.id, people.size());
        people << p;
    });
    if (!done) {
        return done.error();
    }
    done = read(AllergiesHereSql.arg(site), [&] {
        const auto index = childIndex.value(query.value(0).toLongLong(), -1);
        if (index < 0) {
            return;
        }
        RollCallPerson& p = people[index];
        if (allergySeverityFromKey(query.value(2).toString()) == AllergySeverity::LifeThreatening) {
            p.lifeThreateningAllergies << withDetail(query.value(1).toString(),
                                                     {query.value(3).toString(), query.value(4).toString()});
        } else {
            p.otherAllergies << withDetail(query.value(1).toString(),
                                           {allergySeverityName(allergySeverityFromKey(query.value(2).toString()))});
        }
    });
    if (!done) {
        return done.error();
    }
    done = read(ConditionsHereSql.arg(site), [&] {
        const auto index = childIndex.value(query.value(0).toLongLong(), -1);
        if (index >= 0) {
            RollCallPerson& p = people[index];
            const QString condition = withDetail(query.value(1).toString(), {query.value(2).toString()});
            p.medicalNotes = p.medicalNotes.isEmpty() ? condition : p.medicalNotes + QStringLiteral("; ") + condition;
        }
    });
    if (!done) {
        return done.error();
    }
    done = read(ContactsHereSql.arg(site), [&] {
        const auto index = childIndex.value(query.value(0).toLongLong(), -1);
        if (index >= 0) {
            people[index].contacts << EmergencyContact {query.value(1).toString(), query.value(2).toString(),
                                                        query.value(3).toString()};
        }
    });
    if (!done) {
        return done.error();
    }
    const auto photos = m_session.can(Permission::ViewFamilies)
        ? ChildPhotos(m_database, m_session).shareable(childIndex.keys())
        : Result<QHash<qint64, QByteArray>>(QHash<qint64, QByteArray> {});
    if (!photos) {
        return photos.error();
    }
    for (auto it = photos->cbegin(); it != photos->cend(); ++it) {
        people[childIndex.value(it.key())].photo = it.value();
    }
    QHash<qint64, QString> phones;
    done = read(StaffPhonesSql, [&] { phones.insert(query.value(0).toLongLong(), query.value(1).toString()); });
    if (!done) {
        return done.error();
    }
    QHash<qint64, QPair<QString, int>> rooms; // name, youngest age: the children's order
    done = read(RoomNamesSql, [&] {
        rooms.insert(query.value(0).toLongLong(), qMakePair(query.value(1).toString(), query.value(2).toInt()));
    });
    if (!done) {
        return done.error();
    }
    const auto present = StaffPresence(m_database, m_session).presentNow();
    if (!present) {
        return present.error();
    }
    QList<RollCallPerson> staff;
    for (const StaffShift& shift : present.value()) {
        RollCallPerson p;
        p.kind = RollCallPerson::Kind::Staff;
        p.id = shift.staffId;
        p.name = shift.staffName;
        p.roomId = shift.roomId;
        p.roomName = rooms.value(shift.roomId).first;
        p.since = shift.clockedInAt;
        p.phone = phones.value(shift.staffId);
        staff << p;
    }
    // By room as the children are (rooms by age, no room last), then by name.
    std::stable_sort(staff.begin(), staff.end(), [&rooms](const RollCallPerson& a, const RollCallPerson& b) {
        const bool aNone = !rooms.contains(a.roomId);
        const bool bNone = !rooms.contains(b.roomId);
        if (aNone != bNone) {
            return bNone;
        }
        const auto ra = rooms.value(a.roomId);
        const auto rb = rooms.value(b.roomId);
        if (ra.second != rb.second) {
            return ra.second < rb.second;
        }
        if (ra.first != rb.first) {
            return ra.first < rb.first;
        }
        return a.name < b.name;
    });
    people << staff;
    return people;
}

QList<RollCallPerson> RollCall::unaccounted(const QList<RollCallPerson>& people)
{
    QList<RollCallPerson> missing;
    for (const bool children : {true, false}) {
        for (const RollCallPerson& person : people) {
            if (person.isChild() == children && !person.accountedAt.isValid()) {
                missing << person;
            }
        }
    }
    return missing;
}

ReportDocument RollCall::document(const QList<RollCallPerson>& people, const QString& title) const
{
    ReportDocument doc;
    if (auto filled = ReportHeader::fillLetterhead(m_database, doc, tr("Kindred childcare centre")); !filled) {
        // In an evacuation the list matters, not the letterhead: printed under a plain heading, and logged.
        doc.centreName = tr("Emergency roll call");
        doc.generatedAt = Clock::currentDateTimeUtc();
        DiagnosticLog::error(QStringLiteral("rollcall"),
                             QStringLiteral("the centre's details could not be read for "
                                            "the printed roll call: %1")
                                 .arg(filled.error().detail));
    }
    doc.title = title.isEmpty() ? tr("Emergency roll call") : title;
    int children = 0;
    int staff = 0;
    int accounted = 0;
    for (const RollCallPerson& p : people) {
        (p.isChild() ? children : staff)++;
        accounted += p.accountedAt.isValid() ? 1 : 0;
    }
    doc.subtitle = tr("%1 · %2, %3 on the premises")
                       .arg(ReportHeader::shownAt(doc.generatedAt), tr("%n child(ren)", nullptr, children),
                            tr("%n staff member(s)", nullptr, staff));
    if (accounted > 0) {
        doc.addParagraph(tr("%1 of %2 accounted for.").arg(accounted).arg(people.size()), accounted < people.size());
    }
    const auto tick = [](const RollCallPerson& p) {
        return p.accountedAt.isValid()
            ? p.accountedAt.toTimeZone(Clock::timeZone()).time().toString(QStringLiteral("HH:mm"))
            : QStringLiteral("☐");
    };
    QString currentRoom;
    ReportDocument::Table table;
    const auto flush = [&doc, &table]() {
        if (!table.rows.isEmpty()) {
            doc.addTable(table);
        }
        table.rows.clear();
        table.highlightedRows.clear();
    };
    bool first = true;
    for (const RollCallPerson& p : people) {
        if (!p.isChild()) {
            continue;
        }
        if (first || p.roomName != currentRoom) {
            flush();
            first = false;
            currentRoom = p.roomName;
            doc.addHeading(currentRoom.isEmpty() ? tr("No room") : currentRoom);
            table.columns = {{tr("✓"), 0.5, Qt::AlignCenter},
                             {tr("Child"), 1.3},
                             {tr("Life-threatening allergies"), 1.6},
                             {tr("Other allergies, medical notes"), 1.8},
                             {tr("Emergency contacts"), 1.8}};
        }
        QStringList contacts;
        for (const EmergencyContact& c : p.contacts) {
            contacts << QStringLiteral("%1 (%2) %3").arg(c.name, c.relation, phoneText(c.phone));
        }
        QStringList other = p.otherAllergies;
        if (!p.medicalNotes.isEmpty()) {
            other << p.medicalNotes;
        }
        if (p.hasLifeThreateningAllergy()) {
            table.highlightedRows << int(table.rows.size());
        }
        table.rows << QStringList {tick(p), p.name, p.lifeThreateningAllergies.join(QStringLiteral("; ")),
                                   other.join(QStringLiteral("; ")), contacts.join(QLatin1Char('\n'))};
    }
    flush();
    if (children == 0) {
        doc.addParagraph(tr("No children are checked in."));
    }
    doc.addHeading(tr("Staff on the premises"));
    ReportDocument::Table staffTable {{{tr("✓"), 0.5, Qt::AlignCenter},
                                       {tr("Staff member"), 1.5},
                                       {tr("Room"), 1.2},
                                       {tr("Phone"), 1.2},
                                       {tr("Clocked in"), 1}},
                                      {},
                                      {}};
    for (const RollCallPerson& p : people) {
        if (!p.isChild()) {
            staffTable.rows << QStringList {
                tick(p), p.name, p.roomName, phoneText(p.phone),
                QLocale().toString(p.since.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat)};
        }
    }
    if (staffTable.rows.isEmpty()) {
        doc.addParagraph(tr("No staff are clocked in."), true);
    } else {
        doc.addTable(staffTable);
    }
    doc.addSignatures({tr("Roll call taken by"), tr("Warden or director")});
    return doc;
}

} // namespace Kindred
