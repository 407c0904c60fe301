// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"

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
// may only have grown. It also remembers the content of every entry it saw, redactions included (a
// digest over each entry's details and reason, or for a redacted entry the digest of the original its
// redaction kept): an entry blanked or reworded afterwards, even with a redaction entry forged to vouch
// for it, no longer gives the same digest. A legitimate redaction keeps the digest of what it blanked,
// so the anonymisation of a family changes nothing here. The memory is refreshed after each write
// (refresh(), from the application), not only at open, so that little of the trail is ever new to it.
struct AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(AuditWitness)

public:
    QString firstHash; // the trail's first entry: which trail this is
    qint64 entryId = 0; // the newest entry seen
    QString entryHash;
    qint64 entries = 0; // how many entries Kindred had written then
    QString content; // AuditChainState::content up to entryId; empty when remembered before schema 14
    QDateTime seenAtUtc;

    bool isNull() const { return entryId == 0; }

    // The trail as the file holds it now.
    static Result<AuditWitness> read(const QSqlDatabase& db);
    // Ok when the file's trail is this one, grown or as it was; otherwise what changed, for a director.
    Result<void> check(const QSqlDatabase& db) const;

    // Kept per data file (by its full path) in `settings`.
    static AuditWitness load(const QSettings& settings, const QString& databasePath);
    void save(QSettings& settings, const QString& databasePath) const;

    // What Kindred does when it opens a file and for "Check the trail": walks the chain
    // (AuditLog::verifyChain), compares it with what this computer saw before, and remembers the trail
    // only when both agree, so that a rewritten trail is never taken as the new normal; then checks the
    // protected records (RecordDigest::verify) and fails listing every one that does not match.
    static Result<void> verifyAndRemember(const QSqlDatabase& db, QSettings& settings, const QString& databasePath);
    // After writes: checks only the entries added since this computer last saw the trail (and that the
    // entry it saw is still there), and remembers the trail as it is now. Does nothing before the first
    // verifyAndRemember() of this file on this computer. Fails, remembering nothing new, like check().
    static Result<void> refresh(const QSqlDatabase& db, QSettings& settings, const QString& databasePath);

    // After a backup was restored into the file on purpose: the trail is now an older one, which check()
    // would report as entries removed. Walks the restored chain, appends an "audit.witness.accept" entry by
    // `actorId` naming the trail this computer saw before, and remembers the trail as it is now, so that
    // the next open agrees. Call it only from the restore itself; fails, remembering nothing new, when the
    // chain is not whole or the entry cannot be written.
    static Result<void> acceptRestoredTrail(const QSqlDatabase& db, QSettings& settings, const QString& databasePath,
                                            qint64 actorId, const QString& backupPath);

private:
    // Ok when `contentNow` (the trail's content up to entryId) is what this computer saw.
    Result<void> checkContent(const QString& contentNow) const;
    // Saves the trail as a walk left it (read inside one snapshot), with the trail's first entry.
    static Result<void> remember(const QSqlDatabase& db, QSettings& settings, const QString& databasePath,
                                 const AuditChainState& chain);
};

} // namespace Kindred
