// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/TicketSummaryReport.h"

#include "base/Clock.h"
#include "centre/ReportHeader.h"
#include "reports/TicketReport.h"
#include "store/Database.h"

namespace Kindred {

Result<BuiltReport> TicketSummaryReport::build(Database& database, const ReportRequest& request)
{
    auto rows = TicketReport::compute(database.connection(), request.from, request.to, Clock::currentDateTimeUtc(),
                                      request.siteId);
    if (!rows) {
        return rows.error();
    }
    BuiltReport out;
    auto document = TicketReport::document(database, rows.value(), request.from, request.to);
    if (!document) {
        return document.error();
    }
    out.document = std::move(document).value();
    auto started = ReportHeader::start(database, out.document.title, request);
    if (!started) {
        return started.error();
    }
    const ReportDocument& header = started.value();
    out.document.centreName = header.centreName;
    out.document.centreDetails = header.centreDetails;
    out.document.logo = header.logo;
    out.document.generatedAt = header.generatedAt;
    out.document.landscape = true;
    if (auto named = ReportHeader::nameSite(database, out.document, request.siteId); !named) {
        return named.error();
    } // category names such as "Communication" need the width

    out.csvHeader = TicketReport::csvHeader();
    out.csvRows = TicketReport::csvRows(rows.value());
    return out;
}

} // namespace Kindred
