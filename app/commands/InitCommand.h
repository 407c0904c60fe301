// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/CommandLine.h"

namespace Kindred {

struct FirstStartSetup;

// `kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME] [--country CC]
// [--currency CODE] [--lang CODE]`: the first-start wizard for a script. With --server CONNINFO instead of
// --database, the centre is made in an empty database on the centre server (left empty again on failure). The
// administrator's password and its confirmation are two lines of standard input (not echoed on a terminal). FILE must
// not exist or be empty; it appears only when complete (FirstStart::createFile). `kindred init --reset-admin --database
// FILE`: the last administrator forgot the password; the operating-system owner of FILE sets a new one (two lines of
// standard input), audited. Needs a QCoreApplication.
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static int run(const CommandLine& line);

private:
    static int createOnServer(const CommandLine& line, FirstStartSetup setup);
    static int resetAdministrator(const CommandLine& line);
};

} // namespace Kindred
