// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/CommandLine.h"

namespace Kindred {

// `kindred migrate [--database FILE]`: upgrades a file written by an older Kindred, the way the window
// would when opening it (a checked backup beside it first, each step all-or-nothing), and says from
// which version to which. Needs a QCoreApplication.
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    static int run(const CommandLine& line);
};

} // namespace Kindred
