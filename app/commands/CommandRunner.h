// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TerminalPrompt.h"
#include "base/CommandLine.h"
#include "store/Database.h"
#include "store/ServerLogin.h"
#include "store/StoreLocation.h"

#include <memory>

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
    // translations for --lang, or the system's language (LANG) until the centre's is known.
    static void setUpApplication(QCoreApplication& app, const CommandLine& line);
    // Once the store is open: a command speaks --lang, else the centre's language, else LANG
    // (LanguageChoice::forCommand). What it prints and writes from then on is in that language.
    static void followCentreLanguage(const Database& database);
    // Prints `message` as "kindred COMMAND: message" on stderr and returns `status`.
    static int fail(const CommandLine& line, const QString& message, int status = CommandLine::BadInput);
    // The data file the command works on: --database, or the default file.
    static QString databasePath(const CommandLine& line);
    // The store the command works on: --database, --server, else the store opened last on this computer
    // (StoreLocation), else the default file.
    static Result<StoreLocation> storeOf(const CommandLine& line);
    // Remembers `location` as the store opened last on this computer (never a password).
    static void remember(const StoreLocation& location);
    // The server's address from --server, or the reason it is not one ("--server: …").
    static Result<ServerAddress> serverOf(const CommandLine& line);
    // Signs in to the server at `address`, asking the password on the terminal when the server wants one that
    // ~/.pgpass did not give (ServerLogin), then calls `open` with the address it worked with (the password
    // in it, in memory only).
    template<typename T>
    static Result<T> signIn(const ServerAddress& address, const std::function<Result<T>(const ServerAddress&)>& open)
    {
        return ServerLogin::open<T>(address, open, &TerminalPrompt::serverPassword);
    }
};

} // namespace Kindred
