// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlList.h"

#include "store/StoreQuery.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Kindred {

SqlList::SqlList(QString name, const QList<qint64>& ids)
    : m_name(std::move(name))
{
    m_values.reserve(ids.size());
    for (qint64 id : ids) {
        m_values << QVariant(id);
    }
}

SqlList::SqlList(QString name, const QStringList& texts)
    : m_name(std::move(name))
    , m_texts(true)
{
    m_values.reserve(texts.size());
    for (const QString& text : texts) {
        m_values << QVariant(text);
    }
}

QList<QList<qint64>> SqlList::chunks(const QList<qint64>& ids, qsizetype size)
{
    QList<QList<qint64>> chunks;
    for (qsizetype from = 0; from < ids.size(); from += size) {
        chunks << ids.mid(from, size);
    }
    return chunks;
}

QString SqlList::expand(const QString& sql) const
{
    QStringList placeholders;
    placeholders.reserve(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        placeholders << placeholder(i);
    }
    return replaced(sql, placeholders.isEmpty() ? QStringLiteral("NULL") : placeholders.join(QStringLiteral(", ")));
}

QString SqlList::expandAsTable(const QString& sql) const
{
    const QString type = m_texts ? QStringLiteral("TEXT") : QStringLiteral("BIGINT");
    if (m_values.isEmpty()) {
        return replaced(sql, QStringLiteral("(SELECT CAST(NULL AS %1) AS value WHERE 1 = 0)").arg(type));
    }
    QStringList rows;
    rows.reserve(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        rows << QStringLiteral("SELECT CAST(%1 AS %2) AS value").arg(placeholder(i), type);
    }
    return replaced(sql, QLatin1Char('(') + rows.join(QStringLiteral(" UNION ALL ")) + QLatin1Char(')'));
}

void SqlList::bind(StoreQuery& query) const
{
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        query.bindValue(placeholder(i), m_values.at(i));
    }
}

QString SqlList::replaced(const QString& sql, const QString& by) const
{
    QString expanded = sql;
    // A placeholder name ends where Qt's does: at the first character that is not a letter, digit or '_'.
    expanded.replace(QRegularExpression(QRegularExpression::escape(m_name) + QStringLiteral("(?![A-Za-z0-9_])")), by);
    return expanded;
}

QString SqlList::placeholder(qsizetype index) const
{
    return m_name + QLatin1Char('_') + QString::number(index);
}

} // namespace Kindred
