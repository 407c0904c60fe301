// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace Kindred {

// A write transaction that takes the write lock up front (BEGIN IMMEDIATE), so that a
// read-then-write never fails half way with SQLITE_BUSY_SNAPSHOT in WAL mode, and that rolls
// back on scope exit unless commit() returned ok. Never use QSqlDatabase::transaction() for
// writes: it sends a deferred BEGIN.
class WriteTransaction
{
public:
    // How long the desk's connection waits for another station's write lock before begin() fails with
    // Error::Code::Busy: short, because the wait blocks the desk's thread. BusyRetry then tries again on a
    // timer. Background connections and command-line jobs keep OpenOptions::busyTimeoutMs.
    static constexpr int DeskBusyTimeoutMs = 100;

    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Fails with a receptionist-readable Error when the file is locked or read-only; when another
    // station held the write lock for all of the connection's busy timeout, the Error's code is Busy
    // and nothing was written.
    Result<void> begin();
    // On failure the transaction has been rolled back and nothing was written.
    Result<void> commit();
    void rollback();

    bool isActive() const { return m_active; }

    // How long a write on `db` waits for the write lock (PRAGMA busy_timeout), for this connection only.
    static Result<void> setBusyTimeout(const QSqlDatabase& db, int milliseconds);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Kindred
