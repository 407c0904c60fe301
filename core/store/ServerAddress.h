// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Kindred {

// Where the centre server is: a libpq connection URI (`postgresql:///kindred?host=/run/kindred&port=54329`)
// or key=value string (`host=db.centre.lan dbname=kindred sslmode=verify-full`), parsed by libpq itself
// (PQconninfoParse), so that Kindred accepts exactly what psql and every other PostgreSQL program accept.
// Qt's QPSQL driver takes no such string: this class splits it into what QSqlDatabase is given, host,
// port, user, database name and password, and the rest as its connect options.
//
// A password may be in the string (tests, scripts); Kindred never shows it (displayText) and never keeps it.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    // Fails, with libpq's own words as the Error's detail, on a string libpq refuses (an unknown
    // keyword, an unterminated quote, a malformed URI), on an empty one and on a port that is not a number.
    static Result<ServerAddress> parse(const QString& conninfo);

    // A host name, an IP address, or a Unix socket folder (starting with '/'); empty: libpq's default
    // (PGHOST, else the local socket folder).
    QString host() const { return option(QStringLiteral("host")); }
    // -1: libpq's default (PGPORT, else 5432). A list of ports (one per host) stays among the connect options.
    int port() const { return m_port; }
    QString user() const { return option(QStringLiteral("user")); }
    QString databaseName() const { return option(QStringLiteral("dbname")); }
    QString password() const { return option(QStringLiteral("password")); }
    // The value of any libpq keyword the string set, or an empty string.
    QString option(const QString& keyword) const;

    // Every option other than host, port, user, dbname and password, in QSqlDatabase::setConnectOptions's
    // form: "sslmode=verify-full;sslrootcert='/etc/kindred/ca.crt';connect_timeout=10". QPSQL hands this
    // string to libpq as it is (after turning ';' into spaces), so every libpq keyword works there.
    QString connectOptions() const;
    // The address as key=value text without the password (nor sslpassword): what Kindred may show and
    // remember. parse(displayText()) gives the same address without them.
    QString displayText() const;
    // The whole address as key=value text, password included, for libpq's own functions (PQping). Never
    // show, log or store it.
    QString conninfo() const;

    // A copy with the keyword set to value unless the string already set it (Kindred's defaults, such as
    // connect_timeout, that the person who wrote the address may override).
    ServerAddress withDefault(const QString& keyword, const QString& value) const;

private:
    ServerAddress() = default;
    QString joined(bool withSecrets) const;

    // The keywords the string set, with their values, in the order: host, port, dbname, user, then libpq's.
    QList<std::pair<QString, QString>> m_options;
    int m_port = -1;
};

} // namespace Kindred
