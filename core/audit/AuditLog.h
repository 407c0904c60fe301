// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditHash.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
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
//
// How the trail shows an edit made outside Kindred:
// - Each entry's hash covers the previous entry's hash and its own fields (hashOf; from schema 17 the
//   station that wrote it, AuditHash::of says how older entries keep their hash), so editing,
//   removing or slipping in an entry breaks the chain at that entry.
// - Nothing links forwards to the newest entries, so their removal would leave a valid chain. The
//   one-row table audit_head (schema 7) holds the number of entries Kindred wrote and the newest one's
//   id and hash; append() advances it in the same transaction (never recounts, so a removal stays
//   visible after later entries), and verifyChain() compares it with the chain it walked.
// - The file refuses UPDATE and DELETE on audit_log itself (triggers), so the sqlite3 shell has to
//   drop a trigger first; the chain and the head still tell.
//
// Redaction (anonymising a family): the old values in an entry's details may hold personal data
// that must go when the retention period ends, yet the entry and the chain must stay. redact()
// (AuditRedaction) replaces the details with RedactedDetails and pseudonymises the reason (the family's names replaced,
// nothing else), while the hash, links and other columns stay as they were; the file's trigger allows
// only this update. As the details are gone, the entry's hash can no longer be recomputed; instead the
// "audit.redact" entry appended in the same transaction lists each redacted entry's id with a seal:
// hashOf(the entry's stored hash, its at/actor/action/entity/id, RedactedDetails, its reason after
// redaction), and the digest of its original details and reason (contentDigestOf), which the
// AuditWitness of a computer that saw the entry before compares with what it saw. verifyChain()
// accepts an entry whose details are RedactedDetails only when a LATER audit.redact entry (itself
// chained) names it, the seal matches, and that redaction is bound to an anonymisation: the very next
// entry is the "family.anonymise" of the family it names, by the same actor (the system or a staff
// member), the first anonymisation of that family, whose row is anonymised; the seal keeps the digest
// of the original; and the blanked entry is about that family (isAbout: its record is not another
// family's only), so a forged redaction cannot borrow one family's anonymisation to blank an entry
// about another (a custody change, a check-out). So blanking an entry with
// the sqlite3 shell and appending a redaction entry of one's own is reported, unless the forger also
// anonymises a family (its personal data gone) and forges its anonymisation entry; and then a
// computer whose witness saw the entry still tells (AuditWitness). Any other entry's details are
// checked by recomputing its hash as before. Before an entry is redacted its hash is checked, so
// redaction never launders an outside edit.
//
// What this does not do: the hashes are not keyed, so someone with the file, the shell and the
// formula can rewrite the whole chain and the head; this detects edits and deletions, it does not
// prevent a determined forger. A copy of the head kept elsewhere (a backup, a printout) would.
// The head row (audit_head): how many entries Kindred wrote, and the newest one's id and hash.
struct AuditHead
{
    bool present = false; // false when the row, or its table, was removed outside Kindred
    qint64 entries = 0;
    qint64 lastId = 0;
    QString lastHash;
};

// Where a walk of the chain ended: the newest entry, how many entries, and the digest of every entry's
// content so far (original details and reason, also for redacted entries; AuditWitness keeps it).
struct AuditChainState
{
    qint64 lastId = 0;
    QString lastHash; // empty: the start of the trail
    qint64 entries = 0;
    QString content;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static inline const QString& RedactedDetails = AuditHash::RedactedDetails;
    static inline const QString RedactAction = QStringLiteral("audit.redact");

    static Result<void> append(const QSqlDatabase& db, const AuditEntry& entry);
    // Walks the chain and compares its end with the head; fails naming the first entry that was
    // edited, removed or inserted outside Kindred (or the newest entries that were removed).
    static Result<void> verifyChain(const QSqlDatabase& db);
    // The same walk from `from` on (the whole trail by default), ending at the head; also gives the
    // content digest as it stood at entry `markId` (when the walk passes it).
    static Result<AuditChainState> verifyFrom(const QSqlDatabase& db, const AuditChainState& from = {},
                                              qint64 markId = 0, QString* contentAtMark = nullptr);
    static Result<AuditHead> head(const QSqlDatabase& db);
    // Whether db's trail names each entry's station (schema 17 on; a file being upgraded from an older one
    // does not yet), and the column to select for AuditRow's station: "station", or "NULL AS station".
    static bool hasStations(const QSqlDatabase& db);
    static QString stationColumn(const QSqlDatabase& db);
    // AuditHash::of and AuditHash::contentDigestOf.
    static QString hashOf(const QString& previousHash, const QString& atUtc, qint64 actorId, const QString& action,
                          const QString& entity, qint64 entityId, const QString& details, const QString& reason,
                          const QString& station = QString());
    // The digest of one entry's details and reason, as the redaction keeps it of the original.
    static QString contentDigestOf(const QString& details, const QString& reason);

    // Whether an entry about record (`entity`, `entityId`) may be redacted with the anonymisation of family
    // `familyId`: false when the record belongs, through the rows an anonymisation keeps (the family, its
    // children and adults, their tickets, attendance, absences, incidents, medications, immunisations,
    // medication log), to other families only; true when it belongs to `familyId`, or to no family (a staff
    // or settings entry that named the family's people, a record the anonymisation deleted). redact() leaves
    // out entries it refuses, and verifyChain() reports a blanked entry it refuses. The read error otherwise.
    static Result<bool> isAbout(const QSqlDatabase& db, const QString& entity, qint64 entityId, qint64 familyId);
};

} // namespace Kindred
