// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PinIndex.h"

#include "security/StaffCredentials.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectKeySql = QStringLiteral(R"(SELECT key FROM pin_lookup_key WHERE id = 1)");
const auto FindSql = QStringLiteral(R"(
    SELECT c.staff_id, c.pin_hash FROM staff_credentials c JOIN staff s ON s.id = c.staff_id
    WHERE c.pin_digest = :digest AND c.pin_hash IS NOT NULL AND s.archived_at IS NULL)");
const auto TakenSql = QStringLiteral(R"(
    SELECT 1 FROM staff_credentials c JOIN staff s ON s.id = c.staff_id
    WHERE c.pin_digest = :digest AND c.staff_id <> :id AND s.archived_at IS NULL)");
const auto LegacySql = QStringLiteral(R"(
    SELECT c.staff_id, c.pin_hash FROM staff_credentials c JOIN staff s ON s.id = c.staff_id
    WHERE c.pin_hash IS NOT NULL AND c.pin_digest IS NULL AND c.staff_id <> :id AND s.archived_at IS NULL
    ORDER BY c.staff_id)");
const auto ReleaseArchivedSql = QStringLiteral(R"(
    UPDATE staff_credentials SET pin_digest = NULL
    WHERE pin_digest = :digest AND staff_id IN (SELECT id FROM staff WHERE archived_at IS NOT NULL))");
const auto AssignSql = QStringLiteral(R"(UPDATE staff_credentials SET pin_digest = :digest WHERE staff_id = :id)");

} // namespace

PinIndex::PinIndex(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QString> PinIndex::digest(const QString& pin) const
{
    StoreQuery query(m_db);
    if (!query.exec(SelectKeySql)) {
        return StoreError::fromSql(query.lastError());
    }
    const QByteArray key = query.next() ? query.value(0).toByteArray() : QByteArray();
    const QString digest = StaffCredentials::pinDigest(key, pin);
    if (digest.isEmpty()) {
        return Error {tr("This data file has lost the key that finds PINs. Sign in by name; an administrator can "
                         "restore the file from a backup.")};
    }
    return digest;
}

Result<LegacyPin> PinIndex::find(const QString& digest) const
{
    StoreQuery query(m_db);
    query.prepare(FindSql);
    query.bindValue(QStringLiteral(":digest"), digest);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    LegacyPin match;
    if (query.next()) {
        match.staffId = query.value(0).toLongLong();
        match.pinHash = query.value(1).toString();
    }
    return match;
}

Result<bool> PinIndex::isTakenByOther(const QString& digest, qint64 staffId) const
{
    StoreQuery query(m_db);
    query.prepare(TakenSql);
    query.bindValue(QStringLiteral(":digest"), digest);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    return query.next();
}

Result<QList<LegacyPin>> PinIndex::legacyPins(qint64 exceptStaffId) const
{
    StoreQuery query(m_db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(LegacySql);
    query.bindValue(QStringLiteral(":id"), exceptStaffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    QList<LegacyPin> pins;
    while (query.next()) {
        pins.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return pins;
}

Result<void> PinIndex::assignDigest(qint64 staffId, const QString& digest)
{
    StoreQuery release(m_db);
    release.prepare(ReleaseArchivedSql);
    release.bindValue(QStringLiteral(":digest"), digest);
    if (auto done = execQuery(release); !done) {
        return done;
    }
    StoreQuery assign(m_db);
    assign.prepare(AssignSql);
    assign.bindValue(QStringLiteral(":id"), staffId);
    assign.bindValue(QStringLiteral(":digest"), digest);
    return execQuery(assign);
}

} // namespace Kindred
