// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/CommandLine.h"
#include "commands/CommandRunner.h"
#include "shell/AppStartup.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    using Kindred::CommandLine;
    // The command line is read before any application object exists: --help, --version and every
    // command work with no display; only the window needs one.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const auto line = CommandLine::parse(arguments);
    if (!line) {
        QTextStream(stderr) << line.errorString() << Qt::endl;
        return CommandLine::BadInput;
    }
    if (line->help) {
        QTextStream(stdout) << CommandLine::helpText(line->command);
        return CommandLine::Success;
    }
    if (line->version) {
        QTextStream(stdout) << QStringLiteral("kindred " KINDRED_VERSION) << Qt::endl;
        return CommandLine::Success;
    }
    if (line->command != CommandLine::Command::Window) {
        return Kindred::CommandRunner::run(argc, argv, line.value());
    }

    QApplication app(argc, argv);
    Kindred::CommandRunner::setUpApplication(app, line.value());
    Kindred::AppStartup startup;
    if (!startup.start(Kindred::AppStartup::optionsFrom(line.value()))) {
        return CommandLine::BadInput;
    }
    return app.exec();
}
