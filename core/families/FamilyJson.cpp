// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyJson.h"

#include <QJsonArray>

namespace Kindred {
namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject personToJson(const Person& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("firstName"), p.firstName},
            {QStringLiteral("lastName"), p.lastName},
            {QStringLiteral("relation"), p.relation},
            {QStringLiteral("isGuardian"), p.isGuardian},
            {QStringLiteral("mobilePhone"), p.mobilePhone},
            {QStringLiteral("homePhone"), p.homePhone},
            {QStringLiteral("workPhone"), p.workPhone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("preferredLanguage"), p.preferredLanguage},
            {QStringLiteral("hasPhoto"), !p.photo.isEmpty()},
            {QStringLiteral("directoryConsent"), p.directoryConsent}};
}

QJsonObject childToJson(const Child& c)
{
    QJsonArray allergies;
    for (const Allergy& a : c.allergies) {
        allergies.append(QJsonObject {{QStringLiteral("allergen"), a.allergen},
                                      {QStringLiteral("severity"), allergySeverityKey(a.severity)},
                                      {QStringLiteral("reaction"), a.reaction},
                                      {QStringLiteral("actionPlan"), a.actionPlan}});
    }
    QJsonArray contacts;
    for (const EmergencyContact& e : c.emergencyContacts) {
        contacts.append(QJsonObject {{QStringLiteral("name"), e.name},
                                     {QStringLiteral("relation"), e.relation},
                                     {QStringLiteral("phone"), e.phone}});
    }
    QJsonArray pickups;
    for (const PickupAuthorisation& p : c.pickups) {
        pickups.append(QJsonObject {{QStringLiteral("personId"), p.personId},
                                    {QStringLiteral("validFrom"), isoDate(p.validFrom)},
                                    {QStringLiteral("validUntil"), isoDate(p.validUntil)},
                                    {QStringLiteral("note"), p.note}});
    }
    QJsonArray restrictions;
    for (const PickupRestriction& r : c.restrictions) {
        restrictions.append(QJsonObject {{QStringLiteral("personId"), r.personId},
                                         {QStringLiteral("reason"), r.reason},
                                         {QStringLiteral("courtOrderRef"), r.courtOrderRef}});
    }
    QJsonArray bookings;
    for (const ChildBooking& b : c.bookings) {
        bookings.append(QJsonObject {{QStringLiteral("weekdays"), int(b.weekdays)},
                                     {QStringLiteral("arrival"), b.arrival.toString(QStringLiteral("HH:mm"))},
                                     {QStringLiteral("departure"), b.departure.toString(QStringLiteral("HH:mm"))},
                                     {QStringLiteral("startsOn"), isoDate(b.startsOn)},
                                     {QStringLiteral("endsOn"), isoDate(b.endsOn)}});
    }
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("firstName"), c.firstName},
            {QStringLiteral("lastName"), c.lastName},
            {QStringLiteral("preferredName"), c.preferredName},
            {QStringLiteral("dateOfBirth"), isoDate(c.dateOfBirth)},
            {QStringLiteral("roomId"), c.roomId},
            {QStringLiteral("hasPhoto"), !c.photo.isEmpty()},
            {QStringLiteral("medicalNotes"), c.medicalNotes},
            {QStringLiteral("photoConsent"), c.photoConsent},
            {QStringLiteral("allergies"), allergies},
            {QStringLiteral("emergencyContacts"), contacts},
            {QStringLiteral("pickups"), pickups},
            {QStringLiteral("restrictions"), restrictions},
            {QStringLiteral("bookings"), bookings}};
}

} // namespace

QJsonObject familyToJson(const Family& family)
{
    QJsonArray adults;
    for (const Person& p : family.adults) {
        adults.append(personToJson(p));
    }
    QJsonArray children;
    for (const Child& c : family.children) {
        children.append(childToJson(c));
    }
    return {{QStringLiteral("id"), family.id},
            {QStringLiteral("householdName"), family.householdName},
            {QStringLiteral("addressLine1"), family.addressLine1},
            {QStringLiteral("addressLine2"), family.addressLine2},
            {QStringLiteral("city"), family.city},
            {QStringLiteral("postcode"), family.postcode},
            {QStringLiteral("languages"), QJsonArray::fromStringList(family.languages)},
            {QStringLiteral("cultures"), QJsonArray::fromStringList(family.cultures)},
            {QStringLiteral("celebrations"), QJsonArray::fromStringList(family.celebrations)},
            {QStringLiteral("shareCultures"), family.shareCultures},
            {QStringLiteral("status"), familyStatusKey(family.status)},
            {QStringLiteral("cardCode"), family.cardCode},
            {QStringLiteral("notes"), family.notes},
            {QStringLiteral("adults"), adults},
            {QStringLiteral("children"), children}};
}

} // namespace Kindred
