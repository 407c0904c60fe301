// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ServerAddress.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"

#include <QSqlDatabase>

namespace Kindred {

// A connection to the test server's own database (KINDRED_TEST_SERVER), for what a test cannot do from the
// database under test: make the server refuse connections to it (ALTER DATABASE … ALLOW_CONNECTIONS false is
// refused for the current database), standing in for a server that is away; make and drop databases (run()).
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

    // The test server's address, and the same server's database `name`.
    static Result<ServerAddress> address() { return ServerAddress::parse(qEnvironmentVariable("KINDRED_TEST_SERVER")); }
    static ServerAddress withDatabase(const QString& name)
    {
        return ServerAddress::parse(address()->displayText() + QStringLiteral(" dbname=") + name).value();
    }
    // One statement on the cluster's own database (CREATE/DROP DATABASE), on a connection of its own; false,
    // with the server's words as a warning, when it failed.
    static bool run(const QString& sql)
    {
        const QString name = QStringLiteral("kindred-test-server-admin-statement");
        bool done = false;
        {
            auto db = ServerConnection::open(address().value(), name);
            if (db) {
                (void)execStatement(db.value(), QStringLiteral("SET client_min_messages = warning"));
                const auto ran = execStatement(db.value(), sql);
                if (!ran) {
                    qWarning() << ran.errorString() << ran.error().detail;
                }
                done = ran.ok();
                db.value().close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }

    bool ok = false;

private:
    static constexpr QLatin1String Name {"kindred-test-server-admin"};
};

} // namespace Kindred
