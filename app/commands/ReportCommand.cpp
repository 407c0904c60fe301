// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandRunner.h"
#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "centre/StationSite.h"
#include "print/ReportRenderer.h"
#include "reports/ReportCatalogue.h"
#include "store/Database.h"
#include "store/FilePrivacy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTextStream>

namespace Kindred {
namespace {

int fail(const QString& message)
{
    DiagnosticLog::refusal(QStringLiteral("report"), message);
    QTextStream(stderr) << QCoreApplication::translate("ReportCommand", "kindred report: %1").arg(message) << Qt::endl;
    return 1;
}

// The data file cannot be used at all (missing, damaged, not Kindred's).
int unusable(const QString& message)
{
    fail(message);
    return 2;
}

} // namespace

Result<qint64> ReportCommand::chooseSite(Database& database, const QString& name)
{
    if (name.trimmed().compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        return qint64(ReportRequest::AllSites);
    }
    Session system(SystemActorKind::ReportJob);
    const SiteService sites(database, system);
    if (!name.isNull()) {
        auto site = sites.find(name);
        if (!site) {
            return site.error();
        }
        return site->id;
    }
    // As the window does: the site remembered for this store on this computer, else the only open one.
    const auto open = sites.sites();
    if (!open) {
        return open.error();
    }
    const QSettings settings;
    const auto chosen = StationSite::choose(open.value(), StationSite::remembered(settings, database.path()));
    if (!chosen) {
        return fieldError(QStringLiteral("site"),
                          tr("this centre has several sites: give --site NAME or --site all (the sites: %1).")
                              .arg(siteNames(open.value())));
    }
    return chosen->id;
}

QString ReportCommand::siteNames(const QList<Site>& sites)
{
    QStringList names;
    for (const Site& site : sites) {
        names << site.name;
    }
    return names.join(QStringLiteral(", "));
}

int ReportCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a report as PDF or CSV without opening a window."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("Read the data file at <path>."),
                                            tr("path"));
    const QCommandLineOption serverOption(QStringLiteral("server"), tr("Read the centre on the server at <conninfo>."),
                                          tr("conninfo"));
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List the reports and quit."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day of the period (2026-03-01)."),
                                        tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day of the period (2026-03-31)."), tr("date"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"),
        tr("The site to report on (its name), or all for every site side by side (default: this computer's site)."),
        tr("site"));
    const QCommandLineOption roomOption(QStringLiteral("room"), tr("Only this room of the site (name or number)."),
                                        tr("room"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write: .pdf or .csv."), tr("file"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("a4 or letter (default: the locale's)."),
                                         tr("size"));
    const QCommandLineOption noBomOption(QStringLiteral("no-bom"), tr("CSV without the UTF-8 byte-order mark."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Check the whole data file first (quick_check), whatever its size."));
    parser.addOptions({databaseOption, serverOption, listOption, fromOption, toOption, siteOption, roomOption,
                       outOption, paperOption, noBomOption, checkOption});
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report command."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The report to write (see --list)."));
    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QTextStream out(stdout);
    if (parser.isSet(listOption)) {
        for (const ReportInfo& info : ReportCatalogue::reports()) {
            out << info.name.leftJustified(20) << info.title << Qt::endl;
        }
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return fail(tr("name one report, such as: kindred report attendance --from 2026-03-01 --to 2026-03-31 "
                       "--out march.pdf (kindred report --list shows them all)."));
    }
    ReportRequest request;
    request.name = positional.at(1);
    if (auto known = ReportCatalogue::checkName(request.name); !known) {
        return fail(known.errorString());
    }
    if (!parser.isSet(outOption)) {
        return fail(tr("say where to write the report with --out FILE.pdf or --out FILE.csv."));
    }
    const QString path = parser.value(outOption);
    if (auto format = ReportCatalogue::formatFor(path); !format) {
        return fail(format.errorString());
    }
    if (parser.isSet(fromOption)) {
        auto from = ReportCatalogue::parseDate(parser.value(fromOption), QStringLiteral("from"));
        if (!from) {
            return fail(from.errorString());
        }
        request.from = from.value();
    }
    if (parser.isSet(toOption)) {
        auto to = ReportCatalogue::parseDate(parser.value(toOption), QStringLiteral("to"));
        if (!to) {
            return fail(to.errorString());
        }
        request.to = to.value();
    }
    ReportCatalogue::ExportOptions options;
    options.pageSize = ReportRenderer::defaultPageSize();
    if (parser.isSet(paperOption)) {
        const QString paper = parser.value(paperOption).toLower();
        if (paper == QLatin1String("a4")) {
            options.pageSize = QPageSize::A4;
        } else if (paper == QLatin1String("letter")) {
            options.pageSize = QPageSize::Letter;
        } else {
            return fail(tr("--paper takes a4 or letter, not %1.").arg(parser.value(paperOption)));
        }
    }
    options.byteOrderMark = !parser.isSet(noBomOption);

    const bool onServer = parser.isSet(serverOption);
    const auto address = ServerAddress::parse(parser.value(serverOption));
    if (onServer && !address) {
        return fail(tr("--server: %1").arg(address.errorString()));
    }
    const QString databasePath = onServer ? address->displayText()
        : parser.isSet(databaseOption)    ? parser.value(databaseOption)
                                          : Database::defaultPath();
    // Read-only: no migration, no backup, no write lock, so that a desk saving meanwhile or an auditor's
    // read-only copy is no obstacle. quick_check runs at open, before any row is read: for a file up to
    // quickCheckMaxBytes as for the desk, and for any file with --check. Damage met later by the report's own
    // reads ends the report with status 1 all the same (never a report with rows missing).
    OpenOptions openOptions;
    if (parser.isSet(checkOption)) {
        openOptions.quickCheck = true;
        openOptions.quickCheckMaxBytes = -1;
    }
    // On the server: the centre's database as the desks use it (the server checks its own storage).
    openOptions.createIfMissing = false;
    auto database = onServer ? CommandRunner::signIn<std::unique_ptr<Database>>(
                        address.value(),
                        [&openOptions](const ServerAddress& tried) { return DataFile::openServer(tried, openOptions); })
                             : Database::openForReading(databasePath, openOptions);
    if (!database) {
        return unusable(tr("cannot open %1: %2").arg(QDir::toNativeSeparators(databasePath), database.errorString()));
    }
    if (const QString warning
        = onServer ? QString() : FilePrivacy::dataFileWarning(Database::canonicalPath(databasePath));
        !warning.isEmpty()) {
        // A warning, not a refusal: the report still runs.
        QTextStream(stderr) << QCoreApplication::translate("ReportCommand", "kindred report: warning: %1").arg(warning)
                            << Qt::endl;
    }
    const int version = database.value()->schemaVersion();
    if (version == 0) {
        return unusable(
            tr("cannot open %1: there is no Kindred data in it.").arg(QDir::toNativeSeparators(databasePath)));
    }
    if (version < Database::latestSchemaVersion()) {
        return fail(tr("this file needs upgrading: run kindred migrate --database %1 (a checked copy is kept "
                       "first), then run the report again.")
                        .arg(QDir::toNativeSeparators(databasePath)));
    }
    // The report speaks --lang, else the centre's language (not the language of the account running the job).
    CommandRunner::followCentreLanguage(*database.value());
    // Days and hours are the centre's, whatever zone the scheduled job runs in; never a guess.
    const auto zone = CentreSettings::savedTimeZone(*database.value());
    if (!zone) {
        return fail(zone.errorString());
    }
    Clock::setTimeZone(zone.value());
    // The default period is the centre's month so far, counted in the centre's days: "today" is read only
    // now that the clock is in the centre's zone (the job may run on a computer set to UTC or elsewhere).
    const QDate today = Clock::currentDate();
    if (!request.from.isValid()) {
        request.from = QDate(today.year(), today.month(), 1);
    }
    if (!request.to.isValid()) {
        request.to = parser.isSet(fromOption) ? request.from : request.from.addMonths(1).addDays(-1);
    }
    auto site = chooseSite(*database.value(), parser.isSet(siteOption) ? parser.value(siteOption) : QString());
    if (!site) {
        return fail(site.errorString());
    }
    request.siteId = site.value();
    if (parser.isSet(roomOption)) {
        auto room = ReportCatalogue::findRoom(*database.value(), parser.value(roomOption), request.siteId);
        if (!room) {
            return fail(room.errorString());
        }
        request.roomId = room.value();
    }
    auto built = ReportCatalogue::build(*database.value(), request);
    if (!built) {
        // The first read that failed ends the report: nothing is written, and the status is 1.
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(databasePath), built.errorString()));
    }
    auto written = ReportCatalogue::write(built.value(), path, options);
    if (!written) {
        return fail(written.errorString());
    }
    const bool pdf = ReportCatalogue::formatFor(path).value() == ReportCatalogue::Format::Pdf;
    out << (pdf ? tr("Wrote %1 (%n page(s)).", nullptr, written.value()).arg(QDir::toNativeSeparators(path))
                : tr("Wrote %1 (%n row(s)).", nullptr, written.value()).arg(QDir::toNativeSeparators(path)))
        << Qt::endl;
    return 0;
}

} // namespace Kindred
