// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/PickupPolicy.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

namespace Kindred {

// What the desk needs to know about a child before recording anything.
struct ChildFacts
{
    qint64 childId = 0;
    qint64 familyId = 0;
    qint64 roomId = 0;
    QString name;
    qint64 siteId = 0; // the site the child is enrolled at (schema 19)
};

// What a check-in or check-out reads before AttendanceWriter records it: the child, the adult, the staff
// member, the pickup rules, the open stay. Runs inside the caller's write transaction, so that what is
// read is what the write then relies on; the caller has checked who may ask. Refusals name the field.
class AttendanceFactsReader
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceFactsReader)

public:
    explicit AttendanceFactsReader(QSqlDatabase db);

    // Refused, naming the child's site (field "site"), when the child is enrolled at a site other than `siteId`,
    // the one the acting station serves.
    Result<ChildFacts> child(qint64 childId, qint64 siteId) const;
    Result<PickupCandidate> adult(qint64 personId) const;
    Result<QString> staffName(qint64 staffId) const;
    Result<PickupRules> rules(const ChildFacts& child) const;
    // The child's open attendance id, or 0.
    Result<qint64> openAttendanceId(qint64 childId) const;

    // A child whose latest stay ended today "left with staff" (a group check-out) is in staff's care
    // away from the desk until a group check-in brings them back.
    struct WithStaff
    {
        qint64 attendanceId = 0; // 0: not away with staff
        QString staffName;
        QString groupLabel;
        QDateTime sinceUtc;
    };
    Result<WithStaff> leftWithStaff(qint64 childId, QDate today, const QTimeZone& zone) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kindred
