// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/CommandLine.h"

namespace Kindred {

// Runs a command of the command line (`kindred demo|report|migrate|init|export|import …`) on an
// application object without a display: a QGuiApplication on the offscreen platform where fonts are
// needed (PDF reports, the demo's avatars), a QCoreApplication otherwise. Errors go to stderr as
// "kindred COMMAND: …". Returns the exit status (CommandLine::Success, BadInput or Unusable).
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    static int run(int& argc, char* argv[], const CommandLine& line);

    // Sets the organisation and application names (they place the default data file) and installs the
    // translations for --lang, or the system's language.
    static void setUpApplication(QCoreApplication& app, const CommandLine& line);
    // Prints `message` as "kindred COMMAND: message" on stderr and returns `status`.
    static int fail(const CommandLine& line, const QString& message, int status = CommandLine::BadInput);
    // The data file the command works on: --database, or the default file.
    static QString databasePath(const CommandLine& line);
};

} // namespace Kindred
