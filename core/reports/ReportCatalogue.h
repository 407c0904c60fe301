// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Permission.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>
#include <QPageSize>

#include <optional>

namespace Kindred {

class Database;
class Session;

// One report the director can print: its command-line name, its title, and which filters it reads.
struct ReportInfo
{
    QString name; // "attendance": what `kindred report NAME` takes
    QString title;
    QString description;
    bool usesPeriod = true;
    bool usesRoom = true;
    // Besides ViewReports: what the report reads ("allergies" needs ViewMedical, "emergency-contacts"
    // ViewCustody for its "do not release" alerts); ViewReports itself when nothing more.
    Permission permission = Permission::ViewReports;
};

// Every report Kindred prints, by name, and the one way to build and save them: the Reports page,
// the dashboard and `kindred report` all come through here, so they print the same thing.
class ReportCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalogue)

public:
    enum class Format { Pdf, Csv };
    struct ExportOptions
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        bool byteOrderMark = true; // CSV: Excel needs it to read accents right
    };

    static QList<ReportInfo> reports();
    static std::optional<ReportInfo> find(const QString& name);

    // Fails, listing the reports, when there is no report called `name`; the error's field is "name".
    static Result<void> checkName(const QString& name);
    // Checks the name, the dates (both valid, `to` not before `from`, at most ten years), the site (on file,
    // or ReportRequest::AllSites) and the room (on file, at that site); the error's field is "name", "from",
    // "to", "site" or "room".
    static Result<void> validate(Database& database, const ReportRequest& request);
    // Validates, then builds the document and the CSV rows in one pass over the data. Across sites (AllSites),
    // each open site's report in turn under one header: a section per site, and a leading Site column in the
    // CSV (and in the document's tables, but for attendance, ratios and tickets, whose sections stand side by
    // side with their own totals).
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
    // Ok when the acting user may print report `name` of site `siteId` (ViewReports and the report's own
    // permission; ViewAllSites for a site other than the session's, or for AllSites); otherwise the
    // Session::require error. The command line acts as the system, which may.
    static Result<void> checkAllowed(const Session& session, const QString& name, qint64 siteId);
    // The same for the session's own site.
    static Result<void> checkAllowed(const Session& session, const QString& name);
    // checkAllowed, then build: what a signed-in user's Reports page calls.
    static Result<BuiltReport> build(Database& database, const Session& session, const ReportRequest& request);

    // ".pdf" or ".csv" (any case); anything else is refused with a message naming the file.
    static Result<Format> formatFor(const QString& path);
    // Writes the PDF or the CSV (by the file's extension) whole or not at all. Returns the PDF's page
    // count, or the CSV's row count.
    static Result<int> write(const BuiltReport& output, const QString& path, const ExportOptions& options);

    // "2026-03-01" → a date; the error names `field`.
    static Result<QDate> parseDate(const QString& text, const QString& field);
    // A room of site `siteId` (ReportRequest::AllSites: of any site) by id or by name (any case); the error's
    // field is "room".
    static Result<qint64> findRoom(Database& database, const QString& text, qint64 siteId = ReportRequest().siteId);
};

} // namespace Kindred
