// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace Kindred {

// A write transaction that takes the store's write lock up front (StoreDriver::beginWrite: SQLite's BEGIN
// IMMEDIATE, the server's advisory lock), so that a read-then-write never fails half way because another
// station wrote in between, and that rolls back on scope exit unless commit() returned ok. Never use
// QSqlDatabase::transaction() for writes: it sends a plain BEGIN that takes no lock.
//
// Every write of a desk passes begin(), so begin() is where the acting user is checked again: once the
// write lock is held, the connection's actor check (SessionCheck::install) re-reads the security
// version and, when another desk changed roles, permissions, an archive or a PIN since the session
// loaded them, reloads the session and refuses the write if its actor may no longer make it. Nothing
// can change the actor's rights between that check and COMMIT: the write lock is held.
class WriteTransaction
{
public:
    enum class Actor {
        Checked, // every write made on behalf of the session's user
        SigningIn, // sign-in bookkeeping (a wrong PIN, a sign-in, a PIN chosen while signing in): written
                   // for someone who is proving who they are, not for the user signed in before
    };
    using ActorCheck = std::function<Result<void>(const QSqlDatabase& db)>;
    using TransactionEnded = std::function<void()>;

    // How long the desk's connection waits for another station's write lock before begin() fails with
    // Error::Code::Busy: short, because the wait blocks the desk's thread. BusyRetry then tries again on a
    // timer. Background connections and command-line jobs keep OpenOptions::busyTimeoutMs.
    static constexpr int DeskBusyTimeoutMs = 100;

    explicit WriteTransaction(QSqlDatabase db, Actor actor = Actor::Checked);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Fails with a receptionist-readable Error when the file is locked or read-only; when another
    // station held the write lock for all of the connection's busy timeout, the Error's code is Busy
    // and nothing was written. Fails with the actor check's Error (and nothing begun) when the acting
    // user may no longer write.
    Result<void> begin();
    // On failure the transaction has been rolled back and nothing was written.
    Result<void> commit();
    void rollback();

    bool isActive() const { return m_active; }

    // How long a write on `db` waits for the write lock (StoreDriver::setLockWait), for this connection only.
    static Result<void> setBusyTimeout(const QSqlDatabase& db, int milliseconds);

    // The check every Actor::Checked transaction on the connection named `connectionName` runs right
    // after BEGIN IMMEDIATE, and what runs when any of its transactions ends (commit or rollback).
    // Thread-safe; one per connection; an empty check removes it.
    static void setActorCheck(const QString& connectionName, ActorCheck check, TransactionEnded ended = {});

private:
    void ended() const;

    QSqlDatabase m_db;
    Actor m_actor;
    bool m_active = false;
};

} // namespace Kindred
