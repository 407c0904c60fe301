// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Kindred {

// The children's attendance (staff clock-in and out: StaffShift.h).

// One child's stay at the centre: checked in (by an adult of the family, or with staff for a bus
// run), and later checked out to an authorised adult (or with staff for a field trip). Instants are
// UTC; `day` is the centre's calendar day of the check-in. Names are filled in by the readers.
struct AttendanceRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 familyId = 0;
    qint64 roomId = 0;
    QDate day;
    QString securityCode;
    QDateTime checkedInAt;
    qint64 broughtByPersonId = 0;
    qint64 broughtByStaffId = 0;
    qint64 checkInDeskStaffId = 0;
    QDateTime checkedOutAt; // invalid while the child is here
    qint64 collectedByPersonId = 0;
    qint64 collectedByStaffId = 0;
    qint64 checkOutDeskStaffId = 0;
    QString overrideReason; // non-empty: a director released the child outside the pickup list
    qint64 overrideByStaffId = 0;
    int lateMinutes = 0;
    QString groupLabel;
    int corrections = 0; // how many times a time on this record was corrected
    QString checkInStation; // the desk that recorded the check-in (Station::current()); empty before schema 9
    QString checkOutStation;
    QDateTime voidedAt; // valid: the check-in was a mistake, voided; the record counts nowhere

    QString childName;
    QString roomName;
    QString broughtByName;
    QString checkInDeskStaffName;
    QString collectedByName;
    QString checkOutDeskStaffName;

    bool isVoided() const { return voidedAt.isValid(); }
    bool isPresent() const { return id != 0 && !checkedOutAt.isValid() && !isVoided(); }
};

// A child here now, as the room board shows them: the open stay with the child's and the room's names. The board
// reads it for every child present on every event, so it reads no more than it shows: each of AttendanceRecord's
// other names is a lookup per child (on a server, 450 children present took 7 ms of the board's 14).
struct PresentStay
{
    qint64 attendanceId = 0;
    qint64 childId = 0;
    qint64 familyId = 0;
    qint64 roomId = 0; // 0: checked in without a room
    QDate day; // the day checked in: a forgotten check-out from yesterday is still here
    QString securityCode;
    QDateTime checkedInAt;
    QString childName;
    QString roomName;
};

// A changed time, kept with the value it replaced.
struct AttendanceCorrection
{
    enum class Field { CheckedInAt, CheckedOutAt };

    qint64 id = 0;
    qint64 attendanceId = 0;
    Field field = Field::CheckedOutAt;
    QDateTime oldValue; // invalid: there was none (a forgotten check-out)
    QDateTime newValue;
    QString reason;
    qint64 correctedByStaffId = 0;
    QString correctedByName;
    QDateTime correctedAt;
};

struct Absence
{
    qint64 id = 0;
    qint64 childId = 0;
    QDate day;
    QString reason; // "Sick", "Holiday"…
    qint64 recordedByStaffId = 0;
    QDateTime recordedAt;
};

// What happened to one child of a group check-in or check-out (each child is its own record).
struct GroupOutcome
{
    qint64 childId = 0;
    bool ok = false;
    QString message; // why it was refused
    AttendanceRecord record;
    bool busy = false; // refused only because another station held the write lock: worth trying again
    QString field; // the refusal's Error::field: "directorPin" when a court order needs the director's PIN
};

} // namespace Kindred
