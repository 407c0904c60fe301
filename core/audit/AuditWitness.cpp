// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditWitness.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

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
    StoreQuery query(db);
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
    StoreQuery query(db);
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
    witness.content = settings.value(group + QStringLiteral("content")).toString();
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
    settings.setValue(QStringLiteral("content"), content);
    settings.setValue(QStringLiteral("seenAtUtc"), seenAtUtc.toString(Qt::ISODateWithMs));
    settings.endGroup();
    settings.sync();
}

Result<void> AuditWitness::verifyAndRemember(const QSqlDatabase& db, QSettings& settings, const QString& databasePath)
{
    const AuditWitness seen = load(settings, databasePath);
    QString contentSeen;
    auto chain = AuditLog::verifyFrom(db, {}, seen.entryId, &contentSeen);
    if (!chain) {
        return chain.error();
    }
    if (auto agrees = seen.check(db); !agrees) {
        return agrees;
    }
    if (auto same = seen.checkContent(contentSeen); !same) {
        return same;
    }
    if (auto remembered = remember(db, settings, databasePath, chain.value()); !remembered) {
        return remembered;
    }
    auto records = RecordDigest::verify(db);
    if (!records) {
        return records.error();
    }
    if (!records->isEmpty()) {
        constexpr qsizetype Shown = 20;
        QStringList lines = records->mid(0, Shown);
        if (records->size() > Shown) {
            lines << tr("…and %1 more.").arg(records->size() - Shown);
        }
        return Error {tr("Protected records do not match their last audited state (%1):\n%2")
                          .arg(records->size())
                          .arg(lines.join(QLatin1Char('\n')))};
    }
    return {};
}

Result<void> AuditWitness::refresh(const QSqlDatabase& db, QSettings& settings, const QString& databasePath)
{
    const AuditWitness seen = load(settings, databasePath);
    if (seen.isNull() || seen.content.isEmpty()) {
        return {}; // the next full check remembers it
    }
    if (auto agrees = seen.check(db); !agrees) {
        return agrees;
    }
    auto chain = AuditLog::verifyFrom(db, {seen.entryId, seen.entryHash, seen.entries, seen.content});
    if (!chain) {
        return chain.error();
    }
    return remember(db, settings, databasePath, chain.value());
}

Result<void> AuditWitness::checkContent(const QString& contentNow) const
{
    if (isNull() || content.isEmpty() || contentNow == content) {
        return {};
    }
    const QString seen = QLocale().toString(seenAtUtc.toTimeZone(Clock::timeZone()), QLocale::ShortFormat);
    return Error {tr("Audit entries that this computer saw on %1 were blanked or reworded afterwards, and not by "
                     "the anonymisation of a family: the trail was changed outside Kindred.")
                      .arg(seen)};
}

Result<void> AuditWitness::remember(const QSqlDatabase& db, QSettings& settings, const QString& databasePath,
                                    const AuditChainState& chain)
{
    if (chain.lastId == 0) {
        return {};
    }
    auto now = read(db);
    if (!now) {
        return now.error();
    }
    AuditWitness witness = now.value();
    witness.entryId = chain.lastId;
    witness.entryHash = chain.lastHash;
    witness.entries = chain.entries;
    witness.content = chain.content;
    witness.save(settings, databasePath);
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
    auto chain = AuditLog::verifyFrom(db);
    if (!chain) {
        return chain.error();
    }
    return remember(db, settings, databasePath, chain.value());
}

} // namespace Kindred
