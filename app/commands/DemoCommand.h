// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/CommandLine.h"

namespace Kindred {

// `kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]`: builds the demo centre (a chain
// of N sites with --sites, 60 children a site unless --children says) with no window into a hidden temporary
// file beside FILE, and renames it into place only when it is complete, so that an interruption (Ctrl+C, a
// kill) leaves no half-built centre behind. Refuses a FILE that exists and is not empty. With --server CONNINFO,
// into an empty database on the centre server instead. Needs a QGuiApplication (the avatars are drawn).
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(const CommandLine& line);

private:
    // `kindred demo --server CONNINFO`: into an empty server database, left empty again on failure.
    static int buildOnServer(const CommandLine& line);
};

} // namespace Kindred
