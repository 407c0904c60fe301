// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Kindred {

// `kindred [--database PATH] report NAME --from DATE --to DATE [--room R] --out FILE.pdf|FILE.csv`
// and `kindred report --list`: the same reports as the Reports page, with no window, for scheduled
// jobs. The format follows the file's extension. Errors go to stderr and the exit status is 1.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    // True when the first argument that is not an option (nor an option's value) is "report".
    static bool isRequested(int argc, char* argv[]);
    // Creates an offscreen QGuiApplication (PDF fonts need one; no window is ever created) and runs
    // the command. Returns the process exit status.
    static int run(int argc, char* argv[]);
    // The command itself, for an application that already exists.
    static int execute(const QStringList& arguments);
};

} // namespace Kindred
