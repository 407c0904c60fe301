// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Kindred {

// One consistent view of the store for a check that reads many statements (the audit chain), so that a row
// another station writes meanwhile is not taken for a removal or a gap. Inside the caller's transaction it
// nests as a savepoint; outside one it begins a read transaction of its own (SQLite: a savepoint, which is a
// deferred transaction; the server: REPEATABLE READ, READ ONLY), ended on scope exit. Best effort: a store that
// refuses leaves the reads to run one by one, as they would without it.
class ReadSnapshot
{
public:
    ReadSnapshot(const QSqlDatabase& db, const QString& name);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    enum class Kind { None, Savepoint, Transaction } m_kind = Kind::None;
};

} // namespace Kindred
