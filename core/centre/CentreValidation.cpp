// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/CentreValidation.h"

#include "base/BidiText.h"
#include "base/FieldChecks.h"
#include "base/FieldLimits.h"
#include "base/Translations.h"

namespace Kindred {

FieldProblems CentreValidation::problems(const Room& room)
{
    FieldProblems found;
    if (FieldChecks::isBlank(room.name)) {
        found.add(QStringLiteral("name"), tr("Enter the room's name."));
    } else {
        found.checkLength(QStringLiteral("name"), room.name, FieldLimits::RoomName);
    }
    if (room.minAgeMonths < 0) {
        found.add(QStringLiteral("minAgeMonths"), tr("The youngest age cannot be negative."));
    } else if (room.maxAgeMonths < room.minAgeMonths) {
        found.add(QStringLiteral("maxAgeMonths"), tr("The oldest age must not be below the youngest."));
    }
    if (room.capacity < 1) {
        found.add(QStringLiteral("capacity"), tr("A room holds at least one child."));
    }
    if (room.childrenPerStaff < 1) {
        found.add(QStringLiteral("childrenPerStaff"), tr("The ratio needs at least one child per adult."));
    }
    return found;
}

Result<void> CentreValidation::validate(const Room& room)
{
    return problems(room).result();
}

FieldProblems CentreValidation::problems(const StaffMember& member)
{
    FieldProblems found;
    if (FieldChecks::isBlank(member.firstName)) {
        found.add(QStringLiteral("firstName"), tr("Enter the staff member's first name."));
    } else {
        found.checkLength(QStringLiteral("firstName"), member.firstName, FieldLimits::PersonName);
    }
    if (FieldChecks::isBlank(member.lastName)) {
        found.add(QStringLiteral("lastName"), tr("Enter the staff member's family name."));
    } else {
        found.checkLength(QStringLiteral("lastName"), member.lastName, FieldLimits::PersonName);
    }
    if (found.checkLength(QStringLiteral("phone"), member.phone, FieldLimits::Phone)
        && !FieldChecks::isBlank(member.phone) && !FieldChecks::isPhoneNumber(member.phone)) {
        found.add(QStringLiteral("phone"), tr("\"%1\" is not a phone number.").arg(isolated(member.phone)));
    }
    if (found.checkLength(QStringLiteral("email"), member.email, FieldLimits::Email)
        && !FieldChecks::isBlank(member.email) && !FieldChecks::isEmailAddress(member.email)) {
        found.add(QStringLiteral("email"), tr("\"%1\" is not an email address.").arg(isolated(member.email)));
    }
    found.checkLength(QStringLiteral("certifications"), member.certifications.join(QStringLiteral(", ")),
                      FieldLimits::Notes);
    if (!member.language.isEmpty() && !Translations::languages().contains(member.language)) {
        found.add(QStringLiteral("language"),
                  tr("Kindred is not translated into \"%1\". Choose one of its languages, or the centre's.")
                      .arg(isolated(member.language)));
    }
    return found;
}

Result<void> CentreValidation::validate(const StaffMember& member)
{
    return problems(member).result();
}

} // namespace Kindred
