// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

#include <vector>

namespace Kindred {

class Database;

// How long another station waits to hear of a commit (issue 16, point 4): `writes` check-ins and check-outs
// committed through AttendanceService on `writer`, each timed from the return of its COMMIT to the moment the
// ChangeFeed of a second connection (another station) reports attendance. On the server that is the
// notification's trip, which on a local server is mostly over before the writer's COMMIT has returned (the server
// signals the listeners as it commits), so the figure is a fraction of a millisecond; on a data file, the feed's
// poll of data_version, with each write at a random moment between two polls as a receptionist's would be. The centre
// needs at least one child with an authorised adult (a demo centre has many). Fails when a write fails or a
// notification never comes (5 s).
Result<std::vector<double>> measureRefreshLatency(Database& writer, int writes);

// kindred-bench --server CONNINFO: a database of the bench's own on that server (created, filled with a demo
// centre of `children`, dropped again), and the refresh latency there printed as a bench line. Returns the exit
// status.
int runServerRefreshBench(const QString& conninfo, int children, int writes);

} // namespace Kindred
