// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/DeparturePolicy.h"

#include "base/BidiText.h"
#include "base/Clock.h"

#include <QLocale>

namespace Kindred {
namespace {

QString shortTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toTimeZone(Clock::timeZone()), QLocale::ShortFormat);
}

} // namespace

Result<void> DeparturePolicy::mayCorrect(const AttendanceRecord& record, AttendanceCorrection::Field field,
                                         const QDateTime& newUtc, QDate today, const QDateTime& dayStartUtc)
{
    if (record.isVoided()) {
        return Error {tr("This check-in of %1 was voided; it cannot be corrected. Nothing was changed.")
                          .arg(isolated(record.childName))};
    }
    if (field != AttendanceCorrection::Field::CheckedOutAt || record.checkedOutAt.isValid()) {
        return {}; // a check-in time, or the time of a check-out that happened: no one leaves
    }
    // The record is open: a correction would check the child out with no adult and no pickup check.
    if (record.day >= today) {
        return fieldError(QStringLiteral("field"),
                          tr("%1 is still checked in today. A correction cannot check a child out: check %1 out "
                             "to an adult on the pickup list, or void the check-in if it was a mistake. Nothing "
                             "was changed.")
                              .arg(isolated(record.childName)));
    }
    if (newUtc >= dayStartUtc) {
        return fieldError(QStringLiteral("time"),
                          tr("%1's stay from an earlier day can only be closed at a time before today. Nothing was "
                             "changed.")
                              .arg(isolated(record.childName)));
    }
    return {};
}

bool DeparturePolicy::isWithinStationWindow(const AttendanceRecord& record, const VoidRequest& request)
{
    const bool checkIn = request.kind == VoidKind::CheckIn;
    const QString& station = checkIn ? record.checkInStation : record.checkOutStation;
    const QDateTime& at = checkIn ? record.checkedInAt : record.checkedOutAt;
    if (station.isEmpty() || station != request.station || !at.isValid()) {
        return false;
    }
    const qint64 seconds = at.secsTo(request.nowUtc);
    return seconds >= 0 && seconds <= qint64(request.windowMinutes) * 60;
}

Result<void> DeparturePolicy::mayVoid(const AttendanceRecord& record, const VoidRequest& request)
{
    if (record.isVoided()) {
        return Error {
            tr("This check-in of %1 is already voided. Nothing was changed.").arg(isolated(record.childName))};
    }
    if (request.kind == VoidKind::CheckOut && !record.checkedOutAt.isValid()) {
        return Error {tr("%1 has not been checked out, so there is no check-out to void. Nothing was changed.")
                          .arg(isolated(record.childName))};
    }
    if (isWithinStationWindow(record, request)) {
        return {};
    }
    if (!request.mayVoidAny) {
        return Error {request.kind == VoidKind::CheckIn
                          ? tr("Only this check-in's own desk may void it, within %n minute(s); after that, or from "
                               "another desk, ask a director. Nothing was changed.",
                               nullptr, request.windowMinutes)
                          : tr("Only this check-out's own desk may void it, within %n minute(s); after that, or from "
                               "another desk, ask a director. Nothing was changed.",
                               nullptr, request.windowMinutes)};
    }
    if (request.reason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("reason"), tr("Say why it is being voided. Nothing was changed."));
    }
    return {};
}

Result<void> DeparturePolicy::mayLeaveWithStaff(const PickupRules& rules, const QString& staffName, bool staffPresent,
                                                bool mayOverride, const QString& overrideReason,
                                                bool directorPinConfirmed, bool* overridden)
{
    *overridden = false;
    if (!staffPresent) {
        return fieldError(QStringLiteral("staff"),
                          tr("%1 is not clocked in (or signed in) today: a group can only leave with staff who are "
                             "here. %2 was not checked out.")
                              .arg(isolated(staffName), isolated(rules.childName)));
    }
    if (rules.restrictions.isEmpty()) {
        return {};
    }
    const QString courtOrder = PickupPolicy::courtOrderOf(rules);
    const QString refusal
        = tr("%1 has a \"do not release\" restriction%2, so may not leave the centre with a group unless a director "
             "overrides it with a reason. %1 was not checked out.")
              .arg(isolated(rules.childName),
                   courtOrder.isEmpty() ? QString() : tr(" (court order %1)").arg(courtOrder));
    if (overrideReason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("restricted"), refusal);
    }
    // The same override rule as a release to an adult: one rule, whichever path the child leaves by.
    if (auto allowed = PickupPolicy::checkOverride(mayOverride, overrideReason, courtOrder, directorPinConfirmed);
        !allowed) {
        return fieldError(allowed.error().field, refusal + QLatin1Char(' ') + allowed.errorString());
    }
    *overridden = true;
    return {};
}

Error DeparturePolicy::awayWithStaff(const QString& childName, const QString& staffName, const QString& groupLabel,
                                     const QDateTime& sinceUtc)
{
    const QString group = groupLabel.trimmed().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(groupLabel);
    return fieldError(QStringLiteral("adult"),
                      tr("%1 left with %2%3 at %4 and has not come back: check the group back in first (Group "
                         "check-in). Nothing was recorded.")
                          .arg(childName, isolated(staffName), group, shortTime(sinceUtc)));
}

} // namespace Kindred
