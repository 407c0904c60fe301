// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditWitness.h"

#include "AuditLog.h"
#include "Clock.h"
#include "StoreError.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto FirstEntrySql = QStringLiteral(R"(SELECT hash FROM audit_log ORDER BY id LIMIT 1)");
const auto EntryHashSql = QStringLiteral(R"(SELECT hash FROM audit_log WHERE id = :id)");

// One settings group per data file; the path is hashed so that it makes a valid, short key.
QString groupFor(const QString& databasePath)
{
    const QString canonical = QFileInfo(databasePath).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("auditWitness/") + QString::fromLatin1(digest.left(32));
}

} // namespace

Result<AuditWitness> AuditWitness::read(const QSqlDatabase& db)
{
    AuditWitness witness;
    QSqlQuery query(db);
    if (!query.exec(FirstEntrySql)) {
        return StoreError::fromSql(query.lastError());
    }
    if (query.next()) {
        witness.firstHash = query.value(0).toString();
    }
    query.finish();
    auto head = AuditLog::head(db);
    if (!head) {
        return head.error();
    }
    witness.entries = head->entries;
    witness.entryId = head->lastId;
    witness.entryHash = head->lastHash;
    witness.seenAtUtc = Clock::currentDateTimeUtc();
    return witness;
}

Result<void> AuditWitness::check(const QSqlDatabase& db) const
{
    if (isNull()) {
        return {};
    }
    const QString seen = QLocale().toString(seenAtUtc.toTimeZone(Clock::timeZone()), QLocale::ShortFormat);
    auto now = read(db);
    if (!now) {
        return now.error();
    }
    if (now->firstHash != firstHash) {
        return Error {tr("This is not the audit trail this computer saw in this file on %1: its first entry is "
                         "different. Either the file was replaced by another centre's file, or the trail was "
                         "rewritten outside Kindred.")
                          .arg(seen)};
    }
    QSqlQuery query(db);
    query.prepare(EntryHashSql);
    query.bindValue(QStringLiteral(":id"), entryId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next()) {
        return Error {tr("The audit trail ends before entry %1, which this computer saw on %2. Either this is an "
                         "older copy of the file (a restored backup), or entries were removed outside Kindred.")
                          .arg(entryId)
                          .arg(seen)};
    }
    if (query.value(0).toString() != entryHash) {
        return Error {tr("Audit entry %1 is not the one this computer saw on %2: the trail was rewritten outside "
                         "Kindred.")
                          .arg(entryId)
                          .arg(seen)};
    }
    if (now->entries < entries) {
        return Error {tr("The audit trail holds fewer entries than when this computer saw it on %1: entries were "
                         "removed outside Kindred.")
                          .arg(seen)};
    }
    return {};
}

AuditWitness AuditWitness::load(const QSettings& settings, const QString& databasePath)
{
    const QString group = groupFor(databasePath) + QLatin1Char('/');
    AuditWitness witness;
    witness.firstHash = settings.value(group + QStringLiteral("firstHash")).toString();
    witness.entryId = settings.value(group + QStringLiteral("entryId")).toLongLong();
    witness.entryHash = settings.value(group + QStringLiteral("entryHash")).toString();
    witness.entries = settings.value(group + QStringLiteral("entries")).toLongLong();
    witness.seenAtUtc
        = QDateTime::fromString(settings.value(group + QStringLiteral("seenAtUtc")).toString(), Qt::ISODateWithMs);
    return witness;
}

void AuditWitness::save(QSettings& settings, const QString& databasePath) const
{
    settings.beginGroup(groupFor(databasePath));
    settings.setValue(QStringLiteral("path"), QFileInfo(databasePath).absoluteFilePath());
    settings.setValue(QStringLiteral("firstHash"), firstHash);
    settings.setValue(QStringLiteral("entryId"), entryId);
    settings.setValue(QStringLiteral("entryHash"), entryHash);
    settings.setValue(QStringLiteral("entries"), entries);
    settings.setValue(QStringLiteral("seenAtUtc"), seenAtUtc.toString(Qt::ISODateWithMs));
    settings.endGroup();
    settings.sync();
}

Result<void> AuditWitness::verifyAndRemember(const QSqlDatabase& db, QSettings& settings, const QString& databasePath)
{
    if (auto chain = AuditLog::verifyChain(db); !chain) {
        return chain;
    }
    if (auto agrees = load(settings, databasePath).check(db); !agrees) {
        return agrees;
    }
    auto now = read(db);
    if (!now) {
        return now.error();
    }
    if (!now->isNull()) {
        now->save(settings, databasePath);
    }
    return {};
}

Result<void> AuditWitness::acceptRestoredTrail(const QSqlDatabase& db, QSettings& settings, const QString& databasePath,
                                               qint64 actorId, const QString& backupPath)
{
    if (auto chain = AuditLog::verifyChain(db); !chain) {
        return chain;
    }
    const AuditWitness before = load(settings, databasePath);
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const AuditEntry entry {actorId,
                            QStringLiteral("audit.witness.accept"),
                            QStringLiteral("audit"),
                            before.entryId,
                            {{QStringLiteral("backup"), QFileInfo(backupPath).fileName()},
                             {QStringLiteral("seenEntryId"), before.entryId},
                             {QStringLiteral("seenEntryHash"), before.entryHash},
                             {QStringLiteral("seenEntries"), before.entries},
                             {QStringLiteral("seenAtUtc"), before.seenAtUtc.toString(Qt::ISODateWithMs)}},
                            QStringLiteral("backup restored on purpose")};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    auto now = read(db);
    if (!now) {
        return now.error();
    }
    now->save(settings, databasePath);
    return {};
}

} // namespace Kindred
