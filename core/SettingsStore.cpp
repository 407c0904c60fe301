// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "StoreError.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectSql = QStringLiteral(R"(SELECT value FROM settings WHERE key = :key)");
const auto UpsertSql = QStringLiteral(R"(
    INSERT INTO settings (key, value) VALUES (:key, :value)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)");

} // namespace

SettingsStore::SettingsStore(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

QString SettingsStore::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectSql);
    query.bindValue(QStringLiteral(":key"), key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return fallback;
}

Result<void> SettingsStore::setValue(const QString& key, const QString& value)
{
    WriteTransaction transaction(m_database.connection());
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(UpsertSql);
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), sqlText(value));
    if (auto done = execQuery(query); !done) {
        return done;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    emit changed(key);
    return {};
}

} // namespace Kindred
