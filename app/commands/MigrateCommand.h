// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/CommandLine.h"

namespace Kindred {

class StoreLocation;

// `kindred migrate [--database FILE | --server CONNINFO]`: upgrades a file written by an older Kindred, the way
// the window would when opening it (a checked backup beside it first, each step all-or-nothing), and says
// from which version to which; or the centre's database on the server (one transaction).
// `kindred migrate --database FILE --server CONNINFO`: upgrades the file as above, then copies it into the
// empty server database (ServerMigration), printing "copied N of M rows" as it goes.
// Needs a QCoreApplication.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    static int run(const CommandLine& line);

private:
    static int upgradeFile(const CommandLine& line, const QString& path);
    static int upgradeServer(const CommandLine& line, const StoreLocation& location);
    static int moveToServer(const CommandLine& line);
};

} // namespace Kindred
