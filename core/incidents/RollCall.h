// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Kindred {

class Database;
class Session;

// Someone on the premises now: a child checked in and not out, or a staff member clocked in and
// not out, with what an emergency needs at hand.
struct RollCallPerson
{
    enum class Kind { Child, Staff };

    Kind kind = Kind::Child;
    qint64 id = 0; // child or staff id
    QString name;
    qint64 roomId = 0;
    QString roomName;
    QDateTime since; // checked in / clocked in (UTC)
    QStringList lifeThreateningAllergies; // "Peanut (anaphylaxis; EpiPen in bag)"
    QStringList otherAllergies;
    QString medicalNotes; // the child's notes and conditions, one line
    QList<EmergencyContact> contacts; // in calling order
    QString phone; // staff
    QByteArray photo; // a child's, only with photo consent (ChildPhotos)
    QDateTime accountedAt; // set while a roll call is being taken

    bool isChild() const { return kind == Kind::Child; }
    bool hasLifeThreateningAllergy() const { return !lifeThreateningAllergies.isEmpty(); }
    static QString kindKey(Kind kind); // "child", "staff"
};

// Who is on the premises right now, read from attendance (children checked in and not out, voided
// check-ins left out) and the staff present (StaffPresence: the same rule as ratios and group
// check-out): children by room, then staff. Read by whoever may see who is here
// (AttendanceReader::requireReader), the emergency roll call from the locked screen included.
class RollCall
{
    Q_DECLARE_TR_FUNCTIONS(RollCall)

public:
    RollCall(Database& database, const Session& session);

    // Everyone on the premises now; a read that fails is an Error, never a shorter roll, and a reader who may
    // not see who is here is refused (the Session::require error). Allergies and emergency contacts are on
    // every roll: in an emergency whoever holds it must know them. Medical notes and conditions only for a
    // reader with ViewMedical (the emergency actor has it), photos only with ViewFamilies.
    Result<QList<RollCallPerson>> onPremises() const;
    // The printable roll call: per room, children with allergies, medical notes and emergency
    // contacts (life-threatening allergies highlighted), then staff; a tick column, or the time each
    // was accounted for when `people` carries it.
    ReportDocument document(const QList<RollCallPerson>& people, const QString& title = {}) const;
    // Who a roll call under way has not accounted for yet, children first (in the roll's order): what "finish and
    // save" names and asks about before it saves.
    static QList<RollCallPerson> unaccounted(const QList<RollCallPerson>& people);

private:
    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
