// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Site.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kindred {

class Database;

// `kindred [--database PATH] report NAME --from DATE --to DATE [--site NAME|all] [--room R] --out FILE.pdf|FILE.csv`
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

private:
    // The site `--site` names (any letter case; "all": ReportRequest::AllSites); without it (a null `name`) the
    // site remembered for this store on this computer, else the only open site. An Error listing the sites when
    // the name matches none, or when there are several and none was remembered.
    static Result<qint64> chooseSite(Database& database, const QString& name);
    static QString siteNames(const QList<Site>& sites);
};

} // namespace Kindred
