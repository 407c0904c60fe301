// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketSearchStatements.h"

#include "base/TextFolding.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSet>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SqliteConditionSql
    = QStringLiteral(R"(t.id IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH :match))");
// The expression must be the index's (resources/migrations/postgresql/003_tickets.sql) for the index to serve.
const auto ServerConditionSql = QStringLiteral(R"(t.id IN (SELECT rowid FROM ticket_search
        WHERE array_to_tsvector(string_to_array(body, ' ')) @@ CAST(:match AS tsquery)))");
const auto SqliteCompactSql = QStringLiteral(R"(INSERT INTO ticket_search (ticket_search) VALUES ('optimize'))");

// PostgreSQL's longest lexeme, in bytes (tsvector and tsquery alike).
constexpr qsizetype LongestServerWord = 2047;

// unicode61's default token characters: the categories L*, N* and Co.
bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

QString clipped(const QList<char32_t>& word)
{
    QString text = QString::fromUcs4(word.constData(), word.size());
    if (text.toUtf8().size() <= LongestServerWord) {
        return text;
    }
    QList<char32_t> shorter = word;
    while (!shorter.isEmpty()
           && QString::fromUcs4(shorter.constData(), shorter.size()).toUtf8().size() > LongestServerWord) {
        shorter.removeLast();
    }
    return QString::fromUcs4(shorter.constData(), shorter.size());
}

} // namespace

TicketSearchStatements::TicketSearchStatements(const QSqlDatabase& db)
    : m_db(db)
    , m_kind(StoreDriver::of(db).kind())
{ }

QStringList TicketSearchStatements::words(const QString& text)
{
    QStringList words;
    QList<char32_t> word;
    const QList<uint> codes = foldForSearch(text).toUcs4();
    for (const uint code : codes) {
        if (isWordCharacter(char32_t(code))) {
            word.append(char32_t(code));
        } else if (!word.isEmpty()) {
            words << clipped(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words << clipped(word);
    }
    return words;
}

QString TicketSearchStatements::body(const QString& text) const
{
    if (m_kind == StoreDriver::Kind::Sqlite) {
        return foldForSearch(text);
    }
    // Each word once: the index keeps each once, and the body stays small.
    QStringList unique;
    QSet<QString> seen;
    for (const QString& word : words(text)) {
        if (!seen.contains(word)) {
            seen.insert(word);
            unique << word;
        }
    }
    return unique.join(QLatin1Char(' '));
}

QString TicketSearchStatements::boardCondition() const
{
    return m_kind == StoreDriver::Kind::Sqlite ? SqliteConditionSql : ServerConditionSql;
}

QString TicketSearchStatements::match(const QString& typed) const
{
    // The words hold letters, digits and private-use characters only: no quote or operator of either
    // store's query syntax.
    QStringList terms;
    for (const QString& word : words(typed)) {
        terms << (m_kind == StoreDriver::Kind::Sqlite ? QLatin1Char('"') + word + QStringLiteral("\"*")
                                                      : QLatin1Char('\'') + word + QStringLiteral("':*"));
    }
    return terms.join(m_kind == StoreDriver::Kind::Sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

Result<void> TicketSearchStatements::compact() const
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
