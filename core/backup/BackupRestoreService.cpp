// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupRestoreService.h"

#include "audit/AuditLog.h"
#include "audit/AuditWitness.h"
#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "centre/Session.h"
#include "families/CustodySnapshot.h"
#include "store/BackupCopy.h"
#include "store/BackupFile.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/ReadCheck.h"
#include "store/SqliteHandle.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto FirstHashSql = QStringLiteral(R"(SELECT hash FROM audit_log ORDER BY id LIMIT 1)");

// How long to wait for a station that is just finishing a read before saying that the file is in use.
constexpr int LockWaitMs = 2000;

// The first entry of the audit trail, which tells which data file a backup was made from ("" for a trail
// that has none yet).
Result<QString> firstHashOf(const Result<QList<QVariantList>>& rows)
{
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? QString() : rows->first().value(0).toString();
}

// Holds the data file for this connection alone while the backup is copied in.
//
// Why this detects another process: in WAL mode every connection that has read the file keeps a SHARED
// lock on it for as long as it is open (SQLite releases it only when the connection closes), whatever
// process it is in. With locking_mode=EXCLUSIVE, the first write transaction asks for an EXCLUSIVE lock on
// the database file itself, which the system grants only when no other connection holds any lock on it;
// the busy handler retries for LockWaitMs, then BEGIN EXCLUSIVE fails with SQLITE_BUSY. Once granted,
// exclusive mode keeps the lock after COMMIT, so no station can open the file until release() — unlike
// looking at the WAL index's reader slots, which a process that opens the file a moment later would not
// respect. Connections of this process count too (SQLite tracks them per file), so a background check
// still running also makes the restore wait or refuse.
class ExclusiveHold
{
public:
    explicit ExclusiveHold(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~ExclusiveHold() { release(); }
    ExclusiveHold(const ExclusiveHold&) = delete;
    ExclusiveHold& operator=(const ExclusiveHold&) = delete;

    Result<void> acquire()
    {
        StoreQuery query(m_db);
        m_busyTimeoutMs
            = query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next() ? query.value(0).toInt() : 5000;
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(LockWaitMs))
            || !query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"))) {
            return StoreError::fromSql(query.lastError());
        }
        m_held = true;
        if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            const QSqlError error = query.lastError();
            release();
            if (StoreError::kindOf(error) == StoreError::Kind::Busy) {
                return Error {BackupRestoreService::tr(
                    "Another station or program has the data file open, so the backup was not restored and nothing "
                    "was changed. Close Kindred on the other stations (and any report job), then try again.")};
            }
            return StoreError::fromSql(error);
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const QSqlError error = query.lastError();
            release();
            return StoreError::fromSql(error);
        }
        return {};
    }

    void release()
    {
        if (!m_held) {
            return;
        }
        m_held = false;
        StoreQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
        query.exec(QStringLiteral("PRAGMA locking_mode = NORMAL"));
        // The lock is given up at the next access in normal mode.
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        query.finish();
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    }

private:
    QSqlDatabase m_db;
    int m_busyTimeoutMs = 5000;
    bool m_held = false;
};

// The pickup rules the restore would change: the live file's compared with the backup's.
Result<QList<CustodyChange>> custodyChanges(const QSqlDatabase& live, const BackupFile& backup)
{
    auto theirs = CustodySnapshot::read(backup);
    if (!theirs) {
        return theirs.error();
    }
    auto ours = CustodySnapshot::read(live);
    if (!ours) {
        return ours.error();
    }
    return ours->changesTo(theirs.value());
}

} // namespace

Result<RestoreOutcome> BackupRestoreService::restore(Database& database, const Session& session,
                                                     QSettings& witnessSettings, const QString& backupPath)
{
    if (auto allowed = session.require(Permission::ManageSettings); !allowed) {
        return allowed.error();
    }
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    if (backup == QFileInfo(database.path()).absoluteFilePath()) {
        return Error {tr("That is the data file itself, not a backup of it.")};
    }
    if (auto verified = BackupCopy::verify(backup, database.schema().contentCheck); !verified) {
        return Error {tr("%1 Nothing was restored.").arg(verified.errorString())};
    }
    const QSqlDatabase db = database.connection();
    if (!sqliteHandle(db)) {
        return Error {tr("The data file is not open, so nothing was restored.")};
    }
    auto source = BackupFile::open(backup);
    if (!source) {
        return source.error();
    }
    // A backup of another centre's file would replace this centre's records with someone else's: the trail's
    // first entry tells which file a backup was made from.
    const auto theirs = firstHashOf(source->rows(FirstHashSql));
    if (!theirs) {
        return Error {tr("%1 Nothing was restored.").arg(theirs.errorString())};
    }
    const auto ours = firstHashOf(readRows(db, FirstHashSql));
    if (!ours) {
        return Error {tr("%1 Nothing was restored.").arg(ours.errorString())};
    }
    if (!ours->isEmpty() && theirs.value() != ours.value()) {
        return Error {tr("%1 is a backup of another data file, not of this one; nothing was restored. To look at "
                         "it, open it with File → Open data file.")
                          .arg(backup)};
    }

    // A restore rewrites every child's pickup rules as the backup has them: the custody permission when that
    // changes any of them, and one audit entry per rule changed (issue 13: no side door to the rules).
    auto custody = custodyChanges(db, source.value());
    if (!custody) {
        return custody.error();
    }
    if (!custody->isEmpty()) {
        if (auto allowed = session.require(Permission::ManageCustody); !allowed) {
            return Error {tr("%1 The backup has other pickup rules than the data file (%2), so nothing was restored.")
                              .arg(allowed.errorString(), custody->first().description())};
        }
    }

    // The window's pages may hold a query they have not read to the end, which keeps a read open and makes
    // SQLite refuse the copy; every view is rebuilt over the restored file right after.
    resetStatementsInProgress(db);
    ExclusiveHold hold(db);
    if (auto held = hold.acquire(); !held) {
        return held.error();
    }
    const QString stamp = Clock::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = QStringLiteral("%1.replaced-by-restore-%2.bak").arg(database.path(), stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = QStringLiteral("%1.replaced-by-restore-%2-%3.bak").arg(database.path(), stamp).arg(n);
    }
    // The data file as it is (damaged or not: it may be why the backup is restored), before anything changes.
    if (auto kept = DatabaseBackup::copyAsIs(database, aside); !kept) {
        return Error {tr("The data file could not be kept aside before the restore, so nothing was restored: %1")
                          .arg(kept.errorString())};
    }
    if (auto copied = source->copyInto(db); !copied) {
        QFile::remove(aside); // nothing was replaced
        return copied.error();
    }

    WriteTransaction transaction(db);
    Result<void> audited = transaction.begin();
    if (audited) {
        audited = AuditLog::append(db,
                                   {session.actorId(),
                                    QStringLiteral("database.restore"),
                                    QStringLiteral("database"),
                                    0,
                                    {{QStringLiteral("backup"), backup}, {QStringLiteral("replacedCopy"), aside}},
                                    {}});
    }
    const CustodyNote restored {tr("Restored from the backup %1").arg(backup), {}};
    for (const CustodyChange& change : std::as_const(custody.value())) {
        if (audited) {
            AuditEntry entry = CustodyRules::auditEntry(change, restored, session.actorId());
            entry.details.insert(QStringLiteral("restoredFrom"), backup);
            audited = AuditLog::append(db, entry);
        }
    }
    if (audited) {
        audited = transaction.commit();
    }
    if (audited) {
        audited = AuditWitness::acceptRestoredTrail(db, witnessSettings, database.path(), session.actorId(), backup);
    }
    hold.release();
    DiagnosticLog::info(
        QStringLiteral("restore"),
        QStringLiteral("%1 restored into %2, the replaced file kept as %3").arg(backup, database.path(), aside));
    if (!audited) {
        DiagnosticLog::error(QStringLiteral("restore"), QStringLiteral("not audited: %1").arg(audited.errorString()));
        return Error {tr("The backup was restored (the data file as it was is kept as %1), but the restore could not "
                         "be recorded in the audit trail: %2")
                          .arg(aside, audited.errorString())};
    }
    return RestoreOutcome {aside};
}

} // namespace Kindred
