// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// kindred-bench --audit-concurrent --server CONNINFO [--connections N] [--writes M]
// What the one audit chain of a centre server costs when several stations write at once: in a database of its
// own (created on the server the address names, dropped at the end, never the centre's), first one connection,
// then N connections on N threads, each appending M audited writes (one entry per write transaction, as a
// station makes them). Prints `bench audit_single …` and `bench audit_concurrent …` (the latency of one write
// transaction, in kindred-bench's format), the throughput of each, and whether the chain verifies after the
// concurrent run. Returns the process's exit status.
int runAuditConcurrentBench(const QString& conninfo, int connections, int writesPerConnection);

} // namespace Kindred
