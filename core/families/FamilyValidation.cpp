// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyValidation.h"

#include "base/FieldChecks.h"

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

} // namespace

bool FamilyValidation::isCardCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z0-9]{4,16}$"));
    return code.match(text).hasMatch();
}

Result<void> FamilyValidation::validate(const Person& person, const QString& prefix)
{
    if (blank(person.firstName)) {
        return fieldError(field(prefix, "firstName"), tr("Enter the adult's first name."));
    }
    if (blank(person.lastName)) {
        return fieldError(field(prefix, "lastName"), tr("Enter %1's family name.").arg(person.firstName.trimmed()));
    }
    const struct
    {
        const QString& value;
        const char* name;
    } phones[]
        = {{person.mobilePhone, "mobilePhone"}, {person.homePhone, "homePhone"}, {person.workPhone, "workPhone"}};
    for (const auto& phone : phones) {
        if (!blank(phone.value) && !FieldChecks::isPhoneNumber(phone.value)) {
            return fieldError(field(prefix, phone.name),
                              tr("\"%1\" is not a phone number (use 6 to 15 digits, spaces and a leading + are fine).")
                                  .arg(phone.value));
        }
    }
    if (!blank(person.email) && !FieldChecks::isEmailAddress(person.email)) {
        return fieldError(field(prefix, "email"), tr("\"%1\" is not an email address.").arg(person.email));
    }
    if (person.isGuardian && person.bestPhone().isEmpty()) {
        return fieldError(
            field(prefix, "mobilePhone"),
            tr("%1 is a guardian: enter at least one phone number the centre can call.").arg(person.fullName()));
    }
    return {};
}

Result<void> FamilyValidation::validate(const Child& child, const Family& family, const QString& prefix, QDate today)
{
    if (blank(child.firstName)) {
        return fieldError(field(prefix, "firstName"), tr("Enter the child's first name."));
    }
    if (blank(child.lastName)) {
        return fieldError(field(prefix, "lastName"), tr("Enter %1's family name.").arg(child.firstName.trimmed()));
    }
    if (!child.dateOfBirth.isValid()) {
        return fieldError(field(prefix, "dateOfBirth"), tr("Enter %1's date of birth.").arg(child.firstName));
    }
    if (child.dateOfBirth > today) {
        return fieldError(field(prefix, "dateOfBirth"),
                          tr("%1's date of birth is in the future.").arg(child.firstName));
    }
    if (child.dateOfBirth < today.addYears(-19)) {
        return fieldError(field(prefix, "dateOfBirth"),
                          tr("%1's date of birth makes them an adult; check the year.").arg(child.firstName));
    }
    for (int i = 0; i < child.allergies.size(); ++i) {
        if (blank(child.allergies.at(i).allergen)) {
            return fieldError(QStringLiteral("%1.allergies[%2].allergen").arg(prefix).arg(i),
                              tr("Name what %1 is allergic to.").arg(child.firstName));
        }
    }
    for (int i = 0; i < child.emergencyContacts.size(); ++i) {
        const EmergencyContact& contact = child.emergencyContacts.at(i);
        const QString at = QStringLiteral("%1.emergencyContacts[%2]").arg(prefix).arg(i);
        if (blank(contact.name)) {
            return fieldError(at + QStringLiteral(".name"), tr("Enter the emergency contact's name."));
        }
        if (!FieldChecks::isPhoneNumber(contact.phone)) {
            return fieldError(at + QStringLiteral(".phone"),
                              tr("Enter a phone number for emergency contact %1.").arg(contact.name));
        }
    }
    QSet<qint64> authorised;
    for (int i = 0; i < child.pickups.size(); ++i) {
        const PickupAuthorisation& pickup = child.pickups.at(i);
        const QString at = QStringLiteral("%1.pickups[%2]").arg(prefix).arg(i);
        if (!family.person(pickup.personId)) {
            return fieldError(at + QStringLiteral(".personId"),
                              tr("Choose who may collect %1 from the family's adults.").arg(child.firstName));
        }
        if (pickup.validFrom.isValid() && pickup.validUntil.isValid() && pickup.validUntil < pickup.validFrom) {
            return fieldError(at + QStringLiteral(".validUntil"),
                              tr("The pickup permission for %1 ends before it starts.")
                                  .arg(family.person(pickup.personId)->fullName()));
        }
        authorised.insert(pickup.personId);
    }
    for (int i = 0; i < child.restrictions.size(); ++i) {
        const PickupRestriction& restriction = child.restrictions.at(i);
        const QString at = QStringLiteral("%1.restrictions[%2]").arg(prefix).arg(i);
        const Person* person = family.person(restriction.personId);
        if (!person) {
            return fieldError(at + QStringLiteral(".personId"),
                              tr("Choose the person %1 must not be released to.").arg(child.firstName));
        }
        if (blank(restriction.reason)) {
            return fieldError(at + QStringLiteral(".reason"),
                              tr("Give the reason %1 must not be released to %2 (for example the court order).")
                                  .arg(child.firstName, person->fullName()));
        }
        if (authorised.contains(restriction.personId)) {
            return fieldError(at + QStringLiteral(".personId"),
                              tr("%1 cannot both be allowed to collect %2 and be on the do-not-release list.")
                                  .arg(person->fullName(), child.firstName));
        }
    }
    return validateBookings(child, prefix);
}

Result<void> FamilyValidation::validateBookings(const Child& child, const QString& prefix)
{
    // No centre day starts before 05:00 or ends after 22:00: a time outside is a slip of AM/PM.
    const QTime earliest(5, 0);
    const QTime latest(22, 0);
    const QLocale locale;
    const QString name = child.firstName.trimmed();
    for (int i = 0; i < child.bookings.size(); ++i) {
        const ChildBooking& booking = child.bookings.at(i);
        const QString at = QStringLiteral("%1.bookings[%2]").arg(prefix).arg(i);
        if ((booking.weekdays & ChildBooking::AllDays) == 0) {
            return fieldError(at + QStringLiteral(".weekdays"), tr("Tick the days %1 is booked for.").arg(name));
        }
        if (!booking.arrival.isValid() || booking.arrival < earliest || booking.arrival > latest) {
            return fieldError(at + QStringLiteral(".arrival"),
                              tr("Enter the time %1 usually arrives, between %2 and %3.")
                                  .arg(name, shortTime(earliest), shortTime(latest)));
        }
        if (!booking.departure.isValid() || booking.departure > latest) {
            return fieldError(at + QStringLiteral(".departure"),
                              tr("Enter the time %1 usually goes home, by %2.").arg(name, shortTime(latest)));
        }
        if (booking.departure <= booking.arrival) {
            return fieldError(
                at + QStringLiteral(".departure"),
                tr("%1's booked departure must be after the arrival (%2).").arg(name, shortTime(booking.arrival)));
        }
        if (!booking.startsOn.isValid()) {
            return fieldError(at + QStringLiteral(".startsOn"), tr("Enter the first day of %1's booking.").arg(name));
        }
        if (booking.endsOn.isValid() && booking.endsOn < booking.startsOn) {
            return fieldError(at + QStringLiteral(".endsOn"),
                              tr("%1's booking ends before it starts (%2).")
                                  .arg(name, locale.toString(booking.startsOn, QLocale::ShortFormat)));
        }
        // Two periods on the same day of the week at the same time would give two arrival times.
        for (int j = 0; j < i; ++j) {
            const ChildBooking& other = child.bookings.at(j);
            const bool datesOverlap = (!other.endsOn.isValid() || other.endsOn >= booking.startsOn)
                && (!booking.endsOn.isValid() || booking.endsOn >= other.startsOn);
            if (datesOverlap && (other.weekdays & booking.weekdays) != 0) {
                return fieldError(at + QStringLiteral(".startsOn"),
                                  tr("%1's bookings from %2 and from %3 share a day of the week; end one before the "
                                     "other starts.")
                                      .arg(name, locale.toString(other.startsOn, QLocale::ShortFormat),
                                           locale.toString(booking.startsOn, QLocale::ShortFormat)));
            }
        }
    }
    return {};
}

Result<void> FamilyValidation::validate(const Family& family, QDate today)
{
    if (blank(family.householdName)) {
        return fieldError(QStringLiteral("householdName"), tr("Enter the family's name."));
    }
    if (!family.cardCode.isEmpty() && !isCardCode(family.cardCode)) {
        return fieldError(QStringLiteral("cardCode"),
                          tr("A family card code is 4 to 16 capital letters and digits; leave it empty to have one "
                             "made."));
    }
    if (family.guardians().isEmpty()) {
        return fieldError(QStringLiteral("adults"), tr("Add at least one guardian the centre can call."));
    }
    QSet<qint64> ids;
    for (int i = 0; i < family.adults.size(); ++i) {
        const Person& person = family.adults.at(i);
        if (person.id != 0 && ids.contains(person.id)) {
            return fieldError(QStringLiteral("adults[%1]").arg(i), tr("The same adult is listed twice."));
        }
        ids.insert(person.id);
        if (auto valid = validate(person, QStringLiteral("adults[%1]").arg(i)); !valid) {
            return valid;
        }
    }
    for (int i = 0; i < family.children.size(); ++i) {
        if (auto valid = validate(family.children.at(i), family, QStringLiteral("children[%1]").arg(i), today);
            !valid) {
            return valid;
        }
    }
    return {};
}

} // namespace Kindred
