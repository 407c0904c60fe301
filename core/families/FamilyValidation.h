// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "families/Family.h"

#include <QCoreApplication>

namespace Kindred {

// The rules a family must meet before it is saved. Each failure names the field that is wrong in
// Error::field ("adults[1].mobilePhone", "children[0].dateOfBirth") so that a form can put the cursor
// on it and keep everything else the user typed. Rooms and staff: CentreValidation; single fields
// (phones, e-mail): FieldChecks.
class FamilyValidation
{
    Q_DECLARE_TR_FUNCTIONS(FamilyValidation)

public:
    // Every problem of the family at once, in the order of the form (household, adults, children with their
    // allergies, contacts, pickup rules and bookings), each naming its field; lengths are held to FieldLimits.
    static FieldProblems problems(const Family& family, QDate today);
    static FieldProblems problems(const Person& person, const QString& fieldPrefix);
    static FieldProblems problems(const Child& child, const Family& family, const QString& fieldPrefix, QDate today);
    static FieldProblems bookingProblems(const Child& child, const QString& fieldPrefix);

    // The first of those problems, for a caller that wants one Error.
    static Result<void> validate(const Family& family, QDate today);
    static Result<void> validate(const Person& person, const QString& fieldPrefix);
    static Result<void> validate(const Child& child, const Family& family, const QString& fieldPrefix, QDate today);
    // A child's bookings (issue 15, point 2): at least one day each, arrival and departure between 05:00
    // and 22:00 with the departure after the arrival, a first day, a last day (if any) not before it, and
    // no two periods on the same day of the week at once. Fields "bookings[i].weekdays", ".arrival",
    // ".departure", ".startsOn", ".endsOn" under `fieldPrefix`.
    static Result<void> validateBookings(const Child& child, const QString& fieldPrefix);

    // Family card codes: 4 to 16 letters and digits (scanners send them in capitals).
    static bool isCardCode(const QString& text);
};

} // namespace Kindred
