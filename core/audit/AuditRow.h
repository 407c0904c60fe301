// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditHash.h"

#include <QSqlQuery>

namespace Kindred {

// One audit_log row as stored, for the code that checks hashes (verifyChain, redact). read() takes a
// query whose columns are: id, at_utc, actor_staff_id, action, entity, entity_id, details, reason,
// prev_hash, hash, station.
struct AuditRow
{
    qint64 id = 0;
    QString atUtc;
    qint64 actorId = 0;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString details;
    QString reason;
    QString previousHash;
    QString hash;
    QString station; // empty for entries before schema 17

    static AuditRow read(const QSqlQuery& query)
    {
        return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                query.value(3).toString(),   query.value(4).toString(), query.value(5).toLongLong(),
                query.value(6).toString(),   query.value(7).toString(), query.value(8).toString(),
                query.value(9).toString(),   query.value(10).toString()};
    }

    // The hash this row should have after `previous`, from its own fields.
    QString expectedHash(const QString& previous) const
    {
        return AuditHash::of(previous, atUtc, actorId, action, entity, entityId, details, reason, station);
    }
    // The seal of this row once redacted (AuditLog.h): its stored hash and fields, with these details and reason.
    QString seal(const QString& redactedDetails, const QString& redactedReason) const
    {
        return AuditHash::of(hash, atUtc, actorId, action, entity, entityId, redactedDetails, redactedReason, station);
    }
};

} // namespace Kindred
