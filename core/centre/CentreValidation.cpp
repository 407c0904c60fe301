// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/CentreValidation.h"

#include "base/FieldChecks.h"

namespace Kindred {

Result<void> CentreValidation::validate(const Room& room)
{
    if (FieldChecks::isBlank(room.name)) {
        return fieldError(QStringLiteral("name"), tr("Enter the room's name."));
    }
    if (room.minAgeMonths < 0) {
        return fieldError(QStringLiteral("minAgeMonths"), tr("The youngest age cannot be negative."));
    }
    if (room.maxAgeMonths < room.minAgeMonths) {
        return fieldError(QStringLiteral("maxAgeMonths"), tr("The oldest age must not be below the youngest."));
    }
    if (room.capacity < 1) {
        return fieldError(QStringLiteral("capacity"), tr("A room holds at least one child."));
    }
    if (room.childrenPerStaff < 1) {
        return fieldError(QStringLiteral("childrenPerStaff"), tr("The ratio needs at least one child per adult."));
    }
    return {};
}

Result<void> CentreValidation::validate(const StaffMember& member)
{
    if (FieldChecks::isBlank(member.firstName)) {
        return fieldError(QStringLiteral("firstName"), tr("Enter the staff member's first name."));
    }
    if (FieldChecks::isBlank(member.lastName)) {
        return fieldError(QStringLiteral("lastName"), tr("Enter the staff member's family name."));
    }
    if (!FieldChecks::isBlank(member.email) && !FieldChecks::isEmailAddress(member.email)) {
        return fieldError(QStringLiteral("email"), tr("\"%1\" is not an email address.").arg(member.email));
    }
    if (!FieldChecks::isBlank(member.phone) && !FieldChecks::isPhoneNumber(member.phone)) {
        return fieldError(QStringLiteral("phone"), tr("\"%1\" is not a phone number.").arg(member.phone));
    }
    return {};
}

} // namespace Kindred
