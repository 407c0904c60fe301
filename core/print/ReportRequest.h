// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

// What the director asked for: which report, which period (the centre's calendar days, both
// inclusive) and which room (-1: every room).
struct ReportRequest
{
    QString name; // a ReportCatalogue name: "attendance", "ratios"…
    QDate from;
    QDate to;
    qint64 roomId = -1;
    // Custody details (override reasons, "do not release" alerts) are printed only for a reader with
    // ViewCustody: ReportCatalogue::build with a session sets this from the reader's role. Without a
    // session (the report job, tests) the report is whole.
    bool showCustody = true;
};

// One report, built in one pass over the data: the printable document and the same figures as CSV
// rows (machine-readable: ISO dates, dot decimals, no units).
struct BuiltReport
{
    ReportDocument document;
    QStringList csvHeader;
    QList<QStringList> csvRows;
};

} // namespace Kindred
