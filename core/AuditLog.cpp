// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditRow.h"

#include "Clock.h"
#include "ReadCheck.h"
#include "SqlValues.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kindred {
namespace {

const QString GenesisHash = QStringLiteral("0");

const auto LastHashSql = QStringLiteral(R"(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)");
const auto InsertSql = QStringLiteral(R"(
    INSERT INTO audit_log (at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash)
    VALUES (:at, :actor, :action, :entity, :entityId, :details, :reason, :prev, :hash))");
// Advanced, never recounted: entries removed outside Kindred stay missing from the count.
const auto AdvanceHeadSql = QStringLiteral(R"(
    INSERT INTO audit_head (id, entries, last_id, last_hash) VALUES (1, 1, :id, :hash)
    ON CONFLICT (id) DO UPDATE SET entries = entries + 1, last_id = excluded.last_id,
                                   last_hash = excluded.last_hash)");
const auto HeadTableSql = QStringLiteral(R"(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head')");
const auto HeadSql = QStringLiteral(R"(SELECT entries, last_id, last_hash FROM audit_head WHERE id = 1)");
const auto FirstAfterSql = QStringLiteral(R"(SELECT min(id) FROM audit_log WHERE id > :id)");
const auto ChainSql = QStringLiteral(R"(
    SELECT id, at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash
    FROM audit_log ORDER BY id)");
const auto RedactionsSql = QStringLiteral(R"(SELECT id, details FROM audit_log WHERE action = :action ORDER BY id)");

// One read snapshot for the whole check (a savepoint starts a deferred transaction, or nests in the
// caller's), so that an entry another station appends meanwhile is not taken for a removal.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase& db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT audit_verify"));
    }
    ~ReadSnapshot() { QSqlQuery(m_db).exec(QStringLiteral("RELEASE audit_verify")); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase m_db;
};

// The head table comes with schema 7: a file opened at an older version (a migration test) has none, nor
// has one whose table was dropped outside Kindred; verifyChain() reports the latter.
bool hasHeadTable(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(HeadTableSql) && query.next();
}

struct Seal
{
    qint64 redactedBy = 0; // the audit.redact entry that names the entry
    QString seal;
};

// Every entry some audit.redact entry names, with its seal. A redaction entry that was itself edited
// is caught by the walk; here it is only read.
Result<QHash<qint64, Seal>> readSeals(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(RedactionsSql);
    query.bindValue(QStringLiteral(":action"), AuditLog::RedactAction);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    QHash<qint64, Seal> seals;
    while (query.next()) {
        const qint64 by = query.value(0).toLongLong();
        const QJsonObject details = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        for (const QJsonValue& item : details.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = item.toObject();
            seals.insert(entry.value(QStringLiteral("id")).toInteger(),
                         Seal {by, entry.value(QStringLiteral("seal")).toString()});
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return seals;
}

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
    const QString hash
        = hashOf(previous, at, entry.actorId, entry.action, entry.entity, entry.entityId, details, entry.reason);
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
    insert.bindValue(QStringLiteral(":hash"), hash);
    if (auto inserted = execQuery(insert); !inserted) {
        return inserted;
    }
    QSqlQuery head(db);
    head.prepare(AdvanceHeadSql);
    head.bindValue(QStringLiteral(":id"), insert.lastInsertId());
    head.bindValue(QStringLiteral(":hash"), hash);
    if (auto advanced = execQuery(head); !advanced) {
        // Without the table the change still goes through: the desk keeps working, the check tells.
        return hasHeadTable(db) ? advanced : Result<void>();
    }
    return {};
}

Result<AuditHead> AuditLog::head(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(HeadSql)) {
        if (hasHeadTable(db)) {
            return StoreError::fromSql(query.lastError());
        }
        return AuditHead {}; // the table was dropped
    }
    if (!query.next()) {
        return AuditHead {};
    }
    return AuditHead {true, query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()};
}

Result<void> AuditLog::verifyChain(const QSqlDatabase& db)
{
    const ReadSnapshot snapshot(db);
    auto seals = readSeals(db);
    if (!seals) {
        return seals.error();
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(ChainSql)) {
        return StoreError::fromSql(query.lastError());
    }
    const auto changedAt = [](qint64 id) {
        return Error {tr("The audit trail was changed outside Kindred at entry %1 (or an entry before it was "
                         "removed).")
                          .arg(id)};
    };
    QString previous = GenesisHash;
    qint64 entries = 0;
    qint64 lastId = 0;
    while (query.next()) {
        const AuditRow row = AuditRow::read(query);
        if (row.previousHash != previous) {
            return changedAt(row.id);
        }
        if (row.details == RedactedDetails) {
            const auto seal = seals->constFind(row.id);
            if (seal == seals->cend() || seal->redactedBy <= row.id
                || seal->seal != row.seal(row.details, row.reason)) {
                return changedAt(row.id);
            }
        } else if (row.hash != row.expectedHash(previous)) {
            return changedAt(row.id);
        }
        previous = row.hash;
        lastId = row.id;
        ++entries;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.finish();

    auto stored = head(db);
    if (!stored) {
        return stored.error();
    }
    if (!stored->present) {
        return Error {tr("The audit trail was changed outside Kindred: its head record (how many entries Kindred "
                         "wrote) was removed.")};
    }
    const qint64 written = stored->entries;
    const qint64 newestWritten = stored->lastId;
    if (newestWritten > lastId) {
        return Error {tr("The audit trail was changed outside Kindred: the newest entries were removed. The trail "
                         "now ends at entry %1 but Kindred last wrote entry %2.")
                          .arg(lastId)
                          .arg(newestWritten)};
    }
    if (newestWritten < lastId) {
        QSqlQuery slipped(db);
        slipped.prepare(FirstAfterSql);
        slipped.bindValue(QStringLiteral(":id"), newestWritten);
        if (!slipped.exec() || !slipped.next()) {
            return StoreError::fromSql(slipped.lastError());
        }
        return changedAt(slipped.value(0).toLongLong());
    }
    if (written != entries || stored->lastHash != previous) {
        return Error {(written > entries ? tr("The audit trail was changed outside Kindred: it holds %1 entries, but "
                                              "Kindred wrote %2 (entries were removed).")
                                         : tr("The audit trail was changed outside Kindred: it holds %1 entries, but "
                                              "Kindred wrote %2 (entries were added or rewritten)."))
                          .arg(entries)
                          .arg(written)};
    }
    return {};
}

} // namespace Kindred
