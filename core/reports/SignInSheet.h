// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Permission.h"
#include "centre/Site.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace Kindred {

class Database;
class Session;

// The daily sign-in/out sheet a licensing inspector asks for: for one day and one room (or all),
// each child's arrival and departure in the centre's local time, who brought and collected them,
// the staff at the desk, late pickups, overrides and corrections (with the values they replaced),
// the staff on duty, and a signature line. Times come from UTC instants converted in the centre's
// zone, so a 23- or 25-hour daylight-saving day is right.
class SignInSheet
{
    Q_DECLARE_TR_FUNCTIONS(SignInSheet)

public:
    // roomId -1: every room of site `siteId`. Without `withCustody`, override reasons (which may name a court order)
    // are replaced by a note that they are not shown.
    static Result<ReportDocument> build(Database& database, QDate day, qint64 roomId = -1, bool withCustody = true,
                                        qint64 siteId = Site::First);
    // Who may print the sheet besides ViewReports: the one value the Reports page (ReportCatalogue) and
    // the room board's "Who's here" both check.
    static constexpr Permission RequiredPermission = Permission::ViewReports;
    // For a signed-in reader (Who's here): ViewReports and RequiredPermission, as through the Reports
    // page (an Error naming the missing one otherwise), custody details with ViewCustody.
    static Result<ReportDocument> build(Database& database, const Session& session, QDate day, qint64 roomId = -1);
    // What stands for an override reason the reader may not see.
    static QString withheldOverride();
    // Hours in the centre's calendar day: 24, or 23/25 on a daylight-saving change.
    static int hoursInDay(QDate day);
    // "07:05" in the centre's zone; with the date when the instant falls on another day than `day`.
    static QString localTime(const QDateTime& utc, QDate day);
    // A time of day as the sheet prints it: the locale's short format, without seconds.
    static QString timeText(QTime time);
};

} // namespace Kindred
