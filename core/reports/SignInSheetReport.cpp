// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/SignInSheetReport.h"

#include "attendance/AttendanceReader.h"
#include "base/Clock.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "reports/SignInSheet.h"

#include <QLocale>

namespace Kindred {
namespace {

QString csvTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toTimeZone(Clock::timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

Result<BuiltReport> SignInSheetReport::build(Database& database, const ReportRequest& request)
{
    BuiltReport out;
    out.csvHeader = QStringList {tr("Day"),        tr("Room"),      tr("Child"),        tr("Checked in"),
                                 tr("Brought by"), tr("Desk (in)"), tr("Checked out"),  tr("Collected by"),
                                 tr("Desk (out)"), tr("Hours"),     tr("Late minutes"), tr("Override reason"),
                                 tr("Corrections")};
    const bool oneDay = request.from == request.to;
    auto reportHeader = ReportHeader::start(database, tr("Daily sign-in and sign-out sheet"), request);
    if (!reportHeader) {
        return reportHeader.error();
    }
    out.document = std::move(reportHeader).value();
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    system.setSiteId(request.siteId); // the report's site's records
    AttendanceReader reader(database, system);
    int sheets = 0;
    for (QDate day = request.from; day <= request.to; day = day.addDays(1)) {
        const auto read = reader.forDay(day, request.roomId);
        if (!read) {
            return read.error(); // the first failed step ends the report: never a shorter one
        }
        const QList<AttendanceRecord>& records = read.value();
        for (const AttendanceRecord& r : records) {
            const qint64 seconds = r.checkedOutAt.isValid() ? r.checkedInAt.secsTo(r.checkedOutAt) : -1;
            const QString overrideReason = request.showCustody || r.overrideReason.isEmpty()
                ? r.overrideReason
                : SignInSheet::withheldOverride(); // it may name a court order
            out.csvRows << QStringList {day.toString(Qt::ISODate),
                                        r.roomName,
                                        r.childName,
                                        csvTime(r.checkedInAt),
                                        r.broughtByName,
                                        r.checkInDeskStaffName,
                                        csvTime(r.checkedOutAt),
                                        r.collectedByName,
                                        r.checkOutDeskStaffName,
                                        seconds >= 0 ? ReportHeader::csvHours(seconds) : QString(),
                                        QString::number(r.lateMinutes),
                                        overrideReason,
                                        QString::number(r.corrections)};
        }
        if (records.isEmpty() && !oneDay) {
            continue; // closed, or nobody came
        }
        const auto built = SignInSheet::build(database, day, request.roomId, request.showCustody, request.siteId);
        if (!built) {
            return built.error();
        }
        const ReportDocument& sheet = built.value();
        if (oneDay) {
            const QImage logo = out.document.logo;
            out.document = sheet;
            out.document.logo = logo;
            break;
        }
        if (sheets > 0) {
            out.document.addPageBreak();
        }
        out.document.addHeading(QLocale().toString(day, QLocale::LongFormat));
        out.document.blocks << sheet.blocks;
        ++sheets;
    }
    // Nine or ten columns: across the page, so that names and times are not squeezed.
    out.document.landscape = true;
    if (!oneDay && sheets == 0) {
        out.document.addParagraph(tr("No child was checked in during this period."));
    }
    return out;
}

} // namespace Kindred
