// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

// What the director asked for: which report, which period (the centre's calendar days, both
// inclusive), which site and which room (-1: every room of that site).
struct ReportRequest
{
    QString name; // a ReportCatalogue name: "attendance", "ratios"…
    QDate from;
    QDate to;
    qint64 roomId = -1;
    // The site whose rooms, children, attendance, shifts, tickets and incidents the report reads: a site's
    // id (centre/Site.h; 1, Site::First, is the centre of a single site), or 0, AllSites, for every site side by
    // side. print/ sits below centre/, hence the plain numbers.
    static constexpr qint64 AllSites = 0;
    qint64 siteId = 1;
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
