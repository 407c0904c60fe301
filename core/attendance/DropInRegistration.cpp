// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/DropInRegistration.h"

#include "base/FieldChecks.h"
#include "families/FamilyService.h"

namespace Kindred {

Result<qint64> DropInRegistration::registerFamily(FamilyService& store, Family& family)
{
    if (family.children.isEmpty()) {
        return fieldError(QStringLiteral("children"), tr("Enter the visiting child's name and date of birth."));
    }
    QList<qint64> reachable;
    for (const Person& adult : std::as_const(family.adults)) {
        if (FieldChecks::isPhoneNumber(adult.bestPhone())) {
            reachable << adult.id;
        }
    }
    if (reachable.isEmpty()) {
        return fieldError(QStringLiteral("adults[0].mobilePhone"),
                          tr("A drop-in child needs at least one adult with a phone number the centre can call. "
                             "Nothing was saved."));
    }
    Family saved = family;
    if (saved.householdName.trimmed().isEmpty() && !saved.adults.isEmpty()) {
        saved.householdName = saved.adults.first().lastName;
    }
    saved.status = FamilyStatus::Enrolled;
    if (!saved.notes.contains(tr("Drop-in"))) {
        saved.notes
            = QStringList {tr("Drop-in registered at the desk."), saved.notes}.join(QLatin1Char('\n')).trimmed();
    }
    for (Child& child : saved.children) {
        if (child.pickups.isEmpty()) {
            for (qint64 personId : std::as_const(reachable)) {
                child.pickups << PickupAuthorisation {personId, {}, {}, {}};
            }
        }
        if (child.emergencyContacts.isEmpty()) {
            for (const Person& adult : std::as_const(saved.adults)) {
                if (FieldChecks::isPhoneNumber(adult.bestPhone())) {
                    child.emergencyContacts << EmergencyContact {adult.fullName(), adult.relation, adult.bestPhone()};
                    break;
                }
            }
        }
    }
    auto id = store.save(saved);
    if (!id) {
        return id.error();
    }
    family = saved;
    return id.value();
}

} // namespace Kindred
