// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Kindred {

class StoreQuery;

// A list of values for `x IN (:name)`, written the same way on both stores: the statement names the list
// once, expand() gives it one placeholder per value (`IN (:name_0, :name_1, …)`) and bind() binds them,
// each with its own type (ids as qint64, keys as text). An empty list becomes `IN (NULL)`, which matches no
// row. (SQLite's json_each() has no PostgreSQL twin with the same meaning; an array parameter has no SQLite one.)
class SqlList
{
public:
    SqlList(QString name, const QList<qint64>& ids);
    SqlList(QString name, const QStringList& texts);

    // `sql` with every `:name` (not `:name_x` or `:names`) replaced by the list's placeholders, or by NULL.
    QString expand(const QString& sql) const;
    // `sql` with every `:name` replaced by a table of one column, `value`, one row per value (none for an
    // empty list), for `FROM :name AS n … n.value`: `(SELECT CAST(:name_0 AS TEXT) AS value UNION ALL …)`.
    // The CAST gives PostgreSQL the parameters' type, which it cannot infer in a select list.
    QString expandAsTable(const QString& sql) const;
    // Binds the values on a query prepared from expand()'s text.
    void bind(StoreQuery& query) const;

    // How many ids one statement takes: a few hundred keeps each statement short and its plan an index seek,
    // and far below SQLite's limit on parameters.
    static constexpr qsizetype ChunkSize = 500;
    // `ids` cut into lists of at most ChunkSize, in order; none for an empty list.
    static QList<QList<qint64>> chunks(const QList<qint64>& ids, qsizetype size = ChunkSize);

private:
    QString placeholder(qsizetype index) const;
    QString replaced(const QString& sql, const QString& by) const;

    QString m_name; // with its colon
    QVariantList m_values;
    bool m_texts = false;
};

} // namespace Kindred
