// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/SettingsService.h"

#include "audit/AuditLog.h"
#include "base/DiagnosticLog.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectSql = QStringLiteral(R"(SELECT value FROM settings WHERE key = :key)");
const auto UpsertSql = QStringLiteral(R"(
    INSERT INTO settings (key, value) VALUES (:key, :value)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)");

// The stored value, or a null QVariant when the key was never saved; the read error when the read failed.
Result<QVariant> storedValue(const QSqlDatabase& db, const QString& key)
{
    StoreQuery query(db);
    query.prepare(SelectSql);
    query.bindValue(QStringLiteral(":key"), key);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (query.next()) {
        return query.value(0).isNull() ? QVariant(QString()) : QVariant(query.value(0).toString());
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return QVariant();
}

QJsonValue auditValue(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

} // namespace

SettingsService::SettingsService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<QString> SettingsService::read(const Database& database, const QString& key, const QString& fallback)
{
    const auto stored = storedValue(database.connection(), key);
    if (!stored) {
        return stored.error();
    }
    return stored->isNull() ? fallback : stored->toString();
}

Result<QString> SettingsService::value(const QString& key, const QString& fallback) const
{
    return read(m_database, key, fallback);
}

QString SettingsService::readOrSafeFallback(const Database& database, const QString& key, const QString& fallback)
{
    auto stored = read(database, key, fallback);
    if (!stored) {
        DiagnosticLog::error(
            QStringLiteral("settings"),
            QStringLiteral("the setting %1 could not be read, its default is used: %2")
                .arg(key, stored.error().detail.isEmpty() ? stored.errorString() : stored.error().detail));
        return fallback;
    }
    return stored.value();
}

Result<void> SettingsService::setValue(const QString& key, const QString& value)
{
    return setValues({{key, value}});
}

Result<void> SettingsService::setValues(const QList<QPair<QString, QString>>& values)
{
    if (auto allowed = m_session.require(Permission::ManageSettings); !allowed) {
        return allowed;
    }
    for (const auto& entry : values) {
        if (entry.first == DemoCentre && m_session.isSignedIn()) {
            return fieldError(DemoCentre, tr("Nothing was changed: only the demo generator marks a file as a demo."));
        }
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QStringList changedKeys;
    for (const auto& [key, value] : values) {
        const auto read = storedValue(db, key);
        if (!read) {
            return read.error();
        }
        const QVariant before = read.value();
        if (!before.isNull() && before.toString() == value) {
            continue; // nothing to change, nothing to audit
        }
        StoreQuery query(db);
        query.prepare(UpsertSql);
        query.bindValue(QStringLiteral(":key"), key);
        query.bindValue(QStringLiteral(":value"), sqlText(value));
        if (auto done = execQuery(query); !done) {
            return done;
        }
        const AuditEntry entry {
            m_session.actorId(),
            QStringLiteral("settings.change"),
            QStringLiteral("settings"),
            0,
            {{QStringLiteral("key"), key}, {QStringLiteral("old"), auditValue(before)}, {QStringLiteral("new"), value}},
            {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        changedKeys << key;
    }
    if (changedKeys.isEmpty()) {
        return {}; // the transaction rolls back having written nothing
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    for (const QString& key : changedKeys) {
        emit changed(key);
    }
    return {};
}

} // namespace Kindred
