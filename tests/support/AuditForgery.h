// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteShell.h"
#include "audit/AuditLog.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Kindred {

// How far the forger goes beyond blanking the entry and appending a redaction entry of their own.
struct ForgedAnonymisation
{
    // Also anonymise a family and append its "family.anonymise" entry right after, as a real redaction has,
    // writing the redaction as Kindred does (naming the family, with a digest of the original).
    bool anonymise = false;
    // The family anonymised: 0 a new family row of the forger's own, -1 the family the entry is about.
    qint64 familyId = 0;
    // The redaction's digest of the original: the true one (computed with the formula), or otherwise the
    // digest of what the entry holds now, which a witness that saw the entry tells apart.
    bool trueOriginal = false;
};

// What someone with the sqlite3 shell and the hash formula does to make an old audit entry say nothing:
// blanks its details with the redaction marker, rewords its reason, and appends a redaction entry of
// their own whose seal matches, advancing the head, so that the chain and the head agree again (issue
// 13, point 11); with `how.anonymise`, binds it to an anonymisation as a real redaction is. Reads what it
// needs through `db`, then edits the file at `path` with the real shell. Returns the shell's error text,
// empty when the forgery was written.
inline QString forgeRedaction(const QSqlDatabase& db, const QString& path, qint64 entryId, const QString& newReason,
                              const ForgedAnonymisation& how)
{
    QSqlQuery entry(db);
    entry.prepare(QStringLiteral(
        "SELECT at_utc, coalesce(actor_staff_id, 0), action, entity, entity_id, hash, details, coalesce(reason, ''), "
        "CASE entity WHEN 'family' THEN entity_id WHEN 'child' THEN (SELECT family_id FROM children WHERE id = "
        "entity_id) WHEN 'person' THEN (SELECT family_id FROM people WHERE id = entity_id) END, "
        "coalesce(station, '') FROM audit_log WHERE id = ?"));
    entry.addBindValue(entryId);
    if (!entry.exec() || !entry.next()) {
        return QStringLiteral("no entry %1").arg(entryId);
    }
    const qint64 entryFamily = entry.value(8).toLongLong();
    const QString original = how.trueOriginal
        ? AuditLog::contentDigestOf(entry.value(6).toString(), entry.value(7).toString())
        : AuditLog::contentDigestOf(AuditLog::RedactedDetails, newReason);
    const QString seal
        = AuditLog::hashOf(entry.value(5).toString(), entry.value(0).toString(), entry.value(1).toLongLong(),
                           entry.value(2).toString(), entry.value(3).toString(), entry.value(4).toLongLong(),
                           AuditLog::RedactedDetails, newReason, entry.value(9).toString());
    entry.finish();
    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1")) || !head.next()) {
        return QStringLiteral("no head");
    }
    const qint64 lastId = head.value(0).toLongLong();
    QString previous = head.value(1).toString();
    head.finish();

    const auto quoted = [](const QString& text) -> QString {
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    };
    const QString at = QStringLiteral("2026-12-01T10:00:00.000Z");
    const QString reason = QStringLiteral("Retention period over");
    QString script = QStringLiteral("UPDATE audit_log SET details = %1, reason = %2 WHERE id = %3;\n")
                         .arg(quoted(AuditLog::RedactedDetails), quoted(newReason))
                         .arg(entryId);
    const auto appendEntry = [&](qint64 id, const QString& action, const QString& entity, qint64 entityId,
                                 const QString& details) {
        const QString hash = AuditLog::hashOf(previous, at, 0, action, entity, entityId, details, reason);
        script
            += QStringLiteral("INSERT INTO audit_log (id, at_utc, actor_staff_id, action, entity, entity_id, details, "
                              "reason, prev_hash, hash) VALUES (%1, %2, NULL, %3, %4, %5, %6, %7, %8, %9);\n")
                   .arg(id)
                   .arg(quoted(at), quoted(action), quoted(entity))
                   .arg(entityId)
                   .arg(quoted(details), quoted(reason), quoted(previous), quoted(hash));
        previous = hash;
    };
    const qint64 family = how.familyId == 0 ? 9001 : how.familyId < 0 ? entryFamily : how.familyId;
    appendEntry(lastId + 1, AuditLog::RedactAction, QStringLiteral("audit_log"), 0,
                how.anonymise
                    ? QStringLiteral(R"({"count":1,"entries":[{"id":%1,"original":"%2","seal":"%3"}],"family":%4})")
                          .arg(entryId)
                          .arg(original, seal)
                          .arg(family)
                    : QStringLiteral(R"({"count":1,"entries":[{"id":%1,"seal":"%2"}]})").arg(entryId).arg(seal));
    qint64 added = 1;
    if (how.anonymise) {
        script += how.familyId == 0
            ? QStringLiteral("INSERT INTO families (id, household_name, status, card_code, created_at, "
                             "anonymised_at, archived_at) VALUES (%1, 'Anonymised family', 'withdrawn', "
                             "'ANON%1', %2, %2, %2);\n")
                  .arg(family)
                  .arg(quoted(at))
            : QStringLiteral("UPDATE families SET anonymised_at = %2, household_name = 'Anonymised family' "
                             "WHERE id = %1;\n")
                  .arg(family)
                  .arg(quoted(at));
        appendEntry(lastId + 2, QStringLiteral("family.anonymise"), QStringLiteral("family"), family,
                    QStringLiteral("{}"));
        added = 2;
    }
    script += QStringLiteral("UPDATE audit_head SET entries = entries + %1, last_id = %2, last_hash = %3 WHERE id = 1;")
                  .arg(added)
                  .arg(lastId + added)
                  .arg(quoted(previous));
    return SqliteShell::tamper(path, script);
}

} // namespace Kindred
