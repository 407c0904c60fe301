// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Kindred {

struct AuditEntry
{
    qint64 actorId = 0;
    QString action; // "family.create", "child.archive", "attendance.checkin"…
    QString entity; // table-like name: "family", "child", "attendance"
    qint64 entityId = 0;
    QJsonObject details; // old and new values, or what was done
    QString reason; // where the user was asked why
};

// The append-only trail of who changed what. append() must run inside the caller's write
// transaction, so that a change and its audit entry land together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static Result<void> append(const QSqlDatabase& db, const AuditEntry& entry);
    // Walks the chain; fails naming the first entry that was edited, removed or inserted outside Kindred.
    static Result<void> verifyChain(const QSqlDatabase& db);
    static QString hashOf(const QString& previousHash, const QString& atUtc, qint64 actorId, const QString& action,
                          const QString& entity, qint64 entityId, const QString& details, const QString& reason);
};

} // namespace Kindred
