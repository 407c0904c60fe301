// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/StoreDriver.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kindred {

// The ticket search as each store keeps it, so that a search finds the same tickets on both. A ticket's
// text is folded and cut into words where SQLite's FTS5 unicode61 tokenizer cuts it (runs of letters,
// digits and private-use characters; everything else separates); what was typed is cut the same way, and
// a ticket matches when each typed word begins one of its words.
//   SQLite: an FTS5 table over the folded text, searched with "word"* terms.
//   Server: the ticket's words themselves, each once, joined by single spaces, under a GIN index over
//   array_to_tsvector(string_to_array(body, ' ')), searched with a 'word':* tsquery. The words are taken
//   as they are: PostgreSQL's own text parser keeps "jean-luc", e-mail addresses and "-34" whole, and
//   reads letters by the server's locale, so it would cut differently from FTS5.
class TicketSearchStatements
{
public:
    explicit TicketSearchStatements(const QSqlDatabase& db);

    // The words of a text as both stores search them: folded, cut where unicode61 cuts, each word at most
    // as long as the server keeps one (2,047 bytes of UTF-8; longer ones are cut short, still a prefix).
    static QStringList words(const QString& text);

    // The body to store in ticket_search for a ticket's whole text, not yet folded.
    QString body(const QString& text) const;
    // A condition on t.id for the board's query, with the placeholder :match.
    QString boardCondition() const;
    // The value bound as :match for what was typed: empty when nothing searchable was typed.
    QString match(const QString& typed) const;
    // Clears from the search index what deleted rows left behind, inside the caller's transaction (SQLite:
    // FTS5's 'optimize' merges the segments that still hold their words). Fails as StoreError says.
    Result<void> compact() const;

private:
    QSqlDatabase m_db;
    StoreDriver::Kind m_kind;
};

} // namespace Kindred
