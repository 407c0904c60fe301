// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

class QSettings;

namespace Kindred {

// What one computer saw of a data file's audit trail, kept OUTSIDE the file (in the computer's own
// settings). The chain and its head (AuditLog) catch an entry edited, inserted or removed with the
// sqlite3 shell, but someone who knows the formula could recompute every hash after an edit; the
// file alone cannot tell. The computers that opened the file before can: the entry they saw last
// must still be there with the same hash, the trail must still start with the same entry, and it
// may only have grown.
struct AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(AuditWitness)

public:
    QString firstHash; // the trail's first entry: which trail this is
    qint64 entryId = 0; // the newest entry seen
    QString entryHash;
    qint64 entries = 0; // how many entries Kindred had written then
    QDateTime seenAtUtc;

    bool isNull() const { return entryId == 0; }

    // The trail as the file holds it now.
    static Result<AuditWitness> read(const QSqlDatabase& db);
    // Ok when the file's trail is this one, grown or as it was; otherwise what changed, for a director.
    Result<void> check(const QSqlDatabase& db) const;

    // Kept per data file (by its full path) in `settings`.
    static AuditWitness load(const QSettings& settings, const QString& databasePath);
    void save(QSettings& settings, const QString& databasePath) const;

    // What Kindred does when it opens a file: walks the chain (AuditLog::verifyChain), compares it
    // with what this computer saw before, and remembers the trail only when both agree, so that a
    // rewritten trail is never taken as the new normal.
    static Result<void> verifyAndRemember(const QSqlDatabase& db, QSettings& settings, const QString& databasePath);

    // After a backup was restored into the file on purpose: the trail is now an older one, which check()
    // would report as entries removed. Walks the restored chain, appends an "audit.witness.accept" entry by
    // `actorId` naming the trail this computer saw before, and remembers the trail as it is now, so that
    // the next open agrees. Call it only from the restore itself; fails, remembering nothing new, when the
    // chain is not whole or the entry cannot be written.
    static Result<void> acceptRestoredTrail(const QSqlDatabase& db, QSettings& settings, const QString& databasePath,
                                            qint64 actorId, const QString& backupPath);
};

} // namespace Kindred
