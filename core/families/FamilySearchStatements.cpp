// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilySearchStatements.h"

#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// FTS5 returns a full-text query's rows in rowid order; said here so that both stores promise it.
const auto SqliteMatchSql = QStringLiteral(R"(SELECT rowid, body FROM family_search WHERE family_search MATCH :match
                                              ORDER BY rowid LIMIT :limit)");
const auto ServerSelectSql = QStringLiteral(R"(SELECT rowid, body FROM family_search WHERE true)");
const auto ServerWordSql = QStringLiteral(R"( AND body LIKE :word%1 ESCAPE '\')");
const auto ServerOrderSql = QStringLiteral(R"( ORDER BY rowid LIMIT :limit)");
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

QString FamilySearchStatements::matchSql(qsizetype wordCount) const
{
    if (m_kind == StoreDriver::Kind::Sqlite) {
        return SqliteMatchSql;
    }
    QString sql = ServerSelectSql;
    for (qsizetype i = 0; i < wordCount; ++i) {
        sql += ServerWordSql.arg(i);
    }
    return sql + ServerOrderSql;
}

void FamilySearchStatements::bindWords(StoreQuery& query, const QStringList& words) const
{
    if (m_kind == StoreDriver::Kind::Sqlite) {
        QStringList phrases;
        for (const QString& word : words) {
            phrases << ftsPhrase(word);
        }
        query.bindValue(QStringLiteral(":match"), phrases.join(QLatin1Char(' ')));
        return;
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        query.bindValue(QStringLiteral(":word%1").arg(i), likeAnywhere(words.at(i)));
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
