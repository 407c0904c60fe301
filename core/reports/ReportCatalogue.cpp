// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportCatalogue.h"

#include "centre/Centre.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "print/CsvWriter.h"
#include "print/ReportRenderer.h"
#include "reports/AllergyMedicalReport.h"
#include "reports/AttendanceReport.h"
#include "reports/BirthdayReport.h"
#include "reports/EmergencyContactReport.h"
#include "reports/EnrolmentReport.h"
#include "reports/ImmunisationDueReport.h"
#include "reports/IncidentLogReport.h"
#include "reports/RatioComplianceReport.h"
#include "reports/SignInSheet.h"
#include "reports/SignInSheetReport.h"
#include "reports/TicketSummaryReport.h"

#include <QFileInfo>
#include <QHash>

namespace Kindred {
namespace {

using Builder = Result<BuiltReport> (*)(Database&, const ReportRequest&);

struct Entry
{
    const char* name;
    Builder build;
    bool usesPeriod;
    bool usesRoom;
    Permission permission;
    // Across sites: the sites side by side, each its own section (attendance, ratios, tickets: issue 16,
    // point 8); the others carry a Site column in every table so that their rows stay attributable.
    bool sitesSideBySide = false;
};

// The order the Reports page lists them in.
const Entry Entries[] = {
    {"signin-sheet", &SignInSheetReport::build, true, true, SignInSheet::RequiredPermission},
    {"attendance", &AttendanceReport::build, true, true, Permission::ViewReports, true},
    {"ratios", &RatioComplianceReport::build, true, true, Permission::ViewReports, true},
    {"incidents", &IncidentLogReport::build, true, true, Permission::ViewReports},
    {"tickets", &TicketSummaryReport::build, true, false, Permission::ViewReports, true},
    {"allergies", &AllergyMedicalReport::build, false, true, Permission::ViewMedical},
    // Phones are for whoever prints reports; its "do not release" alerts only with ViewCustody (showCustody).
    {"emergency-contacts", &EmergencyContactReport::build, false, true, Permission::ViewReports},
    {"birthdays", &BirthdayReport::build, true, true, Permission::ViewReports},
    {"immunisations", &ImmunisationDueReport::build, true, true, Permission::ViewMedical},
    {"enrolment", &EnrolmentReport::build, true, true, Permission::ViewReports},
};

const Entry* entry(const QString& name)
{
    for (const Entry& e : Entries) {
        if (name == QLatin1String(e.name)) {
            return &e;
        }
    }
    return nullptr;
}

// `table` with the site's name in a first column.
ReportDocument::Table withSiteColumn(ReportDocument::Table table, const QString& siteName)
{
    table.columns.prepend({ReportCatalogue::tr("Site"), 1.0});
    for (QStringList& row : table.rows) {
        row.prepend(siteName);
    }
    return table;
}

// The report built for each of `sites` on its own, put together under one header: a section per site and, in the
// CSV, a leading Site column.
Result<BuiltReport> buildAcrossSites(Database& database, const ReportRequest& request, const Entry& report,
                                     const QList<Site>& sites)
{
    BuiltReport out;
    auto started = ReportHeader::start(database, QString(), request, report.usesPeriod);
    if (!started) {
        return started.error();
    }
    out.document = std::move(started).value();
    for (const Site& site : sites) {
        ReportRequest one = request;
        one.siteId = site.id;
        auto built = report.build(database, one);
        if (!built) {
            return built.error();
        }
        if (out.document.title.isEmpty()) {
            out.document.title = built->document.title;
            out.document.landscape = built->document.landscape;
            out.csvHeader = QStringList {ReportCatalogue::tr("Site")} + built->csvHeader;
        }
        out.document.addHeading(site.name);
        for (const ReportDocument::Block& block : built->document.blocks) {
            const auto* table = std::get_if<ReportDocument::Table>(&block);
            if (table && !report.sitesSideBySide) {
                out.document.addTable(withSiteColumn(*table, site.name));
            } else {
                out.document.blocks << block;
            }
        }
        for (const QStringList& row : built->csvRows) {
            out.csvRows << QStringList {site.name} + row;
        }
    }
    return out;
}

} // namespace

QList<ReportInfo> ReportCatalogue::reports()
{
    const QHash<QString, QPair<QString, QString>> texts {
        {QStringLiteral("signin-sheet"),
         {tr("Daily sign-in and sign-out sheet"),
          tr("Each child's arrival and departure, who brought and collected "
             "them, corrections and staff on duty; one sheet a day.")}},
        {QStringLiteral("attendance"),
         {tr("Attendance"), tr("Days and hours per child and per room, absences and stays never checked out.")}},
        {QStringLiteral("ratios"),
         {tr("Ratio compliance"),
          tr("Children against staff present per room every 15 minutes of the opening hours; breaches listed.")}},
        {QStringLiteral("incidents"),
         {tr("Incident log"),
          tr("Every incident in the period: children, what happened, action, parent told, "
             "sign-off; reportable ones highlighted.")}},
        {QStringLiteral("immunisations"),
         {tr("Immunisations due"),
          tr("Per room, doses due or overdue at the end of the period against the "
             "centre's schedule.")}},
        {QStringLiteral("tickets"),
         {tr("Complaints and feedback"),
          tr("Per month and category: tickets by kind, median hours to acknowledge and resolve, targets missed, "
             "satisfaction.")}},
        {QStringLiteral("allergies"),
         {tr("Allergies and medical conditions"),
          tr("Per room, each child's allergies with reactions and action plans, and medical notes.")}},
        {QStringLiteral("emergency-contacts"),
         {tr("Emergency contacts"), tr("Per room, guardians' phones, emergency contacts in calling order, alerts.")}},
        {QStringLiteral("birthdays"),
         {tr("Birthdays"), tr("Birthdays in the period, the age each child turns, and photo consent.")}},
        {QStringLiteral("enrolment"),
         {tr("Enrolment and capacity"), tr("Per room: capacity, enrolled, places free, waitlist, attendance.")}},
    };
    QList<ReportInfo> list;
    for (const Entry& e : Entries) {
        const QString name = QLatin1String(e.name);
        list << ReportInfo {name,        texts.value(name).first, texts.value(name).second, e.usesPeriod, e.usesRoom,
                            e.permission};
    }
    return list;
}

std::optional<ReportInfo> ReportCatalogue::find(const QString& name)
{
    for (const ReportInfo& info : reports()) {
        if (info.name == name) {
            return info;
        }
    }
    return std::nullopt;
}

Result<void> ReportCatalogue::checkName(const QString& name)
{
    if (entry(name)) {
        return {};
    }
    QStringList names;
    for (const Entry& e : Entries) {
        names << QLatin1String(e.name);
    }
    return fieldError(
        QStringLiteral("name"),
        tr("There is no report called \"%1\". The reports are: %2.").arg(name, names.join(QStringLiteral(", "))));
}

Result<void> ReportCatalogue::validate(Database& database, const ReportRequest& request)
{
    if (auto known = checkName(request.name); !known) {
        return known;
    }
    if (!request.from.isValid()) {
        return fieldError(QStringLiteral("from"), tr("Choose the first day of the period."));
    }
    if (!request.to.isValid()) {
        return fieldError(QStringLiteral("to"), tr("Choose the last day of the period."));
    }
    if (request.to < request.from) {
        return fieldError(QStringLiteral("to"), tr("The last day of the period is before the first day."));
    }
    if (request.from.daysTo(request.to) > 3660) {
        return fieldError(QStringLiteral("to"), tr("Choose a period of at most ten years."));
    }
    if (request.siteId != ReportRequest::AllSites) {
        Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
        const auto site = SiteService(database, system).site(request.siteId);
        if (!site) {
            return fieldError(QStringLiteral("site"), site.error().message);
        }
    }
    if (request.roomId >= 0) {
        const auto rooms = ReportHeader::roomsById(database);
        if (!rooms) {
            return rooms.error();
        }
        if (!rooms->contains(request.roomId)) {
            return fieldError(QStringLiteral("room"), tr("That room is not on file."));
        }
        if (request.siteId != ReportRequest::AllSites && rooms->value(request.roomId).siteId != request.siteId) {
            return fieldError(QStringLiteral("room"), tr("That room is at another site."));
        }
    }
    return {};
}

Result<BuiltReport> ReportCatalogue::build(Database& database, const ReportRequest& request)
{
    if (auto valid = validate(database, request); !valid) {
        return valid.error();
    }
    const Entry& report = *entry(request.name);
    if (request.siteId != ReportRequest::AllSites) {
        return report.build(database, request);
    }
    Session system(SystemActorKind::ReportJob); // reads on behalf of a caller already checked
    const auto open = SiteService(database, system).sites();
    if (!open) {
        return open.error();
    }
    const auto rooms = ReportHeader::roomsById(database);
    if (!rooms) {
        return rooms.error();
    }
    QList<Site> sites;
    for (const Site& site : open.value()) {
        // One room's report across sites is its own site's.
        if (request.roomId < 0 || rooms->value(request.roomId).siteId == site.id) {
            sites << site;
        }
    }
    return buildAcrossSites(database, request, report, sites);
}

Result<void> ReportCatalogue::checkAllowed(const Session& session, const QString& name, qint64 siteId)
{
    if (auto known = checkName(name); !known) {
        return known;
    }
    if (auto allowed = session.require(Permission::ViewReports); !allowed) {
        return allowed;
    }
    if (auto allowed = session.require(entry(name)->permission); !allowed) {
        return allowed;
    }
    return SiteService::requireReader(session, siteId);
}

Result<void> ReportCatalogue::checkAllowed(const Session& session, const QString& name)
{
    return checkAllowed(session, name, session.siteId());
}

Result<BuiltReport> ReportCatalogue::build(Database& database, const Session& session, const ReportRequest& request)
{
    if (auto allowed = checkAllowed(session, request.name, request.siteId); !allowed) {
        return allowed.error();
    }
    ReportRequest asked = request;
    asked.showCustody = request.showCustody && session.can(Permission::ViewCustody);
    return build(database, asked);
}

Result<ReportCatalogue::Format> ReportCatalogue::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (suffix == QLatin1String("csv")) {
        return Format::Csv;
    }
    return fieldError(QStringLiteral("out"),
                      tr("Kindred writes reports as PDF or CSV: name the file ….pdf or ….csv (not %1).").arg(path));
}

Result<int> ReportCatalogue::write(const BuiltReport& output, const QString& path, const ExportOptions& options)
{
    auto format = formatFor(path);
    if (!format) {
        return format.error();
    }
    if (format.value() == Format::Pdf) {
        return ReportRenderer::writePdf(output.document, path, options.pageSize);
    }
    CsvWriter::Options csv;
    csv.byteOrderMark = options.byteOrderMark;
    if (auto written = CsvWriter::writeFile(path, output.csvHeader, output.csvRows, csv); !written) {
        return written.error();
    }
    return int(output.csvRows.size());
}

Result<QDate> ReportCatalogue::parseDate(const QString& text, const QString& field)
{
    // Exactly yyyy-MM-dd: Qt::ISODate would also take "2026-03-01T10:00" and drop the time.
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return fieldError(field, tr("\"%1\" is not a date: write it as year-month-day, such as 2026-03-01.").arg(text));
    }
    return date;
}

Result<qint64> ReportCatalogue::findRoom(Database& database, const QString& text, qint64 siteId)
{
    const auto read = ReportHeader::roomsById(database);
    if (!read) {
        return read.error();
    }
    const QHash<qint64, Room>& rooms = read.value();
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    const auto atSite
        = [siteId](const Room& room) { return siteId == ReportRequest::AllSites || room.siteId == siteId; };
    if (isNumber && rooms.contains(id) && atSite(rooms.value(id))) {
        return id;
    }
    for (const Room& room : rooms) {
        if (!room.archived && atSite(room) && room.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return room.id;
        }
    }
    QStringList names;
    for (const Room& room : rooms) {
        if (!room.archived && atSite(room)) {
            names << room.name;
        }
    }
    names.sort();
    return fieldError(
        QStringLiteral("room"),
        tr("There is no room called \"%1\". The rooms are: %2.").arg(text, names.join(QStringLiteral(", "))));
}

} // namespace Kindred
