// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/UndoPolicy.h"

#include "base/BidiText.h"
#include "base/Clock.h"

#include <QLocale>

namespace Kindred {

Result<void> UndoPolicy::mayUndo(const AttendanceRecord& record, const DeparturePolicy::VoidRequest& request)
{
    const bool checkIn = request.kind == DeparturePolicy::VoidKind::CheckIn;
    if (record.isVoided()) {
        return Error {
            tr("%1's check-in has already been undone. Nothing was changed.").arg(isolated(record.childName))};
    }
    if (checkIn && record.checkedOutAt.isValid()) {
        return Error {
            tr("%1 has left since (at %2), so the check-in cannot be undone: that would erase who took "
               "%1. Undo the check-out first if it was the mistake. Nothing was changed.")
                .arg(isolated(record.childName),
                     QLocale().toString(record.checkedOutAt.toTimeZone(Clock::timeZone()), QLocale::ShortFormat))};
    }
    if (!checkIn && !record.checkedOutAt.isValid()) {
        return Error {tr("%1 has not been checked out, so there is no check-out to undo. Nothing was changed.")
                          .arg(isolated(record.childName))};
    }
    const QString& station = checkIn ? record.checkInStation : record.checkOutStation;
    if (station.isEmpty() || station != request.station) {
        return Error {checkIn ? tr("%1 was checked in at another desk: only that desk can undo it. Ask a director "
                                   "to void it with a reason (Corrections). Nothing was changed.")
                                    .arg(isolated(record.childName))
                              : tr("%1 was checked out at another desk: only that desk can undo it. Ask a director "
                                   "to void it with a reason (Corrections). Nothing was changed.")
                                    .arg(isolated(record.childName))};
    }
    if (!DeparturePolicy::isWithinStationWindow(record, request)) {
        return Error {checkIn ? tr("A check-in can be undone for %n minute(s) only. Ask a director to void %1's "
                                   "check-in with a reason (Corrections). Nothing was changed.",
                                   nullptr, request.windowMinutes)
                                    .arg(isolated(record.childName))
                              : tr("A check-out can be undone for %n minute(s) only. Ask a director to void %1's "
                                   "check-out with a reason (Corrections). Nothing was changed.",
                                   nullptr, request.windowMinutes)
                                    .arg(isolated(record.childName))};
    }
    return {};
}

} // namespace Kindred
