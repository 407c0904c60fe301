// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilySearchStatements.h"

#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// FTS5 returns a full-text query's rows in rowid order; said here so that both stores promise it.
const auto SqliteMatchSql = QStringLiteral(R"(SELECT rowid FROM family_search WHERE family_search MATCH :match%1
                                              ORDER BY rowid LIMIT :limit)");
const auto SqliteShortWordSql = QStringLiteral(R"( AND instr(body, :short%1) > 0)");
// The server's first statement reads the oldest HeadRows families by id and no further; the second asks the
// trigram index for every match ("rowid + 0" keeps the planner from walking the primary key instead) and keeps
// the lowest ids. A thousand rows: the head's reading is wasted whenever the matches are fewer than one in twenty
// or lie among the newer families (a card-code prefix), and the bench's keystrokes at 100,000 children gave the
// lowest p99 of both statements together at 750 to 1,250 rows (3.2 ms against 3.4 ms at 2,000).
constexpr int HeadRows = 1000;
const auto ServerHeadSql = QStringLiteral(R"(SELECT rowid FROM (SELECT rowid, body FROM family_search
                                                                ORDER BY rowid LIMIT %1) AS head
                                             WHERE true%2 ORDER BY rowid LIMIT :limit)");
const auto ServerIndexSql = QStringLiteral(R"(SELECT rowid FROM family_search WHERE true%1
                                              ORDER BY rowid + 0 LIMIT :limit)");
const auto ServerWordSql = QStringLiteral(R"( AND body LIKE :word%1 ESCAPE '\')");
const auto ServerShortWordSql = QStringLiteral(R"( AND strpos(body, :short%1) > 0)");
const auto SqliteCompactSql = QStringLiteral(R"(INSERT INTO family_search (family_search) VALUES ('optimize'))");

QString ftsPhrase(const QString& word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likeAnywhere(const QString& word)
{
    QString escaped;
    escaped.reserve(word.size() + 2);
    for (const QChar c : word) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

FamilySearchStatements::FamilySearchStatements(const QSqlDatabase& db)
    : m_db(db)
    , m_kind(StoreDriver::of(db).kind())
{ }

QStringList FamilySearchStatements::matchSqls(qsizetype indexedCount, qsizetype shortCount) const
{
    QString shortWords;
    for (qsizetype i = 0; i < shortCount; ++i) {
        shortWords += (m_kind == StoreDriver::Kind::Sqlite ? SqliteShortWordSql : ServerShortWordSql).arg(i);
    }
    if (m_kind == StoreDriver::Kind::Sqlite) {
        return {SqliteMatchSql.arg(shortWords)};
    }
    QString conditions;
    for (qsizetype i = 0; i < indexedCount; ++i) {
        conditions += ServerWordSql.arg(i);
    }
    conditions += shortWords;
    return {ServerHeadSql.arg(HeadRows).arg(conditions), ServerIndexSql.arg(conditions)};
}

void FamilySearchStatements::bindWords(StoreQuery& query, const QStringList& indexed,
                                       const QStringList& shortWords) const
{
    for (qsizetype i = 0; i < shortWords.size(); ++i) {
        query.bindValue(QStringLiteral(":short%1").arg(i), shortWords.at(i));
    }
    if (m_kind == StoreDriver::Kind::Sqlite) {
        QStringList phrases;
        for (const QString& word : indexed) {
            phrases << ftsPhrase(word);
        }
        query.bindValue(QStringLiteral(":match"), phrases.join(QLatin1Char(' ')));
        return;
    }
    for (qsizetype i = 0; i < indexed.size(); ++i) {
        query.bindValue(QStringLiteral(":word%1").arg(i), likeAnywhere(indexed.at(i)));
    }
}

Result<void> FamilySearchStatements::compact() const
{
    // The server's deleted rows are dead tuples that (auto)vacuum reclaims; VACUUM cannot run inside the
    // caller's transaction.
    if (m_kind != StoreDriver::Kind::Sqlite) {
        return {};
    }
    StoreQuery query(m_db);
    query.prepare(SqliteCompactSql);
    return execQuery(query);
}

} // namespace Kindred
