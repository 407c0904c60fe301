// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace Kindred {

// Values bound to statements. A null QString binds as SQL NULL, which NOT NULL text columns refuse,
// so text is always bound as a (possibly empty) string; ids and dates that are unset bind as NULL.
inline QVariant sqlText(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

inline QVariant sqlTrimmed(const QString& text)
{
    return sqlText(text.trimmed());
}

inline QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// And read back: a NULL calendar day is an invalid QDate.
inline QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace Kindred
