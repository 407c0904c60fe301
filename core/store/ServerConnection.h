// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Kindred {

class ServerAddress;

// Opens a connection to the centre server through Qt's QPSQL driver, with the address set piece by
// piece (QPSQL would not read a connection URI: it would silently fall back to the default socket).
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    // Seconds libpq waits for a server that does not answer, unless the address says otherwise.
    static constexpr int DefaultConnectTimeoutSeconds = 10;

    // Adds and opens the QSqlDatabase named connectionName. Fails, with the connection removed again and
    // libpq's words as the Error's detail, when the QPSQL driver is not installed, when the server cannot
    // be reached (or is starting or stopping), when the database or the user does not exist, when the
    // password is refused, and otherwise with a general "refused" message.
    static Result<QSqlDatabase> open(const ServerAddress& address, const QString& connectionName);
    // The address as open() hands it to libpq: with Kindred's defaults for what it does not set itself. TLS:
    // sslmode=prefer (TLS when the server offers it, as on a centre's own network) unless the address or the
    // environment (PGSSLMODE) says otherwise; a chain reaching its server over the internet sets
    // sslmode=verify-full and sslrootcert=/path/to/ca.crt (the CA that signed the server's certificate).
    // libpq never uses TLS over a Unix socket, whatever sslmode says.
    static ServerAddress withDefaults(const ServerAddress& address);
    // Whether the server at `address` answers and accepts connections (libpq's PQping), waiting up to its
    // connect_timeout (DefaultConnectTimeoutSeconds unless the address says otherwise). Opens no session. Safe
    // on any thread.
    static bool answers(const ServerAddress& address);

private:
    static Error describeFailure(const ServerAddress& address, const QString& libpqMessage);
};

} // namespace Kindred
