// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/PickupPolicy.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

// How a child's stay may end: the one rule behind every path out of the centre (issue 13, "no side
// doors"). A child on the premises today leaves only
//   * released to an adult the pickup rules allow, or by a director's audited override
//     (AttendanceService::checkOut / checkOutByCode, through PickupPolicy); or
//   * left with staff who are present (AttendanceService::groupCheckOut): not a release — a child under a
//     "do not release" restriction is refused unless overridden as a release is (PickupPolicy::checkOverride:
//     permission, reason, and for a court order the director's PIN again), and a child left with staff
//     comes back through a group check-in before any adult may take them (or check them in).
// Nothing else ends a stay of today:
//   * a correction (AttendanceCorrections::correct) only changes the time of a check-out that happened, or
//     closes a stay from an earlier day at a time before today;
//   * a void (AttendanceCorrections::voidCheckIn / voidCheckOut) undoes a mistake: the station that recorded
//     it within the few minutes of the setting, later only a role holding VoidAttendance, with a reason.
// Each decision is data in, decision out; the services read the data inside their write transaction.
class DeparturePolicy
{
    Q_DECLARE_TR_FUNCTIONS(DeparturePolicy)

public:
    // A correction of `field` on `record` to `newUtc`, on the centre's day `today` (`dayStartUtc` its start).
    static Result<void> mayCorrect(const AttendanceRecord& record, AttendanceCorrection::Field field,
                                   const QDateTime& newUtc, QDate today, const QDateTime& dayStartUtc);

    enum class VoidKind { CheckIn, CheckOut };
    struct VoidRequest
    {
        VoidKind kind = VoidKind::CheckIn;
        QString station; // where the void is asked for
        QDateTime nowUtc;
        int windowMinutes = 5; // the station's own few minutes
        bool mayVoidAny = false; // the actor holds VoidAttendance
        QString reason;
    };
    // Ok when the void may be recorded; otherwise the refusal, naming what to do instead.
    static Result<void> mayVoid(const AttendanceRecord& record, const VoidRequest& request);
    // True when the station that recorded the event may still void it without VoidAttendance.
    static bool isWithinStationWindow(const AttendanceRecord& record, const VoidRequest& request);

    // A group check-out of one child with staff member `staffName`: refused when that staff member is not
    // present, or when the child has a restriction and no override was given. The override follows the
    // release's rule (PickupPolicy::checkOverride): permission, reason and, for a court order, the director's
    // PIN confirmed at that moment (`directorPinConfirmed`; the refusal has Error::field "directorPin").
    // `overridden` is set when the restriction was overridden.
    static Result<void> mayLeaveWithStaff(const PickupRules& rules, const QString& staffName, bool staffPresent,
                                          bool mayOverride, const QString& overrideReason, bool directorPinConfirmed,
                                          bool* overridden);

    // The refusal for a release to an adult (or a check-in by an adult) while the child is away with
    // staff: the group must check the child back in first.
    static Error awayWithStaff(const QString& childName, const QString& staffName, const QString& groupLabel,
                               const QDateTime& sinceUtc);
};

} // namespace Kindred
