// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ServerAddress.h"
#include "store/ServerConnection.h"

#include <QSqlDatabase>

namespace Kindred {

// A connection to the test server's own database (KINDRED_TEST_SERVER), for what a test cannot do from the
// database under test: make the server refuse connections to it (ALTER DATABASE … ALLOW_CONNECTIONS false is
// refused for the current database), standing in for a server that is away.
class ServerAdmin
{
public:
    ServerAdmin()
    {
        const auto address = ServerAddress::parse(qEnvironmentVariable("KINDRED_TEST_SERVER"));
        ok = address.ok() && ServerConnection::open(address.value(), Name).ok();
    }
    ~ServerAdmin()
    {
        QSqlDatabase::database(Name, false).close();
        QSqlDatabase::removeDatabase(Name);
    }
    ServerAdmin(const ServerAdmin&) = delete;
    ServerAdmin& operator=(const ServerAdmin&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(Name, false); }

    bool ok = false;

private:
    static constexpr QLatin1String Name {"kindred-test-server-admin"};
};

} // namespace Kindred
