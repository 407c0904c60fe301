// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Site.h"
#include "store/ServerAddress.h"

#include <QString>

#include <memory>
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
// The writes are a station's of `siteId`, on a child enrolled there.
Result<std::vector<double>> measureRefreshLatency(Database& writer, int writes, qint64 siteId = Site::First);

// A database of the bench's own on a centre server (kindred-bench --server CONNINFO), never the centre's: created
// empty (UTF8, locale C) by create(), dropped again, with any connection still on it, when this goes.
class BenchServerDatabase
{
public:
    static Result<std::unique_ptr<BenchServerDatabase>> create(const QString& conninfo);
    ~BenchServerDatabase();
    BenchServerDatabase(const BenchServerDatabase&) = delete;
    BenchServerDatabase& operator=(const BenchServerDatabase&) = delete;

    const ServerAddress& address() const { return m_address; }
    QString name() const { return m_address.databaseName(); }

private:
    BenchServerDatabase(ServerAddress admin, ServerAddress address);

    ServerAddress m_admin;
    ServerAddress m_address;
};

} // namespace Kindred
