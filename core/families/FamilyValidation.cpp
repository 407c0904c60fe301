// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyValidation.h"

#include "base/BidiText.h"
#include "base/FieldChecks.h"
#include "base/FieldLimits.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Kindred {
namespace {

QString field(const QString& prefix, const char* name)
{
    return prefix.isEmpty() ? QString::fromLatin1(name) : prefix + QLatin1Char('.') + QLatin1String(name);
}

// The locale's short time format to the minute (some locales' short format has seconds).
QString shortTime(QTime time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return QLocale().toString(time, format);
}

bool blank(const QString& text)
{
    return FieldChecks::isBlank(text);
}

// A name as it is put into a message: trimmed, and isolated so that a right-to-left name keeps the
// English words around it in order.
QString named(const QString& name)
{
    return isolated(name.trimmed());
}

} // namespace

bool FamilyValidation::isCardCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{4,16}$"));
    return code.match(text).hasMatch();
}

FieldProblems FamilyValidation::problems(const Person& person, const QString& prefix)
{
    FieldProblems found;
    if (blank(person.firstName)) {
        found.add(field(prefix, "firstName"), tr("Enter the adult's first name."));
    } else {
        found.checkLength(field(prefix, "firstName"), person.firstName, FieldLimits::PersonName);
    }
    if (blank(person.lastName)) {
        found.add(field(prefix, "lastName"),
                  blank(person.firstName) ? tr("Enter the adult's family name.")
                                          : tr("Enter %1's family name.").arg(named(person.firstName)));
    } else {
        found.checkLength(field(prefix, "lastName"), person.lastName, FieldLimits::PersonName);
    }
    found.checkLength(field(prefix, "relation"), person.relation, FieldLimits::ShortText);
    const struct
    {
        const QString& value;
        const char* name;
    } phones[]
        = {{person.mobilePhone, "mobilePhone"}, {person.homePhone, "homePhone"}, {person.workPhone, "workPhone"}};
    for (const auto& phone : phones) {
        if (!found.checkLength(field(prefix, phone.name), phone.value, FieldLimits::Phone)) {
            continue;
        }
        if (!blank(phone.value) && !FieldChecks::isPhoneNumber(phone.value)) {
            found.add(field(prefix, phone.name),
                      tr("\"%1\" is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).")
                          .arg(isolated(phone.value)));
        }
    }
    if (found.checkLength(field(prefix, "email"), person.email, FieldLimits::Email) && !blank(person.email)
        && !FieldChecks::isEmailAddress(person.email)) {
        found.add(field(prefix, "email"), tr("\"%1\" is not an email address.").arg(isolated(person.email)));
    }
    found.checkLength(field(prefix, "preferredLanguage"), person.preferredLanguage, FieldLimits::ShortText);
    if (person.isGuardian && person.bestPhone().isEmpty() && !found.has(field(prefix, "mobilePhone"))) {
        found.add(field(prefix, "mobilePhone"),
                  tr("%1 is a guardian: enter at least one phone number the centre can call.")
                      .arg(isolated(person.fullName())));
    }
    return found;
}

Result<void> FamilyValidation::validate(const Person& person, const QString& prefix)
{
    return problems(person, prefix).result();
}

FieldProblems FamilyValidation::problems(const Child& child, const Family& family, const QString& prefix, QDate today)
{
    FieldProblems found;
    // The child as messages name them: their first name, or "the child" while it is still empty.
    const QString name = blank(child.firstName) ? tr("the child") : named(child.firstName);
    if (blank(child.firstName)) {
        found.add(field(prefix, "firstName"), tr("Enter the child's first name."));
    } else {
        found.checkLength(field(prefix, "firstName"), child.firstName, FieldLimits::PersonName);
    }
    if (blank(child.lastName)) {
        found.add(field(prefix, "lastName"),
                  blank(child.firstName) ? tr("Enter the child's family name.")
                                         : tr("Enter %1's family name.").arg(name));
    } else {
        found.checkLength(field(prefix, "lastName"), child.lastName, FieldLimits::PersonName);
    }
    found.checkLength(field(prefix, "preferredName"), child.preferredName, FieldLimits::PersonName);
    if (!child.dateOfBirth.isValid()) {
        found.add(field(prefix, "dateOfBirth"), tr("Enter %1's date of birth.").arg(name));
    } else if (child.dateOfBirth > today) {
        found.add(field(prefix, "dateOfBirth"), tr("%1's date of birth is in the future.").arg(name));
    } else if (child.dateOfBirth < today.addYears(-19)) {
        found.add(field(prefix, "dateOfBirth"),
                  tr("%1's date of birth makes them an adult; check the year.").arg(name));
    }
    found.checkLength(field(prefix, "medicalNotes"), child.medicalNotes, FieldLimits::Notes);
    for (int i = 0; i < child.allergies.size(); ++i) {
        const Allergy& allergy = child.allergies.at(i);
        const QString at = QStringLiteral("%1.allergies[%2]").arg(prefix).arg(i);
        if (blank(allergy.allergen)) {
            found.add(at + QStringLiteral(".allergen"), tr("Name what %1 is allergic to.").arg(name));
        } else {
            found.checkLength(at + QStringLiteral(".allergen"), allergy.allergen, FieldLimits::ShortText);
        }
        found.checkLength(at + QStringLiteral(".reaction"), allergy.reaction, FieldLimits::Notes);
        found.checkLength(at + QStringLiteral(".actionPlan"), allergy.actionPlan, FieldLimits::Notes);
    }
    for (int i = 0; i < child.emergencyContacts.size(); ++i) {
        const EmergencyContact& contact = child.emergencyContacts.at(i);
        const QString at = QStringLiteral("%1.emergencyContacts[%2]").arg(prefix).arg(i);
        if (blank(contact.name)) {
            found.add(at + QStringLiteral(".name"), tr("Enter the emergency contact's name."));
        } else {
            found.checkLength(at + QStringLiteral(".name"), contact.name, FieldLimits::PersonName);
        }
        found.checkLength(at + QStringLiteral(".relation"), contact.relation, FieldLimits::ShortText);
        if (found.checkLength(at + QStringLiteral(".phone"), contact.phone, FieldLimits::Phone)
            && !FieldChecks::isPhoneNumber(contact.phone)) {
            found.add(at + QStringLiteral(".phone"),
                      blank(contact.name)
                          ? tr("Enter a phone number for the emergency contact.")
                          : tr("Enter a phone number for emergency contact %1.").arg(named(contact.name)));
        }
    }
    QSet<qint64> authorised;
    for (int i = 0; i < child.pickups.size(); ++i) {
        const PickupAuthorisation& pickup = child.pickups.at(i);
        const QString at = QStringLiteral("%1.pickups[%2]").arg(prefix).arg(i);
        const Person* person = family.person(pickup.personId);
        if (!person) {
            found.add(at + QStringLiteral(".personId"),
                      tr("Choose who may collect %1 from the family's adults.").arg(name));
        } else if (pickup.validFrom.isValid() && pickup.validUntil.isValid() && pickup.validUntil < pickup.validFrom) {
            found.add(at + QStringLiteral(".validUntil"),
                      tr("The pickup permission for %1 ends before it starts.").arg(isolated(person->fullName())));
        }
        found.checkLength(at + QStringLiteral(".note"), pickup.note, FieldLimits::Notes);
        authorised.insert(pickup.personId);
    }
    for (int i = 0; i < child.restrictions.size(); ++i) {
        const PickupRestriction& restriction = child.restrictions.at(i);
        const QString at = QStringLiteral("%1.restrictions[%2]").arg(prefix).arg(i);
        const Person* person = family.person(restriction.personId);
        if (!person) {
            found.add(at + QStringLiteral(".personId"), tr("Choose the person %1 must not be released to.").arg(name));
        } else if (authorised.contains(restriction.personId)) {
            found.add(at + QStringLiteral(".personId"),
                      tr("%1 cannot both be allowed to collect %2 and be on the do-not-release list.")
                          .arg(isolated(person->fullName()), name));
        }
        if (blank(restriction.reason)) {
            found.add(at + QStringLiteral(".reason"),
                      person ? tr("Give the reason %1 must not be released to %2 (for example the court order).")
                                   .arg(name, isolated(person->fullName()))
                             : tr("Give the reason (for example the court order)."));
        } else {
            found.checkLength(at + QStringLiteral(".reason"), restriction.reason, FieldLimits::Notes);
        }
        found.checkLength(at + QStringLiteral(".courtOrderRef"), restriction.courtOrderRef, FieldLimits::ShortText);
    }
    found.add(bookingProblems(child, prefix));
    return found;
}

Result<void> FamilyValidation::validate(const Child& child, const Family& family, const QString& prefix, QDate today)
{
    return problems(child, family, prefix, today).result();
}

FieldProblems FamilyValidation::bookingProblems(const Child& child, const QString& prefix)
{
    FieldProblems found;
    // No centre day starts before 05:00 or ends after 22:00: a time outside is a slip of AM/PM.
    const QTime earliest(5, 0);
    const QTime latest(22, 0);
    const QLocale locale;
    const QString name = blank(child.firstName) ? tr("the child") : named(child.firstName);
    for (int i = 0; i < child.bookings.size(); ++i) {
        const ChildBooking& booking = child.bookings.at(i);
        const QString at = QStringLiteral("%1.bookings[%2]").arg(prefix).arg(i);
        if ((booking.weekdays & ChildBooking::AllDays) == 0) {
            found.add(at + QStringLiteral(".weekdays"), tr("Tick the days %1 is booked for.").arg(name));
        }
        const bool arrivalOk = booking.arrival.isValid() && booking.arrival >= earliest && booking.arrival <= latest;
        if (!arrivalOk) {
            found.add(at + QStringLiteral(".arrival"),
                      tr("Enter the time %1 usually arrives, between %2 and %3.")
                          .arg(name, shortTime(earliest), shortTime(latest)));
        }
        if (!booking.departure.isValid() || booking.departure > latest) {
            found.add(at + QStringLiteral(".departure"),
                      tr("Enter the time %1 usually goes home, by %2.").arg(name, shortTime(latest)));
        } else if (arrivalOk && booking.departure <= booking.arrival) {
            found.add(
                at + QStringLiteral(".departure"),
                tr("%1's booked departure must be after the arrival (%2).").arg(name, shortTime(booking.arrival)));
        }
        if (!booking.startsOn.isValid()) {
            found.add(at + QStringLiteral(".startsOn"), tr("Enter the first day of %1's booking.").arg(name));
            continue;
        }
        if (booking.endsOn.isValid() && booking.endsOn < booking.startsOn) {
            found.add(at + QStringLiteral(".endsOn"),
                      tr("%1's booking ends before it starts (%2).")
                          .arg(name, locale.toString(booking.startsOn, QLocale::ShortFormat)));
        }
        // Two periods on the same day of the week at the same time would give two arrival times.
        for (int j = 0; j < i; ++j) {
            const ChildBooking& other = child.bookings.at(j);
            if (!other.startsOn.isValid()) {
                continue;
            }
            const bool datesOverlap = (!other.endsOn.isValid() || other.endsOn >= booking.startsOn)
                && (!booking.endsOn.isValid() || booking.endsOn >= other.startsOn);
            if (datesOverlap && (other.weekdays & booking.weekdays) != 0) {
                found.add(at + QStringLiteral(".startsOn"),
                          tr("%1's bookings from %2 and from %3 share a day of the week; end one before the "
                             "other starts.")
                              .arg(name, locale.toString(other.startsOn, QLocale::ShortFormat),
                                   locale.toString(booking.startsOn, QLocale::ShortFormat)));
                break;
            }
        }
    }
    return found;
}

Result<void> FamilyValidation::validateBookings(const Child& child, const QString& prefix)
{
    return bookingProblems(child, prefix).result();
}

FieldProblems FamilyValidation::problems(const Family& family, QDate today)
{
    FieldProblems found;
    if (blank(family.householdName)) {
        found.add(QStringLiteral("householdName"), tr("Enter the family's name."));
    } else {
        found.checkLength(QStringLiteral("householdName"), family.householdName, FieldLimits::FamilyName);
    }
    found.checkLength(QStringLiteral("addressLine1"), family.addressLine1, FieldLimits::AddressLine);
    found.checkLength(QStringLiteral("addressLine2"), family.addressLine2, FieldLimits::AddressLine);
    found.checkLength(QStringLiteral("city"), family.city, FieldLimits::AddressLine);
    found.checkLength(QStringLiteral("postcode"), family.postcode, FieldLimits::Postcode);
    found.checkLength(QStringLiteral("languages"), family.languages.join(QStringLiteral(", ")), FieldLimits::ShortText);
    found.checkLength(QStringLiteral("cultures"), family.cultures.join(QStringLiteral(", ")), FieldLimits::ShortText);
    found.checkLength(QStringLiteral("celebrations"), family.celebrations.join(QStringLiteral(", ")),
                      FieldLimits::ShortText);
    if (!family.cardCode.isEmpty() && !isCardCode(family.cardCode)) {
        found.add(QStringLiteral("cardCode"),
                  tr("A family card code is 4 to 16 capital letters and digits; leave it empty to have one made."));
    }
    found.checkLength(QStringLiteral("notes"), family.notes, FieldLimits::Notes);
    if (family.guardians().isEmpty()) {
        found.add(QStringLiteral("adults"), tr("Add at least one guardian the centre can call."));
    }
    QSet<qint64> ids;
    for (int i = 0; i < family.adults.size(); ++i) {
        const Person& person = family.adults.at(i);
        if (person.id != 0 && ids.contains(person.id)) {
            found.add(QStringLiteral("adults[%1]").arg(i), tr("The same adult is listed twice."));
            continue;
        }
        ids.insert(person.id);
        found.add(problems(person, QStringLiteral("adults[%1]").arg(i)));
    }
    for (int i = 0; i < family.children.size(); ++i) {
        found.add(problems(family.children.at(i), family, QStringLiteral("children[%1]").arg(i), today));
    }
    return found;
}

Result<void> FamilyValidation::validate(const Family& family, QDate today)
{
    return problems(family, today).result();
}

} // namespace Kindred
