// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStartup.h"
#include "MessageBox.h"
#include "ReportCommand.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    // `kindred report …` runs with no window (scheduled jobs): it needs no QApplication.
    if (Kindred::ReportCommand::isRequested(argc, argv)) {
        return Kindred::ReportCommand::run(argc, argv);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kindred"));
    QApplication::setApplicationName(QStringLiteral("Kindred"));
    QApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));
    Kindred::Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The front desk for childcare centres."));
    parser.addHelpOption();
    parser.addVersionOption();
    Kindred::AppStartup::addOptions(parser);
    parser.process(app);

    auto options = Kindred::AppStartup::readOptions(parser);
    if (!options) {
        Kindred::MessageBox::critical(nullptr, QStringLiteral("Kindred"), options.errorString());
        return 1;
    }
    Kindred::AppStartup startup;
    if (!startup.start(options.value())) {
        return 1;
    }
    return app.exec();
}
