// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRunner.h"

#include "DemoCommand.h"
#include "InitCommand.h"
#include "MigrateCommand.h"
#include "ReportCommand.h"
#include "base/DiagnosticLog.h"
#include "base/Translations.h"
#include "store/Database.h"

#include <QGuiApplication>
#include <QTextStream>

namespace Kindred {

void CommandRunner::setUpApplication(QCoreApplication& app, const CommandLine& line)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationName(QStringLiteral("Kindred"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));
    if (!line.language.isEmpty()) {
        QLocale::setDefault(QLocale(line.language));
    }
    Translations::install(&app, QLocale());
    // A scheduled job's errors and refusals go to the same support log as the window's.
    DiagnosticLog::install(DiagnosticLog::defaultFolder());
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
        if (!line.databasePath.isEmpty()) {
            arguments << QStringLiteral("--database") << line.databasePath;
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
