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
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Fails with a receptionist-readable Error when the file is locked or read-only.
    Result<void> begin();
    // On failure the transaction has been rolled back and nothing was written.
    Result<void> commit();
    void rollback();

    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Kindred
