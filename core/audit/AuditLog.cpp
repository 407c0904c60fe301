// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "audit/AuditHash.h"
#include "audit/AuditRow.h"
#include "store/StoreQuery.h"

#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "base/Station.h"
#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/ReadSnapshot.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kindred {
namespace {

const QString GenesisHash = QStringLiteral("0");

const auto LastHashSql = QStringLiteral(R"(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)");
const auto InsertSql = QStringLiteral(R"(
    INSERT INTO audit_log (at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash)
    VALUES (:at, :actor, :action, :entity, :entityId, :details, :reason, :prev, :hash) RETURNING id)");
// From schema 17 on, with the station.
const auto InsertWithStationSql = QStringLiteral(R"(
    INSERT INTO audit_log (at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash,
                           station)
    VALUES (:at, :actor, :action, :entity, :entityId, :details, :reason, :prev, :hash, :station) RETURNING id)");
// Advanced, never recounted: entries removed outside Kindred stay missing from the count.
const auto AdvanceHeadSql = QStringLiteral(R"(
    INSERT INTO audit_head (id, entries, last_id, last_hash) VALUES (1, 1, :id, :hash)
    ON CONFLICT (id) DO UPDATE SET entries = audit_head.entries + 1, last_id = excluded.last_id,
                                   last_hash = excluded.last_hash)");
const auto HeadSql = QStringLiteral(R"(SELECT entries, last_id, last_hash FROM audit_head WHERE id = 1)");
const auto FirstAfterSql = QStringLiteral(R"(SELECT min(id) FROM audit_log WHERE id > :id)");
const auto ChainSql = QStringLiteral(R"(
    SELECT id, at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash, %1
    FROM audit_log WHERE id > :from ORDER BY id)");
const auto RedactionsSql = QStringLiteral(R"(
    SELECT id, actor_staff_id, details FROM audit_log WHERE id > :from AND action = :action ORDER BY id)");
// What makes a redaction legitimate: the entry right after it anonymises a family, by the same actor.
const auto NextEntrySql = QStringLiteral(R"(
    SELECT id, actor_staff_id, action, entity, entity_id FROM audit_log WHERE id > :id ORDER BY id LIMIT 1)");
const auto FirstAnonymisationSql = QStringLiteral(R"(
    SELECT min(id) FROM audit_log WHERE action = 'family.anonymise' AND entity = 'family' AND entity_id = :family)");
const auto AnonymisedFamilySql
    = QStringLiteral(R"(SELECT 1 FROM families WHERE id = :family AND anonymised_at IS NOT NULL)");
const auto StaffExistsSql = QStringLiteral(R"(SELECT 1 FROM staff WHERE id = :id)");
// The families an entry's record belongs to, through the rows an anonymisation keeps (AuditLog::isAbout).
const auto RecordFamiliesSql = QStringLiteral(R"(
    SELECT :entityId WHERE :entity = 'family'
    UNION SELECT family_id FROM children WHERE :entity = 'child' AND id = :entityId
    UNION SELECT family_id FROM people WHERE :entity = 'person' AND id = :entityId
    UNION SELECT family_id FROM tickets WHERE :entity = 'ticket' AND id = :entityId
    UNION SELECT family_id FROM attendance WHERE :entity = 'attendance' AND id = :entityId
    UNION SELECT c.family_id FROM absences a JOIN children c ON c.id = a.child_id
        WHERE :entity = 'absence' AND a.id = :entityId
    UNION SELECT c.family_id FROM incident_children i JOIN children c ON c.id = i.child_id
        WHERE :entity = 'incident' AND i.incident_id = :entityId
    UNION SELECT c.family_id FROM medications m JOIN children c ON c.id = m.child_id
        WHERE :entity = 'medication' AND m.id = :entityId
    UNION SELECT c.family_id FROM immunisations m JOIN children c ON c.id = m.child_id
        WHERE :entity = 'immunisation' AND m.id = :entityId
    UNION SELECT c.family_id FROM medication_log m JOIN children c ON c.id = m.child_id
        WHERE :entity = 'medication_log' AND m.id = :entityId)");

// The head table comes with schema 7: a file opened at an older version (a migration test) has none, nor
// has one whose table was dropped outside Kindred; verifyChain() reports the latter.
// Asked of the store's catalogue (a failed query would end a transaction on the server).
bool hasHeadTable(const QSqlDatabase& db)
{
    return StoreSchema::hasTable(db, QStringLiteral("audit_head"));
}

struct Seal
{
    qint64 redactedBy = 0; // the audit.redact entry that names the entry
    QString seal;
    QString original; // contentDigestOf the original details and reason
    bool bound = false; // the redaction belongs to an anonymisation (AuditLog.h)
    qint64 familyId = 0; // the family that anonymisation is of
};

bool exists(const QSqlDatabase& db, const QString& sql, const QString& name, qint64 value)
{
    StoreQuery query(db);
    query.prepare(sql);
    query.bindValue(name, value);
    return query.exec() && query.next() && !query.value(0).isNull();
}

// Whether the redaction entry `id` (by `actorId`, naming `familyId`) is followed, in its transaction, by the
// first anonymisation of that family, by the same actor, of a family that is anonymised.
Result<bool> isBound(const QSqlDatabase& db, qint64 id, qint64 actorId, qint64 familyId)
{
    if (familyId <= 0) {
        return false; // a redaction names the family it anonymises
    }
    StoreQuery next(db);
    next.prepare(NextEntrySql);
    next.bindValue(QStringLiteral(":id"), id);
    if (!next.exec()) {
        return StoreError::fromSql(next.lastError());
    }
    if (!next.next()) {
        return false;
    }
    const qint64 nextId = next.value(0).toLongLong();
    const qint64 family = next.value(4).toLongLong();
    if (next.value(1).toLongLong() != actorId || next.value(2).toString() != QLatin1String("family.anonymise")
        || next.value(3).toString() != QLatin1String("family") || familyId != family) {
        return false;
    }
    next.finish();
    StoreQuery first(db);
    first.prepare(FirstAnonymisationSql);
    first.bindValue(QStringLiteral(":family"), family);
    if (!first.exec() || !first.next()) {
        return StoreError::fromSql(first.lastError());
    }
    if (first.value(0).toLongLong() != nextId) {
        return false;
    }
    return exists(db, AnonymisedFamilySql, QStringLiteral(":family"), family)
        && (actorId == 0 || exists(db, StaffExistsSql, QStringLiteral(":id"), actorId));
}

// Every entry some audit.redact entry after `fromId` names, with its seal. A redaction entry that was
// itself edited is caught by the walk; here it is only read.
Result<QHash<qint64, Seal>> readSeals(const QSqlDatabase& db, qint64 fromId)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(RedactionsSql);
    query.bindValue(QStringLiteral(":from"), fromId);
    query.bindValue(QStringLiteral(":action"), AuditLog::RedactAction);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    struct Redaction
    {
        qint64 id;
        qint64 actorId;
        QJsonObject details;
    };
    QList<Redaction> redactions;
    while (query.next()) {
        redactions << Redaction {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                 QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.finish();
    QHash<qint64, Seal> seals;
    for (const Redaction& redaction : std::as_const(redactions)) {
        const qint64 familyId = redaction.details.value(QStringLiteral("family")).toInteger();
        auto bound = isBound(db, redaction.id, redaction.actorId, familyId);
        if (!bound) {
            return bound.error();
        }
        for (const QJsonValue& item : redaction.details.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = item.toObject();
            seals.insert(entry.value(QStringLiteral("id")).toInteger(),
                         Seal {redaction.id, entry.value(QStringLiteral("seal")).toString(),
                               entry.value(QStringLiteral("original")).toString(), bound.value(), familyId});
        }
    }
    return seals;
}

// The content digest of the trail after one more entry.
QString rollContent(const QString& previous, qint64 id, const QString& entryContent)
{
    return AuditLog::hashOf(previous, QString(), id, QStringLiteral("content"), QString(), 0, entryContent, QString());
}

} // namespace

bool AuditLog::hasStations(const QSqlDatabase& db)
{
    // Asked once per store and connection: a column is never removed again, and the catalogue query would
    // otherwise cost a round trip on the server for every entry.
    static QMutex mutex;
    static QSet<QString> known;
    const QString key = db.connectionName() + QLatin1Char('\n') + db.databaseName();
    const QMutexLocker locker(&mutex);
    if (known.contains(key)) {
        return true;
    }
    if (!db.record(QStringLiteral("audit_log")).contains(QStringLiteral("station"))) {
        return false;
    }
    known.insert(key);
    return true;
}

QString AuditLog::stationColumn(const QSqlDatabase& db)
{
    return hasStations(db) ? QStringLiteral("station") : QStringLiteral("NULL AS station");
}

QString AuditLog::hashOf(const QString& previousHash, const QString& atUtc, qint64 actorId, const QString& action,
                         const QString& entity, qint64 entityId, const QString& details, const QString& reason,
                         const QString& station)
{
    return AuditHash::of(previousHash, atUtc, actorId, action, entity, entityId, details, reason, station);
}

QString AuditLog::contentDigestOf(const QString& details, const QString& reason)
{
    return AuditHash::contentDigestOf(details, reason);
}

Result<void> AuditLog::append(const QSqlDatabase& db, const AuditEntry& entry)
{
    StoreQuery last(db);
    if (!last.exec(LastHashSql)) {
        return StoreError::fromSql(last.lastError());
    }
    const QString previous = last.next() ? last.value(0).toString() : GenesisHash;
    last.finish();

    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // The protected records this transaction sealed (RecordDigest) are claimed by this entry, so that the
    // chain vouches for their digests.
    auto claim = RecordDigest::pendingClaim(db);
    if (!claim) {
        return claim.error();
    }
    QJsonObject written = entry.details;
    if (!claim->isUndefined()) {
        written.insert(RecordDigest::DetailsKey, claim.value());
    }
    const QString details = QString::fromUtf8(QJsonDocument(written).toJson(QJsonDocument::Compact));
    // A file being upgraded (a C++ step before schema 17) has no station column yet, and its entries none.
    const bool stations = hasStations(db);
    const QString station = stations ? Station::current() : QString();
    const QString hash = AuditHash::of(previous, at, entry.actorId, entry.action, entry.entity, entry.entityId, details,
                                       entry.reason, station);
    StoreQuery insert(db);
    insert.prepare(stations ? InsertWithStationSql : InsertSql);
    if (stations) {
        insert.bindValue(QStringLiteral(":station"), station);
    }
    insert.bindValue(QStringLiteral(":at"), at);
    insert.bindValue(QStringLiteral(":actor"), entry.actorId ? QVariant(entry.actorId) : QVariant());
    insert.bindValue(QStringLiteral(":action"), entry.action);
    insert.bindValue(QStringLiteral(":entity"), entry.entity);
    insert.bindValue(QStringLiteral(":entityId"), entry.entityId);
    insert.bindValue(QStringLiteral(":details"), details);
    insert.bindValue(QStringLiteral(":reason"), sqlText(entry.reason));
    insert.bindValue(QStringLiteral(":prev"), previous);
    insert.bindValue(QStringLiteral(":hash"), hash);
    const auto inserted = execInsertReturningId(insert);
    if (!inserted) {
        return inserted.error();
    }
    if (!claim->isUndefined()) {
        if (auto claimed = RecordDigest::markClaimed(db, inserted.value()); !claimed) {
            return claimed;
        }
    }
    StoreQuery head(db);
    head.prepare(AdvanceHeadSql);
    head.bindValue(QStringLiteral(":id"), inserted.value());
    head.bindValue(QStringLiteral(":hash"), hash);
    if (auto advanced = execQuery(head); !advanced) {
        // Without the table the change still goes through: the desk keeps working, the check tells.
        return hasHeadTable(db) ? advanced : Result<void>();
    }
    return {};
}

Result<bool> AuditLog::isAbout(const QSqlDatabase& db, const QString& entity, qint64 entityId, qint64 familyId)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(RecordFamiliesSql);
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":entityId"), entityId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    bool another = false;
    while (query.next()) {
        if (query.value(0).toLongLong() == familyId) {
            return true;
        }
        another = true;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return !another;
}

Result<AuditHead> AuditLog::head(const QSqlDatabase& db)
{
    StoreQuery query(db);
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
    auto walked = verifyFrom(db);
    if (!walked) {
        return walked.error();
    }
    return {};
}

Result<AuditChainState> AuditLog::verifyFrom(const QSqlDatabase& db, const AuditChainState& from, qint64 markId,
                                             QString* contentAtMark)
{
    // One read snapshot for the whole check, so that an entry another station appends meanwhile is not taken
    // for a removal.
    const ReadSnapshot snapshot(db, QStringLiteral("audit_verify"));
    auto seals = readSeals(db, from.lastId);
    if (!seals) {
        return seals.error();
    }
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ChainSql.arg(stationColumn(db)));
    query.bindValue(QStringLiteral(":from"), from.lastId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    const auto changedAt = [](qint64 id) {
        return Error {tr("The audit trail was changed outside Kindred at entry %1 (or an entry before it was "
                         "removed).")
                          .arg(id)};
    };
    QString previous = from.lastHash.isEmpty() ? GenesisHash : from.lastHash;
    QString content = from.content;
    qint64 entries = from.entries;
    qint64 lastId = from.lastId;
    if (contentAtMark && markId == from.lastId) {
        *contentAtMark = content;
    }
    while (query.next()) {
        const AuditRow row = AuditRow::read(query);
        if (row.previousHash != previous) {
            return changedAt(row.id);
        }
        QString entryContent;
        if (row.details == RedactedDetails) {
            const auto seal = seals->constFind(row.id);
            if (seal == seals->cend() || seal->redactedBy <= row.id
                || seal->seal != row.seal(row.details, row.reason)) {
                return changedAt(row.id);
            }
            if (!seal->bound || seal->original.isEmpty()) {
                return Error {tr("The audit trail was changed outside Kindred at entry %1: it was blanked by a "
                                 "redaction (entry %2) that belongs to no anonymisation of a family.")
                                  .arg(row.id)
                                  .arg(seal->redactedBy)};
            }
            auto about = isAbout(db, row.entity, row.entityId, seal->familyId);
            if (!about) {
                return about.error();
            }
            if (!about.value()) {
                return Error {tr("The audit trail was changed outside Kindred at entry %1: it was blanked by the "
                                 "redaction (entry %2) of an anonymised family, but it is about another family's "
                                 "records.")
                                  .arg(row.id)
                                  .arg(seal->redactedBy)};
            }
            entryContent = seal->original;
        } else if (row.hash != row.expectedHash(previous)) {
            return changedAt(row.id);
        } else {
            entryContent = contentDigestOf(row.details, row.reason);
        }
        content = rollContent(content, row.id, entryContent);
        previous = row.hash;
        lastId = row.id;
        ++entries;
        if (contentAtMark && row.id == markId) {
            *contentAtMark = content;
        }
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
        StoreQuery slipped(db);
        slipped.prepare(FirstAfterSql);
        slipped.bindValue(QStringLiteral(":id"), newestWritten);
        if (!slipped.exec() || !slipped.next()) {
            return StoreError::fromSql(slipped.lastError());
        }
        return changedAt(slipped.value(0).toLongLong());
    }
    if (written != entries || stored->lastHash != previous) {
        const QString holds = tr("it holds %n entry(ies)", nullptr, int(entries));
        return Error {(written > entries ? tr("The audit trail was changed outside Kindred: %1, but Kindred wrote %2 "
                                              "(entries were removed).")
                                         : tr("The audit trail was changed outside Kindred: %1, but Kindred wrote %2 "
                                              "(entries were added or rewritten)."))
                          .arg(holds)
                          .arg(written)};
    }
    return AuditChainState {lastId, previous, entries, content};
}

} // namespace Kindred
