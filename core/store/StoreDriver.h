// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QString>

class QSqlDatabase;
class QSqlDriver;

namespace Kindred {

// What differs between the two stores while Kindred runs, asked of a connection: how a write takes the
// store's write lock and how long it waits for another station's, and how a desk learns that another
// connection committed. With StoreSchema (the schema and its upgrades) the only place that tells the data
// file (SQLite) from the centre server (PostgreSQL); the services ask these, never the driver's name.
//
// Both stores let one write transaction run at a time and never make one wait for a reader: SQLite by its
// file lock (BEGIN IMMEDIATE), the server by one transaction-scoped advisory lock taken right after BEGIN.
// So every rule a service checks inside its WriteTransaction (a child not yet checked in, a ticket still in
// the state it moves from, a security code not yet issued, the actor's rights) holds until COMMIT on both
// stores alike, as the two-station tests prove on each, and a write never fails half way because another
// station wrote between its read and its write.
class StoreDriver
{
public:
    enum class Kind { Sqlite, Server };

    // The PostgreSQL channel on which the server's triggers announce committed changes (migration 018), each
    // notification's payload naming a ChangeFeed topic.
    static constexpr QLatin1String ChangeChannel {"kindred_changes"};

    // The server's write lock, in pg_advisory_xact_lock's 64-bit key space: Kindred's identity ("KDn1",
    // which alone locks schema upgrades) followed by 1.
    static constexpr qint64 ServerWriteLockKey = (qint64(0x4b446e31) << 32) | 1;

    static const StoreDriver& of(const QSqlDatabase& db);
    static const StoreDriver& of(const QSqlDriver* driver);

    virtual ~StoreDriver() = default;

    virtual Kind kind() const = 0;
    // Begins a write transaction holding the store's write lock until COMMIT or ROLLBACK. Fails, with
    // nothing begun, as StoreError says: Busy when another station held the lock for the whole wait.
    virtual Result<void> beginWrite(const QSqlDatabase& db) const = 0;
    // How long, for this connection, a write waits for another station's write lock before failing as Busy.
    virtual Result<void> setLockWait(const QSqlDatabase& db, int milliseconds) const = 0;
    // Whether this connection is loading many records at once (the demo's years of history): commits then
    // need not wait for the disk (a power cut loses the last ones, never the store's consistency) and SQLite
    // keeps a larger cache for the growing indexes. Best effort: a store that refuses only loads slower.
    virtual void setBulkLoading(const QSqlDatabase& db, bool bulk) const = 0;
    // A number that changes when another connection has committed something since it was last asked, cheap
    // enough to ask twice a second: the desk's cue to read again what may have changed.
    virtual Result<qint64> dataVersion(const QSqlDatabase& db) const = 0;
    // An ORDER BY term that sorts `column`, which holds non-negative integers, by their value: SQLite keeps them
    // as integers (and its index serves the order), the server as TEXT (record_digests.row_key), where "10"
    // would sort before "9", so there the shorter comes first.
    virtual QString numericOrder(const QString& column) const = 0;
    // An ORDER BY term that sorts the text `expression` byte by byte of its UTF-8, as SQLite's BINARY collation
    // does: on the server with COLLATE "C", whatever collation its database was made with (an ICU one sorts "a"
    // before "B" and "É" beside "E"), so that a report lists names in one order from a data file and from the
    // server it moved to (issue 16, point 12).
    virtual QString textOrder(const QString& expression) const = 0;
    // The same for lower(`expression`), with SQLite's lower(), which folds A–Z alone: the server's lower()
    // folds every letter its locale knows ("É" to "é"), so there A–Z alone are folded (translate).
    virtual QString caselessTextOrder(const QString& expression) const = 0;
    // Whether the connection to the store is gone (the server restarted, the network dropped): every statement
    // on it fails until reconnect(). Never for a data file.
    virtual bool connectionLost(const QSqlDatabase& db) const = 0;
    // Opens the lost connection again, with what was set on it before (the lock wait). A statement prepared
    // before is gone with the old connection: prepare again. Fails when the server still cannot be reached.
    virtual Result<void> reconnect(QSqlDatabase db) const = 0;
    // Whether the store itself tells a listening connection that another one committed (the server's
    // LISTEN/NOTIFY on ChangeChannel, delivered by the connection's QSqlDriver::notification), or a desk must ask
    // dataVersion() on a short timer (a data file: SQLite has no such message between processes).
    virtual bool notifiesChanges() const = 0;
    // Starts receiving the store's change notifications on this connection, on the thread that owns it (its
    // event loop delivers them). Fails, with nothing subscribed, as StoreError says; on a store that does not
    // notify it does nothing.
    virtual Result<void> listenForChanges(const QSqlDatabase& db) const = 0;
    virtual void stopListeningForChanges(const QSqlDatabase& db) const = 0;
};

} // namespace Kindred
