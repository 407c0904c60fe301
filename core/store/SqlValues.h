// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
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

// An instant as Kindred stores it: UTC ISO-8601 text with milliseconds ("2026-03-09T14:30:00.000Z"), for
// a statement or an audit entry. An invalid instant gives an empty string.
inline QString instantText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The same to bind, with an unset (invalid) instant bound as NULL.
inline QVariant sqlInstant(const QDateTime& at)
{
    return at.isValid() ? QVariant(instantText(at)) : QVariant(QMetaType::fromType<QString>());
}

// An instant read back, in UTC: NULL or unreadable text is an invalid QDateTime. Text with an offset is
// converted; text without one is taken as UTC, as every instant in the file is.
inline QDateTime instantFromSql(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        return {};
    }
    if (at.timeSpec() == Qt::LocalTime) {
        at.setTimeZone(QTimeZone::utc());
    }
    return at.toUTC();
}

// A calendar day read back: a NULL calendar day is an invalid QDate.
inline QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace Kindred
