// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCentre.h"
#include "centre/CentreService.h"
#include "families/FamilyService.h"

#include <QDebug>
#include <QTimeZone>

namespace Kindred {

// What the ticket tests share: staff to own tickets, a family to raise them, Melbourne instants.
struct TicketTestData
{
    static QDateTime melbourne(int year, int month, int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Australia/Melbourne"));
    }

    static qint64 addStaff(TestCentre& centre, const QString& first, const QString& last)
    {
        StaffMember member;
        member.firstName = first;
        member.lastName = last;
        member.email = first.toLower() + QStringLiteral("@centre.example.org");
        member.phone = QStringLiteral("03 9555 0199");
        member.certifications = QStringList {QStringLiteral("First aid")};
        const SystemActor system(centre.session()); // set-up, whoever is signed in
        auto saved = centre.centre().saveStaff(member);
        if (!saved) {
            qWarning() << "TicketTestData: cannot save staff" << saved.errorString();
            return 0;
        }
        return saved.value();
    }

    static Family addFamily(TestCentre& centre, const QString& name)
    {
        Family family = TestCentre::sampleFamily(name);
        // Every field filled in, as a family on file at a real centre would be.
        family.addressLine1 = QStringLiteral("12 Wattle Street");
        family.addressLine2 = QStringLiteral("Unit 3");
        family.city = QStringLiteral("Fitzroy");
        family.postcode = QStringLiteral("3065");
        family.languages = QStringList {QStringLiteral("English")};
        family.cultures = QStringList {QStringLiteral("Igbo")};
        family.celebrations = QStringList {QStringLiteral("New Yam Festival")};
        family.notes = QStringLiteral("Prefers email");
        for (Person& person : family.adults) {
            person.homePhone = QStringLiteral("03 9555 0101");
            person.workPhone = QStringLiteral("03 9555 0102");
            person.email = QStringLiteral("parent@example.org");
            person.preferredLanguage = QStringLiteral("English");
        }
        for (Child& child : family.children) {
            child.preferredName = QStringLiteral("Ami");
            child.medicalNotes = QStringLiteral("None known");
            for (PickupAuthorisation& pickup : child.pickups) {
                pickup.note = QStringLiteral("Parent");
            }
        }
        const SystemActor system(centre.session()); // set-up, whoever is signed in
        auto saved = centre.families().save(family);
        if (!saved) {
            qWarning() << "TicketTestData: cannot save family" << saved.errorString() << saved.error().field;
            return {};
        }
        return family;
    }
};

} // namespace Kindred
