// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/PickupPolicy.h"
#include "base/Result.h"

#include <QObject>

#include <functional>

namespace Kindred {

class AttendanceWriter;
struct ChildFacts;
class Database;
class Session;

// Checks children in and out. Each call is one durable write transaction (BEGIN IMMEDIATE …
// COMMIT) holding every record and its audit entry; a call returns only after the commit, so a
// result shown as done is on disk. Refusals come back as Errors written for the receptionist; a
// pickup refusal for a "do not release" person has Error::field "restricted".
class AttendanceService : public QObject
{
    Q_OBJECT

public:
    AttendanceService(Database& database, Session& session, QObject* parent = nullptr);

    // Checks in one child or several (siblings) brought by an adult of their family, at the desk of
    // `deskStaffId` (0: the acting user). All or nothing: a child already here refuses the lot.
    Result<QList<AttendanceRecord>> checkIn(const QList<qint64>& childIds, qint64 broughtByPersonId,
                                            qint64 deskStaffId = 0);
    // A bus run: the children arrive with staff member `staffId`; each child is its own record and
    // transaction, so one refusal does not hold up the others.
    QList<GroupOutcome> groupCheckIn(const QList<qint64>& childIds, qint64 staffId, const QString& groupLabel);

    // What the pickup rule says about this adult and this child today, without recording anything.
    Result<ReleaseDecision> releaseDecision(qint64 childId, qint64 adultPersonId,
                                            const QString& overrideReason = {}) const;
    // Checks the child out to an authorised adult; anyone else is refused unless the acting user is
    // a director who gives a reason (OverrideReason's rule; recorded on the row and in the audit log).
    // Overriding a court-order restriction also needs the director's own PIN (or password) in
    // `directorPin`, checked by SignInService::verify before anything is written (a wrong one counts
    // as a failed try); without it the refusal has Error::field "directorPin". A child away with staff
    // (group check-out) is refused until the group checks them back in.
    Result<AttendanceRecord> checkOut(qint64 childId, qint64 adultPersonId, qint64 deskStaffId = 0,
                                      const QString& overrideReason = {}, const QString& directorPin = {});
    // The same, finding the child by today's security code from the label or receipt.
    Result<AttendanceRecord> checkOutByCode(const QString& code, qint64 adultPersonId, qint64 deskStaffId = 0,
                                            const QString& overrideReason = {}, const QString& directorPin = {});
    // A field trip: the children leave with staff member `staffId`, each its own record. Not a release:
    // the staff member must be present (StaffPresence), a child with a "do not release" restriction is
    // refused unless overridden as a release is (PickupPolicy::checkOverride: OverridePickup, `overrideReason`,
    // audited, and for a court order `directorPin`, verified once for the group before anything is written;
    // a wrong one counts as a failed try and refuses every child, GroupOutcome::field "directorPin"), and a
    // child left with staff is refused any check-out to (or check-in by) an adult until a group check-in
    // brings them back.
    QList<GroupOutcome> groupCheckOut(const QList<qint64>& childIds, qint64 staffId, const QString& groupLabel,
                                      const QString& overrideReason = {}, const QString& directorPin = {});

    // "Sick today": recorded instead of a check-in. Refused for a child who is here.
    Result<Absence> recordAbsence(qint64 childId, QDate day, const QString& reason);

signals:
    void attendanceChanged(qint64 childId);

private:
    // The one write a group makes for each child, inside that child's own transaction.
    using GroupStep = std::function<Result<qint64>(AttendanceWriter&, const ChildFacts&, const QDateTime&)>;
    QList<GroupOutcome> recordGroup(const QList<qint64>& childIds, qint64 staffId, const GroupStep& step);

    // Verifies the acting user's PIN when an override reason and a PIN are given (SignInService::verify,
    // a wrong one counted); true when confirmed, false when none was given, an Error with field
    // "directorPin" when it is wrong or nobody is signed in.
    Result<bool> confirmDirectorPin(const QString& overrideReason, const QString& directorPin);
    Result<AttendanceRecord> checkOutChild(qint64 childId, qint64 adultPersonId, qint64 deskStaffId,
                                           const QString& overrideReason, const QString& directorPin);

    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
