// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ChildDetailsWriter.h"

#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// An allergy has no key of its own: the one on file is found by its content (the first such row).
const auto InsertAllergySql = QStringLiteral(R"(
    INSERT INTO allergies (child_id, allergen, severity, reaction, action_plan)
    VALUES (:child, :allergen, :severity, :reaction, :plan))");
const auto UpdateAllergySql = QStringLiteral(R"(
    UPDATE allergies SET allergen = :newAllergen, severity = :newSeverity, reaction = :newReaction,
        action_plan = :newPlan
    WHERE id = (SELECT id FROM allergies WHERE child_id = :child AND allergen = :allergen AND severity = :severity
                AND reaction = :reaction AND action_plan = :plan ORDER BY id LIMIT 1))");
const auto DeleteAllergySql = QStringLiteral(R"(
    DELETE FROM allergies
    WHERE id = (SELECT id FROM allergies WHERE child_id = :child AND allergen = :allergen AND severity = :severity
                AND reaction = :reaction AND action_plan = :plan ORDER BY id LIMIT 1))");
const auto InsertContactSql = QStringLiteral(R"(
    INSERT INTO emergency_contacts (child_id, position, name, relation, phone)
    VALUES (:child, :position, :name, :relation, :phone))");
const auto UpdateContactSql = QStringLiteral(R"(
    UPDATE emergency_contacts SET name = :name, relation = :relation, phone = :phone
    WHERE child_id = :child AND position = :position)");
const auto DeleteContactSql = QStringLiteral(R"(
    DELETE FROM emergency_contacts WHERE child_id = :child AND position = :position)");
const auto InsertPickupSql = QStringLiteral(R"(
    INSERT INTO pickup_authorisations (child_id, person_id, valid_from, valid_until, note)
    VALUES (:child, :person, :from, :until, :note))");
const auto UpdatePickupSql = QStringLiteral(R"(
    UPDATE pickup_authorisations SET valid_from = :from, valid_until = :until, note = :note
    WHERE child_id = :child AND person_id = :person)");
const auto DeletePickupSql = QStringLiteral(R"(
    DELETE FROM pickup_authorisations WHERE child_id = :child AND person_id = :person)");
const auto InsertRestrictionSql = QStringLiteral(R"(
    INSERT INTO pickup_restrictions (child_id, person_id, reason, court_order_ref)
    VALUES (:child, :person, :reason, :courtOrder))");
const auto UpdateRestrictionSql = QStringLiteral(R"(
    UPDATE pickup_restrictions SET reason = :reason, court_order_ref = :courtOrder
    WHERE child_id = :child AND person_id = :person)");
const auto DeleteRestrictionSql = QStringLiteral(R"(
    DELETE FROM pickup_restrictions WHERE child_id = :child AND person_id = :person)");

// A booking has no key of its own either: a removed one is found by its content (the first such row).
const auto InsertBookingSql = QStringLiteral(R"(
    INSERT INTO child_bookings (child_id, weekdays, arrival, departure, starts_on, ends_on)
    VALUES (:child, :weekdays, :arrival, :departure, :startsOn, :endsOn))");
const auto DeleteBookingSql = QStringLiteral(R"(
    DELETE FROM child_bookings
    WHERE id = (SELECT id FROM child_bookings WHERE child_id = :child AND weekdays = :weekdays AND arrival = :arrival
                AND departure = :departure AND starts_on = :startsOn AND ends_on IS NOT DISTINCT FROM :endsOn
                ORDER BY id LIMIT 1))");

using Values = QList<QPair<QString, QVariant>>;

Values bookingValues(const ChildBooking& b)
{
    const QString hhmm = QStringLiteral("HH:mm");
    return {{QStringLiteral(":weekdays"), int(b.weekdays)},
            {QStringLiteral(":arrival"), b.arrival.toString(hhmm)},
            {QStringLiteral(":departure"), b.departure.toString(hhmm)},
            {QStringLiteral(":startsOn"), sqlDate(b.startsOn)},
            {QStringLiteral(":endsOn"), sqlDate(b.endsOn)}};
}

Values allergyValues(const Allergy& a, const QString& prefix = {})
{
    const auto name = [&prefix](const char* field) -> QString {
        QString key = QLatin1String(field);
        if (!prefix.isEmpty()) {
            key[0] = key.at(0).toUpper();
        }
        return QStringLiteral(":") + prefix + key;
    };
    return {{name("allergen"), sqlTrimmed(a.allergen)},
            {name("severity"), allergySeverityKey(a.severity)},
            {name("reaction"), sqlTrimmed(a.reaction)},
            {name("plan"), sqlTrimmed(a.actionPlan)}};
}

template<typename T> const T* byPerson(const QList<T>& list, qint64 personId)
{
    for (const T& item : list) {
        if (item.personId == personId) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

ChildDetailsWriter::ChildDetailsWriter(QSqlDatabase db, qint64 childId)
    : m_db(std::move(db))
    , m_childId(childId)
{ }

Result<void> ChildDetailsWriter::run(const QString& sql, const QList<QPair<QString, QVariant>>& values)
{
    StoreQuery query(m_db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":child"), m_childId);
    for (const auto& [name, value] : values) {
        query.bindValue(name, value);
    }
    return execQuery(query);
}

Result<void> ChildDetailsWriter::writeAllergies(const QList<Allergy>& stored, const QList<Allergy>& edited)
{
    // Unchanged allergies are matched first; then a stored one with the same allergen is updated in
    // place; what is left on file was removed, what is left typed is new.
    QList<Allergy> removed = stored;
    QList<Allergy> added;
    for (const Allergy& allergy : edited) {
        if (const qsizetype at = removed.indexOf(allergy); at >= 0) {
            removed.removeAt(at);
        } else {
            added << allergy;
        }
    }
    for (const Allergy& allergy : std::as_const(added)) {
        const auto sameAllergen = std::find_if(removed.begin(), removed.end(), [&allergy](const Allergy& old) {
            return old.allergen.compare(allergy.allergen.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (sameAllergen != removed.end()) {
            if (auto done
                = run(UpdateAllergySql, allergyValues(*sameAllergen) + allergyValues(allergy, QStringLiteral("new")));
                !done) {
                return done;
            }
            removed.erase(sameAllergen);
        } else if (auto done = run(InsertAllergySql, allergyValues(allergy)); !done) {
            return done;
        }
    }
    for (const Allergy& allergy : std::as_const(removed)) {
        if (auto done = run(DeleteAllergySql, allergyValues(allergy)); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ChildDetailsWriter::writeEmergencyContacts(const QList<EmergencyContact>& stored,
                                                        const QList<EmergencyContact>& edited)
{
    // Contacts are kept in the order to call them: position i+1 holds the i-th.
    for (qsizetype i = edited.size(); i < stored.size(); ++i) {
        if (auto done = run(DeleteContactSql, {{QStringLiteral(":position"), i + 1}}); !done) {
            return done;
        }
    }
    for (qsizetype i = 0; i < edited.size(); ++i) {
        const EmergencyContact& e = edited.at(i);
        if (i < stored.size() && stored.at(i) == e) {
            continue;
        }
        const Values values {{QStringLiteral(":position"), i + 1},
                             {QStringLiteral(":name"), sqlTrimmed(e.name)},
                             {QStringLiteral(":relation"), sqlTrimmed(e.relation)},
                             {QStringLiteral(":phone"), sqlTrimmed(e.phone)}};
        if (auto done = run(i < stored.size() ? UpdateContactSql : InsertContactSql, values); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ChildDetailsWriter::writePickups(const QList<PickupAuthorisation>& stored,
                                              const QList<PickupAuthorisation>& edited)
{
    for (const PickupAuthorisation& old : stored) {
        if (!byPerson(edited, old.personId)) {
            if (auto done = run(DeletePickupSql, {{QStringLiteral(":person"), old.personId}}); !done) {
                return done;
            }
        }
    }
    for (const PickupAuthorisation& p : edited) {
        const PickupAuthorisation* old = byPerson(stored, p.personId);
        if (old && *old == p) {
            continue;
        }
        const Values values {{QStringLiteral(":person"), p.personId},
                             {QStringLiteral(":from"), sqlDate(p.validFrom)},
                             {QStringLiteral(":until"), sqlDate(p.validUntil)},
                             {QStringLiteral(":note"), sqlTrimmed(p.note)}};
        if (auto done = run(old ? UpdatePickupSql : InsertPickupSql, values); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ChildDetailsWriter::writeRestrictions(const QList<PickupRestriction>& stored,
                                                   const QList<PickupRestriction>& edited)
{
    for (const PickupRestriction& old : stored) {
        if (!byPerson(edited, old.personId)) {
            if (auto done = run(DeleteRestrictionSql, {{QStringLiteral(":person"), old.personId}}); !done) {
                return done;
            }
        }
    }
    for (const PickupRestriction& r : edited) {
        const PickupRestriction* old = byPerson(stored, r.personId);
        if (old && *old == r) {
            continue;
        }
        const Values values {{QStringLiteral(":person"), r.personId},
                             {QStringLiteral(":reason"), sqlTrimmed(r.reason)},
                             {QStringLiteral(":courtOrder"), sqlTrimmed(r.courtOrderRef)}};
        if (auto done = run(old ? UpdateRestrictionSql : InsertRestrictionSql, values); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ChildDetailsWriter::writeBookings(const QList<ChildBooking>& stored, const QList<ChildBooking>& edited)
{
    // Periods left as they were are not touched; a changed one is removed and written anew.
    QList<ChildBooking> removed = stored;
    QList<ChildBooking> added;
    for (const ChildBooking& booking : edited) {
        if (const qsizetype at = removed.indexOf(booking); at >= 0) {
            removed.removeAt(at);
        } else {
            added << booking;
        }
    }
    for (const ChildBooking& booking : std::as_const(removed)) {
        if (auto done = run(DeleteBookingSql, bookingValues(booking)); !done) {
            return done;
        }
    }
    for (const ChildBooking& booking : std::as_const(added)) {
        if (auto done = run(InsertBookingSql, bookingValues(booking)); !done) {
            return done;
        }
    }
    return {};
}

} // namespace Kindred
