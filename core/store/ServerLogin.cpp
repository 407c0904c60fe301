// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerLogin.h"

#include <libpq-fe.h>

namespace Kindred {

bool ServerLogin::needsPassword(const ServerAddress& address)
{
    // A try of libpq's own, asked only after Qt's connection failed: QPSQL does not say why it failed in a
    // form that survives the server's or libpq's translations; PQconnectionNeedsPassword does.
    const ServerAddress probe = address.withDefault(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    PGconn* connection = PQconnectdb(probe.conninfo().toUtf8().constData());
    const bool needs = connection && PQstatus(connection) == CONNECTION_BAD && PQconnectionNeedsPassword(connection);
    PQfinish(connection);
    return needs;
}

} // namespace Kindred
