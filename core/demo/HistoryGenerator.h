// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace Kindred {

class Database;

struct HistoryOptions
{
    int years = 1;
    // When above 0, the history covers this many days up to `lastDay` instead (the demo's few weeks).
    int days = 0;
    quint32 seed = 20261123;
    // The last day of history; invalid: yesterday in the centre's zone.
    QDate lastDay;
    // Called after each day written (for progress output); may be empty.
    std::function<void(QDate day, qint64 attendanceRows)> progress;
};

struct HistorySummary
{
    int days = 0; // days the centre was open
    qint64 attendance = 0;
    qint64 absences = 0;
    qint64 latePickups = 0;
    qint64 incidents = 0;
    qint64 tickets = 0;
};

// Fills a centre made by DemoCentreGenerator with past attendance: on every day the centre was open
// during the child's enrolment (from six months old) that the child comes, a closed attendance record in
// the centre's zone, brought and collected by a guardian, with a security code unique in the day. A child
// comes as booked (their bookings' days and times) from their first booked day on, and before it (or
// without bookings) on a weekly schedule drawn here (two to five days, a usual arrival and pickup time).
// Some days are absences (sick, holiday) and some pickups are after closing; incidents and parents'
// tickets among the children present (HistoryEvents). Each stay, incident and ticket is at the child's site,
// with staff of that site at the desk where there are any. Deterministic for a seed. Written in
// the attendance table's day order, one transaction per day, so 100,000 children and ten years
// (tens of millions of rows) stream through without holding them in memory.
// Fails with an Error (nothing of the failing day written) when the file cannot be written.
class HistoryGenerator
{
    Q_DECLARE_TR_FUNCTIONS(HistoryGenerator)

public:
    explicit HistoryGenerator(Database& database);

    Result<HistorySummary> generate(const HistoryOptions& options);

private:
    Database& m_database;
};

} // namespace Kindred
