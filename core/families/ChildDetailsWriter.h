// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"

#include <QSqlDatabase>

namespace Kindred {

// Writes one child's allergies, emergency contacts, pickup rules and bookings inside the caller's transaction, as
// the difference between the rows on file and the edited child: a row that did not change is not
// touched, a changed one is updated in place, and only rows the user removed are deleted (issue 13,
// point 4: a save rewrites only what the user changed). FamilyWriter uses it for each child.
class ChildDetailsWriter
{
public:
    ChildDetailsWriter(QSqlDatabase db, qint64 childId);

    // `stored`: the child as on file (an empty Child for a new one). Each function returns the first
    // failed statement's Error; the caller's transaction is then rolled back.
    Result<void> writeAllergies(const QList<Allergy>& stored, const QList<Allergy>& edited);
    Result<void> writeEmergencyContacts(const QList<EmergencyContact>& stored, const QList<EmergencyContact>& edited);
    Result<void> writePickups(const QList<PickupAuthorisation>& stored, const QList<PickupAuthorisation>& edited);
    Result<void> writeRestrictions(const QList<PickupRestriction>& stored, const QList<PickupRestriction>& edited);
    Result<void> writeBookings(const QList<ChildBooking>& stored, const QList<ChildBooking>& edited);

private:
    Result<void> run(const QString& sql, const QList<QPair<QString, QVariant>>& values);

    QSqlDatabase m_db;
    qint64 m_childId;
};

} // namespace Kindred
