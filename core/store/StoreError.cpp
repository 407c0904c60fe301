// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreError.h"

#include "base/DiagnosticLog.h"
#include "store/BoundValues.h"
#include "store/FailureNotifier.h"
#include "store/StoreQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Kindred {

StoreError::Kind StoreError::kindOf(const QSqlError& error)
{
    if (isFromServer(error)) {
        return kindOfSqlState(error.nativeErrorCode());
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // primary result code
    if (!ok) {
        return Kind::Other;
    }
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Kind::ReadOnly;
    case SQLITE_CANTOPEN:
        return Kind::CantOpen;
    case SQLITE_FULL:
        return Kind::Full;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Kind::Corrupt;
    case SQLITE_CONSTRAINT:
        return Kind::Constraint;
    case SQLITE_IOERR:
        return Kind::IoError;
    default:
        return Kind::Other;
    }
}

StoreError::Kind StoreError::kindOfSqlState(const QString& state)
{
    const QStringView category = QStringView(state).left(2);
    // 40001: serialization failure, 40P01: deadlock: the transaction was given up, and running it again works.
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        return Kind::Dropped;
    }
    // 55P03: a lock not granted within lock_timeout (another station holds the write lock).
    if (state == QLatin1String("55P03")) {
        return Kind::Busy;
    }
    // 08: the connection failed; 57P01-57P03: the server is shutting down, crashed or not yet accepting.
    if (category == QLatin1String("08") || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03")) {
        return Kind::Unreachable;
    }
    // 23: a constraint (unique, check, foreign key); P0001: a trigger's refusal, SQLite's RAISE(ABORT).
    if (category == QLatin1String("23") || state == QLatin1String("P0001")) {
        return Kind::Constraint;
    }
    // 25006: a read-only transaction (a hot standby); 42501: the role may not do this.
    if (state == QLatin1String("25006") || state == QLatin1String("42501")) {
        return Kind::ReadOnly;
    }
    if (state == QLatin1String("53100")) {
        return Kind::Full;
    }
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) {
        return Kind::Corrupt;
    }
    if (state == QLatin1String("58030")) {
        return Kind::IoError;
    }
    return Kind::Other;
}

Error StoreError::fromSql(const QSqlError& error)
{
    DiagnosticLog::error(isFromServer(error) ? QStringLiteral("server") : QStringLiteral("sqlite"),
                         QStringLiteral("code %1: %2").arg(error.nativeErrorCode(), error.text()));
    FailureNotifier::instance()->notify();
    Error described = describe(error);
    described.detail = error.text();
    return described;
}

Error StoreError::describeServer(const QSqlError& error)
{
    switch (kindOf(error)) {
    case Kind::Busy: {
        Error busy {tr("Another Kindred station is saving at this moment. Nothing was changed; please try again.")};
        busy.code = Error::Code::Busy;
        return busy;
    }
    case Kind::Dropped: {
        Error dropped {tr("Another station's change crossed this one on the centre server. Nothing was changed; "
                          "please try again.")};
        dropped.code = Error::Code::Transient;
        return dropped;
    }
    case Kind::Unreachable: {
        // Before COMMIT the server rolls the transaction back; WriteTransaction::commit says so when it was COMMIT.
        Error lost {tr("Kindred lost its connection to the centre server. Nothing was changed.")};
        lost.code = Error::Code::Transient;
        return lost;
    }
    case Kind::ReadOnly:
        return {tr("The centre server does not let Kindred make this change (it is read-only, or Kindred's "
                   "database user may not). Nothing was changed. Ask whoever set up the server.")};
    case Kind::Full:
        return {tr("The centre server's disk is full, so Kindred could not save. Nothing was changed. Ask whoever "
                   "looks after the server to free some space.")};
    case Kind::Corrupt:
    case Kind::IoError:
        return {tr("The centre server reported damage or a disk error while Kindred was working. Nothing was "
                   "changed. Ask whoever looks after the server to check it.")};
    case Kind::Constraint:
        return {tr("This change conflicts with records already saved (%1). Nothing was changed.")
                    .arg(error.databaseText())};
    case Kind::CantOpen:
    case Kind::Other:
        break;
    }
    return {tr("Kindred could not complete this change: %1. Nothing was changed.").arg(error.text())};
}

Error StoreError::describe(const QSqlError& error)
{
    if (isFromServer(error)) {
        return describeServer(error);
    }
    switch (kindOf(error)) {
    case Kind::Busy: {
        Error busy {tr("Another Kindred station is saving at this moment. Nothing was changed; please try again.")};
        busy.code = Error::Code::Busy;
        return busy;
    }
    case Kind::CantOpen:
        return {tr("Kindred could not open a file it needs beside the data file (its folder may not let Kindred "
                   "create files). Nothing was changed. Ask whoever looks after this computer to check the folder's "
                   "permissions.")};
    case Kind::ReadOnly:
        return {tr("The Kindred data file cannot be written to (it is read-only or its folder is). Nothing was "
                   "changed. Ask whoever looks after this computer to check the file's permissions.")};
    case Kind::Full:
        return {tr("The disk is full, so Kindred could not save. Nothing was changed. Free some space on the disk "
                   "and try again.")};
    case Kind::Corrupt:
        // Damage met by one statement, not yet confirmed by integrity_check: the file is checked at the next open,
        // which says whether a backup is needed (point 4 of issue 12: no "restore a backup" on a guess).
        return {tr("Kindred met a damaged part of the data file. Nothing was changed. Close Kindred and open it "
                   "again: it checks the whole file and says what to do.")};
    case Kind::Constraint:
        return {tr("This change conflicts with records already saved (%1). Nothing was changed.")
                    .arg(error.databaseText())};
    case Kind::IoError: {
        const int extended = error.nativeErrorCode().toInt();
        if (extended == SQLITE_IOERR_FSYNC || extended == SQLITE_IOERR_DIR_FSYNC) {
            // The change may already be in the WAL: a crash before the next write can bring it back whole, so
            // "nothing was changed" would not be true.
            return {tr("The disk reported an error while Kindred was making this change safe, so Kindred cannot be "
                       "sure whether it was saved. Look at the record before doing it again, and have the disk "
                       "checked.")};
        }
        if (extended == SQLITE_IOERR_READ || extended == SQLITE_IOERR_SHORT_READ) {
            return {tr("The disk reported an error while Kindred was reading the data file. Nothing was changed. "
                       "Check the disk and try again.")};
        }
        return {tr("The disk reported an error while Kindred was saving. Nothing was changed. Check the disk and "
                   "try again.")};
    }
    case Kind::Unreachable: // the server's only
    case Kind::Dropped:
    case Kind::Other:
        break;
    }
    return {tr("Kindred could not complete this change: %1. Nothing was changed.").arg(error.text())};
}

Error StoreError::serverUnreachable()
{
    return {tr("The centre server cannot be reached. Nothing was changed, and what you typed is still here: try "
               "again in a moment. If it goes on, ask whoever looks after the server or the network.")};
}

Error StoreError::commitUncertain()
{
    return {tr("Kindred lost its connection to the centre server while saving. When the server answers again, look "
               "at the record before doing this again: Kindred cannot tell whether the server saved it.")};
}

namespace {

// StoreQuery hides QSqlQuery's exec() and lastError(), so each kind of query runs through its own.
template<typename Query> Result<void> execPrepared(Query& query)
{
    // A prepare() that failed (SQLite could not read the schema) leaves its error on the query; exec() would
    // replace it with Qt's "Parameter count mismatch", hiding the disk error from the message.
    adaptBoundValues(query);
    if (query.lastError().isValid() || !query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return StoreError::fromSql(error);
    }
    return {};
}

} // namespace

Result<void> execQuery(StoreQuery& query)
{
    return execPrepared(query);
}

Result<void> execQuery(QSqlQuery& query)
{
    return execPrepared(query);
}

Result<void> execStatement(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return StoreError::fromSql(query.lastError());
    }
    return {};
}

} // namespace Kindred
