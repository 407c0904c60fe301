// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "CommandRunner.h"
#include "backup/ServerMigration.h"
#include "centre/CentreTimeZoneMigration.h"
#include "centre/DataFile.h"
#include "demo/DemoCentreBuilder.h"
#include "demo/DemoSiteRoles.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUuid>

#include <array>
#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace Kindred {
namespace {

// The temporary file and SQLite's files beside it, as C strings a signal handler may unlink.
std::array<QByteArray, 4> g_partialFiles;

void removePartialFiles()
{
    for (const QByteArray& file : g_partialFiles) {
        if (!file.isEmpty()) {
            ::unlink(file.constData());
        }
    }
}

extern "C" void onInterrupt(int signal)
{
    removePartialFiles(); // unlink() is async-signal-safe
    ::_exit(128 + signal);
}

void watchInterruptions(const QString& partial)
{
    const QByteArray base = QFile::encodeName(partial);
    g_partialFiles = {base, base + "-wal", base + "-shm", base + "-journal"};
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
        sigaction(signal, &action, nullptr);
    }
}

// The rename is on disk once the folder is: a power cut then keeps the whole file or nothing.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

DemoBuildOptions buildOptions(const CommandLine& line)
{
    DemoBuildOptions build;
    DemoCentreOptions& options = build.centre;
    // CommandLine has checked both numbers. A chain has 60 children a site unless told otherwise.
    options.sites = line.value(QStringLiteral("sites"), QStringLiteral("1")).toInt();
    options.children = line.value(QStringLiteral("children"), QString::number(60 * options.sites)).toInt();
    options.photos = options.children <= 5000;
    options.timeZone = line.value(QStringLiteral("time-zone"));
    // A centre for benchmarks (thousands of children) is built bare: kindred-gen writes its history.
    const bool lived = options.children <= 5000;
    build.historyDays = lived ? 28 : 0;
    build.recentDays = lived;
    return build;
}

} // namespace

int DemoCommand::buildOnServer(const CommandLine& line)
{
    auto address = CommandRunner::serverOf(line);
    if (!address) {
        return CommandRunner::fail(line, address.errorString());
    }
    const QString shown = address->displayText();
    ServerAddress target = address.value();
    auto empty = CommandRunner::signIn<bool>(address.value(), [&target](const ServerAddress& tried) -> Result<bool> {
        target = tried;
        if (auto checked = ServerMigration::requireEmpty(tried); !checked) {
            return checked.error();
        }
        return true;
    });
    if (!empty) {
        return CommandRunner::fail(line, tr("cannot build the demo centre on %1: %2").arg(shown, empty.errorString()));
    }
    OpenOptions create;
    create.createIfMissing = true;
    auto database = DataFile::openServer(target, create);
    if (!database) {
        return CommandRunner::fail(line,
                                   tr("cannot build the demo centre on %1: %2").arg(shown, database.errorString()),
                                   CommandLine::Unusable);
    }
    auto built = DemoCentreBuilder::build(*database.value(), buildOptions(line));
    if (!built) {
        // Never a half-built demo left in the database: it is empty again, as it was found.
        ServerMigration::removeSchema(database.value()->connection());
        return CommandRunner::fail(line, tr("the demo centre could not be built: %1").arg(built.errorString()),
                                   CommandLine::Unusable);
    }
    QTextStream(stdout) << tr("Built the demo centre on %1 (children: %2, families: %3).")
                               .arg(shown)
                               .arg(built->centre.children)
                               .arg(built->centre.families)
                        << Qt::endl;
    if (built->centre.sites > 1) {
        QTextStream(stdout) << DemoSiteRoles::describe(built->centre.sites) << Qt::endl;
    }
    CommandRunner::remember(StoreLocation::server(address.value()));
    return CommandLine::Success;
}

int DemoCommand::run(const CommandLine& line)
{
    if (line.serverGiven) {
        return buildOnServer(line);
    }
    if (line.databasePath.isEmpty()) {
        return CommandRunner::fail(line, tr("say which new file to build the demo centre in, with --database FILE."));
    }
    const QFileInfo target(line.databasePath);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.exists() && (!target.isFile() || target.size() > 0)) {
        return CommandRunner::fail(line,
                                   tr("%1 already exists; the demo centre is only built into a new file, so "
                                      "nothing was changed.")
                                       .arg(shown));
    }
    if (!target.absoluteDir().exists()) {
        return CommandRunner::fail(line,
                                   tr("there is no folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    watchInterruptions(partial);

    const DemoBuildOptions build = buildOptions(line);
    const DemoCentreOptions& options = build.centre;
    const bool lived = build.recentDays;
    Result<DemoBuildSummary> built = Error {};
    {
        OpenOptions create;
        create.createIfMissing = true;
        auto database = DataFile::open(partial, create);
        if (!database) {
            removePartialFiles();
            return CommandRunner::fail(line, tr("cannot create %1: %2").arg(shown, database.errorString()),
                                       CommandLine::Unusable);
        }
        built = DemoCentreBuilder::build(*database.value(), build);
        // Closing the last connection folds the WAL into the file: what is renamed is complete.
    }
    if (!built) {
        removePartialFiles();
        return CommandRunner::fail(line, tr("the demo centre could not be built: %1").arg(built.errorString()),
                                   CommandLine::Unusable);
    }
    // A file that appeared meanwhile is not replaced (rename would); an empty one may be.
    const QFileInfo now(target.absoluteFilePath());
    if (now.exists() && (!now.isFile() || now.size() > 0)) {
        removePartialFiles();
        return CommandRunner::fail(line,
                                   tr("%1 appeared while the demo centre was being built; it was left as it "
                                      "is.")
                                       .arg(shown));
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        removePartialFiles();
        return CommandRunner::fail(line, tr("could not put the demo centre in place as %1.").arg(shown),
                                   CommandLine::Unusable);
    }
    g_partialFiles = {};
    syncFolder(target.absolutePath());
    const DemoCentreSummary summary = built->centre;
    QTextStream(stdout) << tr("Built the demo centre in %1 (children: %2, families: %3, rooms: %4, staff: %5; time "
                              "zone %6).")
                               .arg(shown)
                               .arg(summary.children)
                               .arg(summary.families)
                               .arg(summary.rooms)
                               .arg(summary.staff)
                               .arg(options.timeZone.isEmpty() ? CentreTimeZoneMigration::systemZoneId()
                                                               : options.timeZone)
                        << Qt::endl;
    if (summary.sites > 1) {
        QTextStream(stdout) << DemoSiteRoles::describe(summary.sites) << Qt::endl;
    }
    if (lived) {
        const DemoBuildSummary& life = built.value();
        QTextStream(stdout) << tr("History: %n open day(s)", "", life.history.days) << QLatin1String(", ")
                            << tr("%n attendance record(s)", "", int(life.history.attendance)) << QLatin1String(", ")
                            << tr("%n ticket(s)", "", int(life.history.tickets + life.cases.tickets))
                            << QLatin1String(", ")
                            << tr("%n incident(s).", "", int(life.history.incidents + life.cases.incidents)) << Qt::endl
                            << DemoMorning::describe(life.today) << Qt::endl;
    }
    return CommandLine::Success;
}

} // namespace Kindred
