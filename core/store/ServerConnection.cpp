// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerConnection.h"

#include "base/DiagnosticLog.h"
#include "store/ServerAddress.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace Kindred {
namespace {

const QString Driver = QStringLiteral("QPSQL");

// Where the server was looked for, for the message: "db.centre.lan, port 5432" or the socket folder.
QString placeOf(const ServerAddress& address)
{
    const QString host = address.host().isEmpty() ? ServerConnection::tr("this computer") : address.host();
    const QString port = address.option(QStringLiteral("port"));
    return port.isEmpty() ? host : ServerConnection::tr("%1, port %2").arg(host, port);
}

} // namespace

bool ServerConnection::answers(const ServerAddress& address)
{
    const ServerAddress waiting
        = address.withDefault(QStringLiteral("connect_timeout"), QString::number(DefaultConnectTimeoutSeconds));
    return PQping(waiting.conninfo().toUtf8().constData()) == PQPING_OK;
}

Result<QSqlDatabase> ServerConnection::open(const ServerAddress& given, const QString& connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(Driver)) {
        return Error {tr("The PostgreSQL driver is not installed: install libqt6sql6-psql")};
    }
    const ServerAddress address = withDefaults(given);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, connectionName);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setDatabaseName(address.databaseName());
        db.setUserName(address.user());
        db.setPassword(address.password());
        db.setConnectOptions(address.connectOptions());
        if (db.open()) {
            // PostgreSQL compiles a statement whose estimated cost is high to machine code (JIT) before running
            // it. The estimates of Kindred's correlated EXISTS columns are in the millions, so the desk's today
            // panel spent two seconds compiling a read that runs in a tenth of one. Kindred's statements are
            // short; none gains from it. Only speed depends on it, so a server that refuses is used as it is.
            if (QSqlQuery jit(db); !jit.exec(QStringLiteral("SET jit = off"))) {
                DiagnosticLog::error(QStringLiteral("server"),
                                     QStringLiteral("SET jit = off: %1").arg(jit.lastError().text()));
            }
            return db;
        }
        // QPSQL's driver text is "Unable to connect"; libpq's reason is the database text.
        failure = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(connectionName);
    DiagnosticLog::error(QStringLiteral("server"), QStringLiteral("%1: %2").arg(address.displayText(), failure));
    Error error = describeFailure(address, failure);
    error.detail = failure;
    return error;
}

ServerAddress ServerConnection::withDefaults(const ServerAddress& given)
{
    ServerAddress address
        = given.withDefault(QStringLiteral("connect_timeout"), QString::number(DefaultConnectTimeoutSeconds))
              .withDefault(QStringLiteral("fallback_application_name"), QStringLiteral("kindred"));
    // libpq's own default is prefer too; written out so that the connect options say what is used, and
    // left to PGSSLMODE when the environment sets it (a stricter mode set there must not be weakened).
    if (qEnvironmentVariableIsEmpty("PGSSLMODE")) {
        address = address.withDefault(QStringLiteral("sslmode"), QStringLiteral("prefer"));
    }
    return address;
}

Error ServerConnection::describeFailure(const ServerAddress& address, const QString& libpqMessage)
{
    // Whether anything answers at that address does not depend on the server's language; what it said
    // when it refused does (its lc_messages), so the texts below are recognised in English only and
    // anything else gets the general message with the server's words behind "Show details".
    // libpq's own words for a server that did not answer within connect_timeout: no second wait for PQping.
    const bool timedOut = libpqMessage.contains(QLatin1String("timeout expired"));
    switch (timedOut ? PQPING_NO_RESPONSE : PQping(address.conninfo().toUtf8().constData())) {
    case PQPING_NO_RESPONSE:
        return Error {tr("The centre server cannot be reached at %1. Check that this computer is on the centre's "
                         "network and that the server is running.")
                          .arg(placeOf(address))};
    case PQPING_REJECT:
        return Error {
            tr("The centre server at %1 is starting or shutting down. Try again in a minute.").arg(placeOf(address))};
    case PQPING_NO_ATTEMPT:
        return Error {tr("The server address is not valid: %1").arg(libpqMessage.trimmed())};
    case PQPING_OK:
        break;
    }
    static const QRegularExpression missing(QStringLiteral(R"re((database|role) "([^"]*)" does not exist)re"));
    const QRegularExpressionMatch match = missing.match(libpqMessage);
    if (match.hasMatch() && match.captured(1) == QLatin1String("database")) {
        return Error {tr("The centre server has no database \"%1\". Check the database name in the server address.")
                          .arg(match.captured(2))};
    }
    if (match.hasMatch()) {
        return Error {tr("The centre server has no user \"%1\". Check the user name in the server address.")
                          .arg(match.captured(2))};
    }
    if (libpqMessage.contains(QLatin1String("password authentication failed"))
        || libpqMessage.contains(QLatin1String("no password supplied"))) {
        return Error {tr("The centre server did not accept the password for \"%1\".").arg(address.user())};
    }
    return Error {tr("The centre server at %1 refused the connection. Ask whoever set up the server to check "
                     "the server address.")
                      .arg(placeOf(address))};
}

} // namespace Kindred
