// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestCentre.h"
#include "attendance/AttendanceService.h"

#include <QDebug>

namespace Kindred {

// A small centre for attendance tests: one room (1:4, capacity 6), a receptionist, a director and
// an educator, and two families. The Okafors: Ngozi (mother, authorised), Emeka (father, under a
// court order: do not release), Grace (grandmother, authorised until 2026-01-31), Ada (aunt, on
// file but not on the list); children Amara and Chidi. The Ruizes: Lucia and her son Mateo.
class AttendanceFixture
{
public:
    AttendanceFixture()
    {
        room = Room {0, QStringLiteral("Koalas"), 0, 72, 6, 4, false};
        ok = centre.centre().saveRoom(room).ok();
        receptionist = staff(QStringLiteral("Rosa"), StaffRole::Receptionist);
        director = staff(QStringLiteral("Dana"), StaffRole::Director);
        educator = staff(QStringLiteral("Eli"), StaffRole::Staff);

        okafor = TestCentre::sampleFamily(QStringLiteral("Okafor"));
        okafor.adults << person(-2, QStringLiteral("Emeka"), QStringLiteral("Okafor"), QStringLiteral("Father"))
                      << person(-3, QStringLiteral("Grace"), QStringLiteral("Okafor"), QStringLiteral("Grandmother"))
                      << person(-4, QStringLiteral("Ada"), QStringLiteral("Okafor"), QStringLiteral("Aunt"));
        Child& amara = okafor.children[0];
        amara.roomId = room.id;
        amara.allergies << Allergy {QStringLiteral("Peanuts"), AllergySeverity::LifeThreatening,
                                    QStringLiteral("Anaphylaxis"), QStringLiteral("EpiPen")};
        amara.medicalNotes = QStringLiteral("Epilepsy: seizure plan in office");
        amara.pickups << PickupAuthorisation {-3, {}, QDate(2026, 1, 31), {}};
        amara.restrictions << PickupRestriction {-2, QStringLiteral("No contact"), QStringLiteral("FCC 4411/2025")};
        Child chidi = amara;
        chidi.firstName = QStringLiteral("Chidi");
        chidi.allergies.clear();
        chidi.medicalNotes.clear();
        chidi.dateOfBirth = amara.dateOfBirth.addYears(-1);
        okafor.children << chidi;
        ok = ok && save(okafor);

        ruiz = TestCentre::sampleFamily(QStringLiteral("Ruiz"));
        ruiz.adults[0].firstName = QStringLiteral("Lucia");
        ruiz.children[0].firstName = QStringLiteral("Mateo");
        ruiz.children[0].roomId = room.id;
        ok = ok && save(ruiz);
        centre.session().signIn(receptionist);
    }

    qint64 mother() const { return okafor.adults[0].id; }
    qint64 father() const { return okafor.adults[1].id; }
    qint64 grandmother() const { return okafor.adults[2].id; }
    qint64 aunt() const { return okafor.adults[3].id; }
    qint64 amara() const { return okafor.children[0].id; }
    qint64 chidi() const { return okafor.children[1].id; }
    qint64 lucia() const { return ruiz.adults[0].id; }
    qint64 mateo() const { return ruiz.children[0].id; }

    TestCentre centre;
    AttendanceService& service {centre.services().attendance()}; // the desk's one
    Room room;
    StaffMember receptionist;
    StaffMember director;
    StaffMember educator;
    Family okafor;
    Family ruiz;
    bool ok = false;

private:
    StaffMember staff(const QString& name, StaffRole role)
    {
        StaffMember m;
        m.firstName = name;
        m.lastName = QStringLiteral("Staff");
        m.role = role;
        m.roomId = room.id;
        if (!centre.centre().saveStaff(m)) {
            ok = false;
        }
        return m;
    }

    static Person person(qint64 id, const QString& first, const QString& last, const QString& relation)
    {
        Person p;
        p.id = id;
        p.firstName = first;
        p.lastName = last;
        p.relation = relation;
        p.mobilePhone = QStringLiteral("0400 111 222");
        return p;
    }

    bool save(Family& family)
    {
        auto saved = centre.families().save(family);
        if (!saved) {
            qWarning() << "AttendanceFixture:" << saved.errorString() << saved.error().field;
        }
        return saved.ok();
    }
};

} // namespace Kindred
