// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyChanges.h"

#include "base/BidiText.h"

namespace Kindred {
namespace {

template<typename T> const T* byId(const QList<T>& list, qint64 id)
{
    for (const T& item : list) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

QString childName(const Child& child)
{
    return child.preferredName.trimmed().isEmpty() ? child.firstName.trimmed() : child.preferredName.trimmed();
}

} // namespace

bool FamilyChanges::sameHousehold(const Family& a, const Family& b)
{
    return a.householdName.trimmed() == b.householdName.trimmed()
        && a.addressLine1.trimmed() == b.addressLine1.trimmed() && a.addressLine2.trimmed() == b.addressLine2.trimmed()
        && a.city.trimmed() == b.city.trimmed() && a.postcode.trimmed() == b.postcode.trimmed()
        && a.languages == b.languages && a.cultures == b.cultures && a.celebrations == b.celebrations
        && a.shareCultures == b.shareCultures && a.status == b.status && a.cardCode == b.cardCode && a.notes == b.notes;
}

bool FamilyChanges::samePerson(const Person& a, const Person& b)
{
    return a.firstName.trimmed() == b.firstName.trimmed() && a.lastName.trimmed() == b.lastName.trimmed()
        && a.relation.trimmed() == b.relation.trimmed() && a.isGuardian == b.isGuardian
        && a.mobilePhone.trimmed() == b.mobilePhone.trimmed() && a.homePhone.trimmed() == b.homePhone.trimmed()
        && a.workPhone.trimmed() == b.workPhone.trimmed() && a.email.trimmed() == b.email.trimmed()
        && a.preferredLanguage.trimmed() == b.preferredLanguage.trimmed() && a.photoId == b.photoId
        && a.photo.isEmpty() == b.photo.isEmpty() && a.directoryConsent == b.directoryConsent;
}

bool FamilyChanges::sameChildRow(const Child& a, const Child& b)
{
    return a.firstName.trimmed() == b.firstName.trimmed() && a.lastName.trimmed() == b.lastName.trimmed()
        && a.preferredName.trimmed() == b.preferredName.trimmed() && a.dateOfBirth == b.dateOfBirth
        && a.roomId == b.roomId && a.photoId == b.photoId && a.photo.isEmpty() == b.photo.isEmpty()
        && a.medicalNotes == b.medicalNotes && a.photoConsent == b.photoConsent;
}

QStringList FamilyChanges::describe(const Family& before, const Family& after)
{
    QStringList clauses;
    if (!sameHousehold(before, after)) {
        clauses << tr("the household details were changed");
    }
    for (const Person& adult : after.adults) {
        const Person* old = byId(before.adults, adult.id);
        if (!old) {
            clauses << tr("%1 was added").arg(isolated(adult.fullName()));
        } else if (!samePerson(*old, adult)) {
            clauses << tr("%1's details were changed").arg(isolated(adult.fullName()));
        }
    }
    for (const Person& adult : before.adults) {
        if (!byId(after.adults, adult.id)) {
            clauses << tr("%1 was removed").arg(isolated(adult.fullName()));
        }
    }
    for (const Child& child : after.children) {
        const Child* old = byId(before.children, child.id);
        const QString name = childName(child);
        if (!old) {
            clauses << tr("%1 was added").arg(isolated(child.fullName()));
            continue;
        }
        if (!sameChildRow(*old, child)) {
            clauses << tr("%1's details were changed").arg(isolated(name));
        }
        if (old->allergies != child.allergies) {
            clauses << tr("%1's allergies were changed").arg(isolated(name));
        }
        if (old->emergencyContacts != child.emergencyContacts) {
            clauses << tr("%1's emergency contacts were changed").arg(isolated(name));
        }
        if (old->pickups != child.pickups || old->restrictions != child.restrictions) {
            clauses << tr("%1's pickup rules were changed").arg(isolated(name));
        }
        if (old->bookings != child.bookings) {
            clauses << tr("%1's bookings were changed").arg(isolated(name));
        }
    }
    for (const Child& child : before.children) {
        if (!byId(after.children, child.id)) {
            clauses << tr("%1 was removed").arg(isolated(child.fullName()));
        }
    }
    return clauses;
}

} // namespace Kindred
