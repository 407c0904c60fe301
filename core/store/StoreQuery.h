// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Kindred {

// A statement of core, run the fastest way its store allows. Core declares its statements as StoreQuery
// instead of QSqlQuery and uses them the same way (prepare, bind, exec, next, value).
//
// On SQLite it is QSqlQuery: SQLite prepares the statement in the process, which costs nothing to speak of.
// On the server QPSQL prepares each statement by name, runs it and deallocates it again: three round trips for
// every statement, and a fresh plan each time, since a statement lives only as long as its query. A check-in
// runs a dozen statements and the board a few, so the round trips alone took longer than the work. Here the
// statement's values are written into its text and the text runs in one round trip. Each value is a quoted
// literal escaped by the driver (libpq's PQescapeStringConn, what QPSQL's own EXECUTE uses) or NULL; quoted,
// a number is a literal of no type yet, which PostgreSQL types from where it stands as it would a parameter
// (an id compared with a BIGINT column, a LIMIT), so the statement means what its prepared form meant. A flag
// is written 1 or 0, as adaptBoundValues() binds it.
//
// On the server a placeholder with no value bound is an error (exec() fails and says which), where QSqlQuery
// would quietly run it with NULL: the one way to lose a value here is binding through a plain QSqlQuery&,
// which reaches QSqlQuery's own, unprepared statement.
class StoreQuery : public QSqlQuery
{
public:
    explicit StoreQuery(const QSqlDatabase& db);

    bool prepare(const QString& sql);
    void bindValue(const QString& placeholder, const QVariant& value);
    void bindValue(int position, const QVariant& value);
    void addBindValue(const QVariant& value);
    QVariant boundValue(const QString& placeholder) const;
    QVariantList boundValues() const;
    bool exec();
    bool exec(const QString& sql);
    QSqlError lastError() const;

    // The text exec() runs on the server (for tests): the prepared text with the values bound now.
    // Empty on SQLite, or when a placeholder has no value.
    QString inlinedText() const;

private:
    // A piece of the prepared text: text as written, or a placeholder (its name with the colon, or "?").
    struct Piece
    {
        QString text;
        bool placeholder = false;
    };
    QString literal(const QVariant& value) const;
    // The value bound to the placeholder at `position` (by position first, then by name); none when unbound.
    const QVariant* valueAt(int position) const;

    bool m_inline = false;
    QList<Piece> m_pieces;
    QList<QString> m_placeholders; // in the order they appear; "?" for a positional one
    QHash<QString, QVariant> m_named;
    QHash<int, QVariant> m_positional; // by index among all placeholders
    int m_nextPosition = 0; // addBindValue's next index
    QSqlError m_error;
};

} // namespace Kindred
