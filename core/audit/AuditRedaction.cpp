// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditRedaction.h"

#include "audit/AuditLog.h"
#include "audit/AuditRow.h"
#include "store/StoreQuery.h"

#include "store/NestedRead.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto EntrySql = QStringLiteral(R"(
    SELECT id, at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash, %1
    FROM audit_log WHERE id = :id)");
const auto RedactSql = QStringLiteral(R"(UPDATE audit_log SET details = :details, reason = :reason WHERE id = :id)");

} // namespace

Result<int> AuditRedaction::redact(const QSqlDatabase& db, qint64 actorId, qint64 familyId,
                                   const QList<qint64>& entryIds,
                                   const std::function<QString(const QString&)>& pseudonymise, const QString& reason)
{
    if (familyId <= 0) {
        return Error {tr("Nothing was changed: audit entries are only redacted when a family is anonymised.")};
    }
    QJsonArray sealed;
    for (qint64 id : entryIds) {
        StoreQuery entry(db);
        setForwardOnlyAlongsideStatements(entry);
        entry.prepare(EntrySql.arg(AuditLog::stationColumn(db)));
        entry.bindValue(QStringLiteral(":id"), id);
        if (!entry.exec()) {
            return StoreError::fromSql(entry.lastError());
        }
        if (!entry.next()) {
            continue;
        }
        const AuditRow row = AuditRow::read(entry);
        if (row.details == AuditLog::RedactedDetails || row.action == AuditLog::RedactAction) {
            continue;
        }
        entry.finish();
        // Only what verifyChain() will accept as this family's: the rule is one, in isAbout().
        auto about = AuditLog::isAbout(db, row.entity, row.entityId, familyId);
        if (!about) {
            return about.error();
        }
        if (!about.value()) {
            continue;
        }
        if (row.hash != row.expectedHash(row.previousHash)) {
            return Error {tr("Nothing was changed: audit entry %1 was changed outside Kindred, so it is kept as "
                             "evidence. Check the audit trail and ask your administrator.")
                              .arg(id)};
        }
        entry.finish();
        const QString newReason = pseudonymise ? pseudonymise(row.reason) : row.reason;
        StoreQuery update(db);
        update.prepare(RedactSql);
        update.bindValue(QStringLiteral(":details"), AuditLog::RedactedDetails);
        update.bindValue(QStringLiteral(":reason"), sqlText(newReason));
        update.bindValue(QStringLiteral(":id"), id);
        if (auto done = execQuery(update); !done) {
            return done.error();
        }
        // The digest of the original lets a computer that saw the entry before (AuditWitness) check that the
        // redaction blanked what it saw, and nothing else.
        sealed.append(QJsonObject {{QStringLiteral("id"), id},
                                   {QStringLiteral("seal"), row.seal(AuditLog::RedactedDetails, newReason)},
                                   {QStringLiteral("original"), AuditLog::contentDigestOf(row.details, row.reason)}});
    }
    if (sealed.isEmpty()) {
        return 0;
    }
    const int count = int(sealed.size());
    AuditEntry redaction {
        actorId,
        AuditLog::RedactAction,
        QStringLiteral("audit_log"),
        0,
        {{QStringLiteral("count"), count}, {QStringLiteral("family"), familyId}, {QStringLiteral("entries"), sealed}},
        reason};
    if (auto audited = AuditLog::append(db, redaction); !audited) {
        return audited.error();
    }
    return count;
}

} // namespace Kindred
