// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace Kindred {

// The records whose content decides who may take a child home and who may do what are sealed like the
// audit trail (issue 13): each protected record has a SHA-256 of its content in record_digests (schema
// 14), written in the same transaction as the record, and listed by that transaction's audit entry, so
// that an edit made with the sqlite3 shell no longer matches its last audited state. Protected, one
// "unit" each (a unit's digest covers the columns named in RecordDigest.cpp, read back from the file):
//   a child's pickup restrictions, all of them (one unit per child), and its authorised pickups;
//   each attendance record; each role's permissions; each staff member's role and archived state;
//   each staff member's PIN, password and account role; each staff member's sites and roles there (schema 20).
// A record that was removed keeps its digest as the digest of nothing, so its removal shows too.
//
// Writers call seal() once per write, inside their transaction and BEFORE their AuditLog::append (which
// claims every digest sealed since the last entry: it lists them in its details, or for a bulk seal
// their count and a digest of them all). verify() lists every protected record whose content does not
// match its digest, or whose digest does not match the audit entry that claimed it.
//
// What this does not do: someone with the shell who recomputes a record's digest AND rewrites the audit
// chain from its entry on goes unnoticed by the file alone; a computer whose AuditWitness saw the trail
// before catches the rewritten chain. Columns added after schema 14 are not covered until they are named
// in RecordDigest.cpp.
class RecordDigest
{
    Q_DECLARE_TR_FUNCTIONS(RecordDigest)

public:
    static constexpr int Version = 14; // its migration step: RecordDigestMigration
    static inline const QString DetailsKey = QStringLiteral("records"); // in the claiming audit entry

    // Recomputes the digests of what `entity` / `key` names: "child" (its pickup restrictions and
    // authorisations), "family" (every child's pickup rules and the family's attendance), "attendance",
    // "role" (key: the role key), "staff" (its role and archived state), "account" (its PIN, password and
    // account role), "site_roles" (a staff member's roles per site). Any other entity is not protected and nothing is
    // done. Fails with the SQL error; a file older than schema 14 has nothing to seal.
    static Result<void> seal(const QSqlDatabase& db, const QString& entity, const QVariant& key);
    // Every protected record (or only those that have no digest yet): schema 14's migration, and bulk
    // writers (the demo history) before their audit entry. Returns how many digests were written.
    static Result<qint64> sealAll(const QSqlDatabase& db, bool onlyMissing);
    // For AuditLog::append, inside its transaction: what the next entry claims (a list of [unit, key,
    // digest], or {count, digest} for many), or Undefined when nothing is pending; then markClaimed().
    static Result<QJsonValue> pendingClaim(const QSqlDatabase& db);
    static Result<void> markClaimed(const QSqlDatabase& db, qint64 auditId);

    // Every protected record that does not match its last audited state, one sentence each for a
    // director ("Ana Silva's pickup restrictions were changed outside Kindred."); empty when all match.
    // Fails only when the file cannot be read.
    static Result<QStringList> verify(const QSqlDatabase& db);
};

} // namespace Kindred
