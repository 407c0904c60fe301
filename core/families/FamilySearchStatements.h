// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/StoreDriver.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kindred {

class StoreQuery;

// The family search's statements that differ between the stores: the families whose folded body holds every
// given word as a substring, in family id (rowid) order on both, at most :limit.
//   Words of three characters or more are served by the index. SQLite: an FTS5 trigram table, each word a
//   phrase ("a phrase is a substring" with that tokenizer). Server: a pg_trgm GIN index, each word a
//   LIKE '%word%' (\, % and _ escaped).
//   Shorter words have no trigram: each match's body is tested for them in the same statement (instr on
//   SQLite, strpos on the server), so that the first :limit families are exact on both stores.
class FamilySearchStatements
{
public:
    explicit FamilySearchStatements(const QSqlDatabase& db);

    // The statements to run in turn, each SELECT rowid with the placeholders bindWords() fills and :limit.
    // An answer of :limit rows is final; a shorter one is final only from the last statement. On the server
    // the first reads the oldest families in order and stops early, which is fast when matches are many; the
    // second asks the index for every match and sorts them, which is fast when they are few. PostgreSQL's
    // planner cannot tell these cases apart (it takes matches as spread evenly over the ids), and its
    // wrong guesses cost tens of milliseconds at 100,000 children: a card code or phone prefix whose
    // families are all recent, read one by one from the oldest.
    QStringList matchSqls(qsizetype indexedCount, qsizetype shortCount) const;
    void bindWords(StoreQuery& query, const QStringList& indexed, const QStringList& shortWords) const;
    // Clears from the search index what deleted rows left behind, inside the caller's transaction (SQLite:
    // FTS5's 'optimize' merges the segments that still hold their trigrams). Fails as StoreError says.
    Result<void> compact() const;

private:
    QSqlDatabase m_db;
    StoreDriver::Kind m_kind;
};

} // namespace Kindred
