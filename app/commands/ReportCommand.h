// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Kindred {

// `kindred [--database PATH] report NAME --from DATE --to DATE [--room R] --out FILE.pdf|FILE.csv`
// and `kindred report --list`: the same reports as the Reports page, with no window, for scheduled
// jobs. The format follows the file's extension. The data file is only read (Database::openForReading).
// Errors go to stderr; the exit status is 1 for a wrong argument or a refusal, 2 for a file that
// cannot be read.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    // The command, for an application that already exists (app/ creates an offscreen QGuiApplication:
    // PDF fonts need one). `arguments` as QCommandLineParser takes them: the program, then the options
    // and "report NAME". Returns the process exit status.
    static int execute(const QStringList& arguments);
};

} // namespace Kindred
