// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/Database.h"
#include "store/ServerAddress.h"

#include <QString>

#include <memory>

namespace Kindred {

// Which store the core tests run on. CTest runs each store test program twice: on a data file, and (as
// "<name>.server", with KINDRED_TEST_STORE=server) on the throw-away PostgreSQL cluster of the fixture
// kindred_server, whose address is in KINDRED_TEST_SERVER. On the server each TestCentre gets a database of its
// own, copied from a template database that the first test to need it migrates once for the whole run
// (CREATE DATABASE … TEMPLATE takes a few milliseconds; running every migration for each test would not).
class TestStore
{
public:
    // True when this run's tests go to the server (KINDRED_TEST_STORE=server).
    static bool onServer();
    enum class Schema { Latest, None };
    // A new database on the test server: by default a migrated centre with no records; with Schema::None an
    // empty database (UTF8, locale C) such as `kindred init --server` or `migrate` starts from. Fails (with the
    // reason) when the server or the template cannot be reached or made.
    static Result<ServerAddress> createServerDatabase(Schema schema = Schema::Latest);
    // The same database as the stations' login role kindred_test_station (a member of kindred_station,
    // ServerGrants) rather than as its owner kindred_test.
    static ServerAddress asStation(const ServerAddress& address);
    // True when this run's TestCentres connect as that role (KINDRED_TEST_SERVER_ROLE=station): a store test
    // program run so proves that the desk needs nothing the stations' role lacks.
    static bool asStationRole();
    // Where a test's second process (kindred-desk-writer) finds the centre: a data file's path, or
    // "server:" and the server database's address.
    static QString locationOf(const ServerAddress& address);
    // Opens the centre at such a location (DataFile::open or DataFile::openServer).
    static Result<std::unique_ptr<Database>> openCentre(const QString& location, const OpenOptions& options = {});
    // Drops the database createServerDatabase() made, closing any connection still on it. Call once every
    // connection of this process to it is closed.
    static void dropServerDatabase(const ServerAddress& address);
};

} // namespace Kindred
