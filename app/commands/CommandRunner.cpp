// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRunner.h"

#include "DemoCommand.h"
#include "InitCommand.h"
#include "MigrateCommand.h"
#include "ReportCommand.h"
#include "base/DiagnosticLog.h"
#include "base/LanguageChoice.h"
#include "base/PseudoTranslation.h"
#include "base/Translations.h"
#include "centre/SettingsService.h"
#include "store/Database.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

namespace Kindred {

void CommandRunner::setUpApplication(QCoreApplication& app, const CommandLine& line)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));
    LanguageChoice::setCommandLine(line.language); // for followCentreLanguage() and documents
    if (line.language == PseudoTranslation::Code) {
        Translations::usePseudo(&app);
    } else {
        LanguageSources sources;
        sources.commandLine = line.language;
        sources.system = QLocale::system().name();
        Translations::use(&app, LanguageChoice::forCommand(sources));
    }
    // A scheduled job's errors and refusals go to the same support log as the window's.
    DiagnosticLog::install(DiagnosticLog::defaultFolder());
}

void CommandRunner::followCentreLanguage(const Database& database)
{
    if (LanguageChoice::commandLine() == PseudoTranslation::Code) {
        return;
    }
    LanguageSources sources;
    sources.commandLine = LanguageChoice::commandLine();
    sources.centre = SettingsService::readOrSafeFallback(database, SettingsService::Language, QString());
    sources.system = QLocale::system().name();
    const QLocale locale = LanguageChoice::forCommand(sources);
    if (locale != QLocale() || Translations::installedLanguage() != Translations::languageFor(locale)) {
        Translations::use(QCoreApplication::instance(), locale);
    }
}

int CommandRunner::fail(const CommandLine& line, const QString& message, int status)
{
    QTextStream(stderr) << CommandLine::errorLine(line.command, message) << Qt::endl;
    return status;
}

QString CommandRunner::databasePath(const CommandLine& line)
{
    return line.databasePath.isEmpty() ? Database::defaultPath() : line.databasePath;
}

Result<StoreLocation> CommandRunner::storeOf(const CommandLine& line)
{
    const QSettings settings;
    return StoreLocation::choose(line.databasePath, line.server, line.serverGiven, StoreLocation::remembered(settings),
                                 Database::defaultPath());
}

void CommandRunner::remember(const StoreLocation& location)
{
    QSettings settings;
    location.remember(settings);
}

Result<ServerAddress> CommandRunner::serverOf(const CommandLine& line)
{
    auto location = StoreLocation::choose({}, line.server, true, std::nullopt, {});
    if (!location) {
        return location.error();
    }
    return location->serverAddress();
}

int CommandRunner::run(int& argc, char* argv[], const CommandLine& line)
{
    using Command = CommandLine::Command;
    switch (line.command) {
    case Command::Report:
    case Command::Demo: {
        // Headless by design: never a window, whatever display the job runs under.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setUpApplication(app, line);
        if (line.command == Command::Demo) {
            return DemoCommand::run(line);
        }
        // ReportCommand reads its own options from the arguments the grammar has sorted out.
        QStringList arguments {QCoreApplication::applicationFilePath()};
        const auto location = storeOf(line);
        if (!location) {
            return fail(line, location.errorString());
        }
        if (location->isServer()) {
            // The password, when --server has one, goes no further than this process's memory.
            arguments << QStringLiteral("--server")
                      << (line.serverGiven ? line.server : location->serverAddress().displayText());
        } else {
            arguments << QStringLiteral("--database") << location->path();
        }
        arguments << QStringLiteral("report") << line.positional;
        for (auto it = line.values.cbegin(); it != line.values.cend(); ++it) {
            arguments << QStringLiteral("--") + it.key() << it.value();
        }
        for (const QString& flag : line.flags) {
            arguments << QStringLiteral("--") + flag;
        }
        return ReportCommand::execute(arguments);
    }
    case Command::Migrate: {
        QCoreApplication app(argc, argv);
        setUpApplication(app, line);
        return MigrateCommand::run(line);
    }
    case Command::Init: {
        QCoreApplication app(argc, argv);
        setUpApplication(app, line);
        return InitCommand::run(line);
    }
    case Command::Export:
    case Command::Import: {
        QCoreApplication app(argc, argv);
        setUpApplication(app, line);
        return fail(line, tr("not available in this version."));
    }
    case Command::Window:
        break;
    }
    return CommandLine::BadInput;
}

} // namespace Kindred
