// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Clock.h"
#include "SqlValues.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kindred {
namespace {

const QString GenesisHash = QStringLiteral("0");

const auto LastHashSql = QStringLiteral(R"(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)");
const auto InsertSql = QStringLiteral(R"(
    INSERT INTO audit_log (at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash)
    VALUES (:at, :actor, :action, :entity, :entityId, :details, :reason, :prev, :hash))");
const auto ChainSql = QStringLiteral(R"(
    SELECT id, at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash
    FROM audit_log ORDER BY id)");

} // namespace

QString AuditLog::hashOf(const QString& previousHash, const QString& atUtc, qint64 actorId, const QString& action,
                         const QString& entity, qint64 entityId, const QString& details, const QString& reason)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList parts {previousHash, atUtc, QString::number(actorId), action, entity, QString::number(entityId),
                             details,      reason};
    for (const QString& part : parts) {
        const QByteArray bytes = part.toUtf8();
        const QByteArray length = QByteArray::number(bytes.size());
        hash.addData(length);
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> AuditLog::append(const QSqlDatabase& db, const AuditEntry& entry)
{
    QSqlQuery last(db);
    if (!last.exec(LastHashSql)) {
        return StoreError::fromSql(last.lastError());
    }
    const QString previous = last.next() ? last.value(0).toString() : GenesisHash;
    last.finish();

    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    QSqlQuery insert(db);
    insert.prepare(InsertSql);
    insert.bindValue(QStringLiteral(":at"), at);
    insert.bindValue(QStringLiteral(":actor"), entry.actorId ? QVariant(entry.actorId) : QVariant());
    insert.bindValue(QStringLiteral(":action"), entry.action);
    insert.bindValue(QStringLiteral(":entity"), entry.entity);
    insert.bindValue(QStringLiteral(":entityId"), entry.entityId);
    insert.bindValue(QStringLiteral(":details"), details);
    insert.bindValue(QStringLiteral(":reason"), sqlText(entry.reason));
    insert.bindValue(QStringLiteral(":prev"), previous);
    insert.bindValue(
        QStringLiteral(":hash"),
        hashOf(previous, at, entry.actorId, entry.action, entry.entity, entry.entityId, details, entry.reason));
    return execQuery(insert);
}

Result<void> AuditLog::verifyChain(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(ChainSql)) {
        return StoreError::fromSql(query.lastError());
    }
    QString previous = GenesisHash;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString expected
            = hashOf(previous, query.value(1).toString(), query.value(2).toLongLong(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toString(),
                     query.value(7).toString());
        if (query.value(8).toString() != previous || query.value(9).toString() != expected) {
            return Error {tr("The audit trail was changed outside Kindred at entry %1 (or an entry before it was "
                             "removed).")
                              .arg(id)};
        }
        previous = expected;
    }
    return {};
}

} // namespace Kindred
