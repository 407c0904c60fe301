// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/CentreTimeZoneMigration.h"

#include "audit/AuditLog.h"
#include "centre/SettingsService.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
#include <QTimeZone>

namespace Kindred {
namespace {

const auto SelectSql = QStringLiteral(R"(SELECT value FROM settings WHERE key = :key)");
const auto UpsertSql = QStringLiteral(R"(
    INSERT INTO settings (key, value) VALUES (:key, :value)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)");

Result<void> save(const QSqlDatabase& db, const QString& key, const QString& value)
{
    StoreQuery query(db);
    query.prepare(UpsertSql);
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    return execQuery(query);
}

} // namespace

QString CentreTimeZoneMigration::systemZoneId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return !id.isEmpty() && QTimeZone(id).isValid() ? QString::fromUtf8(id) : QStringLiteral("UTC");
}

Result<void> CentreTimeZoneMigration::apply(const QSqlDatabase& db, bool upgrading)
{
    StoreQuery query(db);
    query.prepare(SelectSql);
    query.bindValue(QStringLiteral(":key"), SettingsService::CentreTimeZone);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    const bool saved = query.next() && !query.value(0).toString().isEmpty();
    if (query.lastError().isValid()) {
        return StoreError::fromSql(query.lastError());
    }
    query.finish();
    if (saved) {
        return {};
    }
    const QString zone = systemZoneId();
    if (auto done = save(db, SettingsService::CentreTimeZone, zone); !done) {
        return done;
    }
    if (!upgrading) {
        return {};
    }
    if (auto done = save(db, SettingsService::CentreTimeZoneToConfirm, zone); !done) {
        return done;
    }
    const AuditEntry entry {0,
                            QStringLiteral("settings.change"),
                            QStringLiteral("settings"),
                            0,
                            {{QStringLiteral("key"), SettingsService::CentreTimeZone},
                             {QStringLiteral("old"), QJsonValue()},
                             {QStringLiteral("new"), zone}},
                            tr("The file had no centre time zone; the zone of the computer that upgraded it was "
                               "saved, for an administrator to confirm.")};
    return AuditLog::append(db, entry);
}

} // namespace Kindred
