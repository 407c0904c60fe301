// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QTime>

namespace Kindred {
namespace {

bool startsName(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool inName(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// As QSqlResult takes a value for NULL: a null variant, string, byte array, or an invalid date or time.
bool isNullValue(const QVariant& value)
{
    if (value.isNull()) {
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    default:
        return false;
    }
}

QString quoted(const QString& plain)
{
    return QLatin1Char('\'') + plain + QLatin1Char('\'');
}

} // namespace

StoreQuery::StoreQuery(const QSqlDatabase& db)
    : QSqlQuery(db)
    , m_inline(db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
{ }

bool StoreQuery::prepare(const QString& sql)
{
    m_error = QSqlError();
    if (!m_inline) {
        return QSqlQuery::prepare(sql);
    }
    m_pieces.clear();
    m_placeholders.clear();
    m_named.clear();
    m_positional.clear();
    m_nextPosition = 0;
    // Split the text at its placeholders, leaving alone what looks like one inside a string, a quoted name or
    // a comment, and PostgreSQL's casts (`x::text`).
    QString text;
    const qsizetype size = sql.size();
    const auto copyUntil = [&](qsizetype& i, QLatin1StringView end) {
        const qsizetype found = sql.indexOf(end, i);
        const qsizetype stop = found < 0 ? size : found + end.size();
        text += QStringView(sql).sliced(i, stop - i);
        i = stop;
    };
    for (qsizetype i = 0; i < size;) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < size ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // A doubled quote inside ends the string and starts it again: the same text either way.
            text += c;
            ++i;
            copyUntil(i, c == QLatin1Char('\'') ? QLatin1StringView("'") : QLatin1StringView("\""));
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            copyUntil(i, QLatin1StringView("\n"));
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            copyUntil(i, QLatin1StringView("*/"));
        } else if (c == QLatin1Char(':') && next == QLatin1Char(':')) {
            text += QLatin1String("::");
            i += 2;
        } else if ((c == QLatin1Char(':') && startsName(next)) || c == QLatin1Char('?')) {
            qsizetype end = i + 1;
            while (c == QLatin1Char(':') && end < size && inName(sql.at(end))) {
                ++end;
            }
            m_pieces << Piece {text, false};
            text.clear();
            const QString name = sql.mid(i, end - i);
            m_pieces << Piece {name, true};
            m_placeholders << name;
            i = end;
        } else {
            text += c;
            ++i;
        }
    }
    m_pieces << Piece {text, false};
    return true;
}

void StoreQuery::bindValue(const QString& placeholder, const QVariant& value)
{
    if (!m_inline) {
        QSqlQuery::bindValue(placeholder, value);
        return;
    }
    m_named.insert(placeholder.startsWith(QLatin1Char(':')) ? placeholder : QLatin1Char(':') + placeholder, value);
}

void StoreQuery::bindValue(int position, const QVariant& value)
{
    if (!m_inline) {
        QSqlQuery::bindValue(position, value);
        return;
    }
    m_positional.insert(position, value);
}

void StoreQuery::addBindValue(const QVariant& value)
{
    if (!m_inline) {
        QSqlQuery::addBindValue(value);
        return;
    }
    m_positional.insert(m_nextPosition++, value);
}

QVariant StoreQuery::boundValue(const QString& placeholder) const
{
    if (!m_inline) {
        return QSqlQuery::boundValue(placeholder);
    }
    return m_named.value(placeholder.startsWith(QLatin1Char(':')) ? placeholder : QLatin1Char(':') + placeholder);
}

QVariantList StoreQuery::boundValues() const
{
    if (!m_inline) {
        return QSqlQuery::boundValues();
    }
    QVariantList values;
    for (int position = 0; position < int(m_placeholders.size()); ++position) {
        const QVariant* value = valueAt(position);
        values << (value ? *value : QVariant());
    }
    return values;
}

const QVariant* StoreQuery::valueAt(int position) const
{
    if (const auto byPosition = m_positional.constFind(position); byPosition != m_positional.constEnd()) {
        return &byPosition.value();
    }
    if (const auto byName = m_named.constFind(m_placeholders.at(position)); byName != m_named.constEnd()) {
        return &byName.value();
    }
    return nullptr;
}

QString StoreQuery::inlinedText() const
{
    if (!m_inline) {
        return {};
    }
    QString text;
    int position = 0;
    for (const Piece& piece : m_pieces) {
        if (!piece.placeholder) {
            text += piece.text;
            continue;
        }
        const QVariant* value = valueAt(position++);
        if (!value) {
            return {};
        }
        text += literal(*value);
    }
    return text;
}

bool StoreQuery::exec()
{
    m_error = QSqlError();
    if (!m_inline) {
        return QSqlQuery::exec();
    }
    for (int position = 0; position < int(m_placeholders.size()); ++position) {
        if (!valueAt(position)) {
            m_error = QSqlError(
                QCoreApplication::translate("Kindred::StoreQuery", "No value for %1").arg(m_placeholders.at(position)),
                QString(), QSqlError::StatementError);
            return false;
        }
    }
    const QString text = inlinedText();
    // libpq's single-row mode would lose the rest of the rows to the next statement (see NestedRead.h).
    if (isForwardOnly() && !isActive()) {
        setForwardOnly(false);
    }
    return QSqlQuery::exec(text);
}

bool StoreQuery::exec(const QString& sql)
{
    m_error = QSqlError();
    return QSqlQuery::exec(sql);
}

QSqlError StoreQuery::lastError() const
{
    return m_error.isValid() ? m_error : QSqlQuery::lastError();
}

QString StoreQuery::literal(const QVariant& value) const
{
    if (isNullValue(value)) {
        return QStringLiteral("NULL");
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return quoted(value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Double:
    case QMetaType::Float:
        return quoted(value.toString());
    case QMetaType::QDate:
        return quoted(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return quoted(value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDateTime:
        return quoted(value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    default: {
        // Text and bytes: quoted and escaped by the driver, as QPSQL's EXECUTE writes them.
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        return driver()->formatValue(field);
    }
    }
}

} // namespace Kindred
