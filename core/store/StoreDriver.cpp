// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreDriver.h"

#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace Kindred {
namespace {

// The lock wait set on a server connection, kept on its driver so that reconnect() sets it again.
constexpr char LockWaitProperty[] = "kindredLockWaitMs";

Result<qint64> readNumber(const QSqlDatabase& db, const QString& sql)
{
    StoreQuery query(db);
    if (auto done = execRead(query, sql); !done) {
        return done.error();
    }
    qint64 number = 0;
    if (query.next()) {
        number = query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return number;
}

class SqliteDriver final : public StoreDriver
{
public:
    Kind kind() const override { return Kind::Sqlite; }

    // BEGIN IMMEDIATE takes the write lock up front, so a read-then-write never fails half way with
    // SQLITE_BUSY_SNAPSHOT in WAL mode; a deferred BEGIN would.
    Result<void> beginWrite(const QSqlDatabase& db) const override
    {
        return execStatement(db, QStringLiteral("BEGIN IMMEDIATE"));
    }

    Result<void> setLockWait(const QSqlDatabase& db, int milliseconds) const override
    {
        return execStatement(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
    }

    void setBulkLoading(const QSqlDatabase& db, bool bulk) const override
    {
        // Back to the values Database::configure sets on every connection.
        (void)execStatement(db, QStringLiteral("PRAGMA cache_size = %1").arg(bulk ? -524288 : -32000));
        (void)execStatement(
            db, QStringLiteral("PRAGMA synchronous = %1").arg(bulk ? QLatin1String("NORMAL") : QLatin1String("FULL")));
    }

    Result<qint64> dataVersion(const QSqlDatabase& db) const override
    {
        return readNumber(db, QStringLiteral("PRAGMA data_version"));
    }

    QString numericOrder(const QString& column) const override { return column; }
    QString textOrder(const QString& expression) const override { return expression; }
    QString caselessTextOrder(const QString& expression) const override
    {
        return QStringLiteral("lower(%1)").arg(expression);
    }

    bool connectionLost(const QSqlDatabase&) const override { return false; }

    Result<void> reconnect(QSqlDatabase) const override { return {}; }

    bool notifiesChanges() const override { return false; }
    Result<void> listenForChanges(const QSqlDatabase&) const override { return {}; }
    void stopListeningForChanges(const QSqlDatabase&) const override { }
};

class ServerDriver final : public StoreDriver
{
public:
    Kind kind() const override { return Kind::Server; }

    // READ COMMITTED under the one write lock: each statement sees every write committed before it, and no
    // other write can commit until this one ends, so what was read stays true (SQLite's BEGIN IMMEDIATE).
    Result<void> beginWrite(const QSqlDatabase& db) const override
    {
        if (auto begun = execStatement(db, QStringLiteral("BEGIN")); !begun) {
            return begun;
        }
        if (auto locked = execStatement(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ServerWriteLockKey));
            !locked) {
            (void)execStatement(db, QStringLiteral("ROLLBACK"));
            return locked;
        }
        return {};
    }

    // lock_timeout bounds the wait for the advisory lock (and any row lock); past it the statement fails
    // with SQLSTATE 55P03, which StoreError calls Busy.
    Result<void> setLockWait(const QSqlDatabase& db, int milliseconds) const override
    {
        if (db.driver()) {
            db.driver()->setProperty(LockWaitProperty, milliseconds);
        }
        return execStatement(db, QStringLiteral("SET lock_timeout = %1").arg(qMax(1, milliseconds)));
    }

    void setBulkLoading(const QSqlDatabase& db, bool bulk) const override
    {
        (void)execStatement(
            db, QStringLiteral("SET synchronous_commit = %1").arg(bulk ? QLatin1String("off") : QLatin1String("on")));
    }

    // The server's write-ahead log position moves with every commit on it (and with its own housekeeping,
    // which only costs the desk one needless read).
    Result<qint64> dataVersion(const QSqlDatabase& db) const override
    {
        return readNumber(db, QStringLiteral("SELECT pg_current_wal_insert_lsn() - '0/0'"));
    }

    QString numericOrder(const QString& column) const override { return QStringLiteral("length(%1), %1").arg(column); }

    QString textOrder(const QString& expression) const override
    {
        return QStringLiteral("(%1) COLLATE \"C\"").arg(expression);
    }

    QString caselessTextOrder(const QString& expression) const override
    {
        return QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"")
            .arg(expression);
    }

    // libpq knows: a broken socket or a server that said goodbye leaves the connection CONNECTION_BAD.
    bool connectionLost(const QSqlDatabase& db) const override
    {
        if (!db.isOpen() || !db.driver()) {
            return true;
        }
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "PGconn*") != 0) {
            return false;
        }
        auto* connection = *static_cast<PGconn* const*>(handle.constData());
        return !connection || PQstatus(connection) == CONNECTION_BAD;
    }

    Result<void> reconnect(QSqlDatabase db) const override
    {
        db.close();
        if (!db.open()) {
            return StoreError::serverUnreachable();
        }
        if (const QVariant wait = db.driver()->property(LockWaitProperty); wait.isValid()) {
            return setLockWait(db, wait.toInt());
        }
        return {};
    }

    bool notifiesChanges() const override { return true; }

    // QPSQL sends LISTEN and watches the connection's socket; a notification consumed while a query ran on
    // the connection is handed on after it too.
    Result<void> listenForChanges(const QSqlDatabase& db) const override
    {
        QSqlDriver* driver = db.driver();
        if (driver->subscribedToNotifications().contains(QString(ChangeChannel))) {
            return {};
        }
        if (!driver->subscribeToNotification(QString(ChangeChannel))) {
            return StoreError::fromSql(driver->lastError());
        }
        return {};
    }

    void stopListeningForChanges(const QSqlDatabase& db) const override
    {
        if (db.isOpen() && db.driver()->subscribedToNotifications().contains(QString(ChangeChannel))) {
            db.driver()->unsubscribeFromNotification(QString(ChangeChannel));
        }
    }
};

} // namespace

const StoreDriver& StoreDriver::of(const QSqlDatabase& db)
{
    return of(db.driver());
}

const StoreDriver& StoreDriver::of(const QSqlDriver* driver)
{
    static const SqliteDriver sqlite;
    static const ServerDriver server;
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        return server;
    }
    return sqlite;
}

} // namespace Kindred
