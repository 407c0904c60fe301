// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/StoreDriver.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kindred {

class StoreQuery;

// The family search's one statement that differs between the stores: the families whose folded body
// holds every given word (of three characters or more) as a substring, in family id order on both.
//   SQLite: an FTS5 trigram table, each word a phrase ("a phrase is a substring" with that tokenizer).
//   Server: a table with a pg_trgm GIN index, each word a LIKE '%word%' (\, % and _ escaped), which the
//   index serves.
class FamilySearchStatements
{
public:
    explicit FamilySearchStatements(const QSqlDatabase& db);

    // SELECT rowid, body for `wordCount` words, with the placeholders bindWords() fills and :limit.
    QString matchSql(qsizetype wordCount) const;
    void bindWords(StoreQuery& query, const QStringList& words) const;
    // Clears from the search index what deleted rows left behind, inside the caller's transaction (SQLite:
    // FTS5's 'optimize' merges the segments that still hold their trigrams). Fails as StoreError says.
    Result<void> compact() const;

private:
    QSqlDatabase m_db;
    StoreDriver::Kind m_kind;
};

} // namespace Kindred
