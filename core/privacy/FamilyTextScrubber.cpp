// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/FamilyTextScrubber.h"

#include "audit/AuditLog.h"
#include "base/TextFolding.h"
#include "privacy/AnonymisationReport.h"
#include "privacy/FamilyPseudonyms.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

// Audit entries about the family's own records. Health records are found through their child.
const auto LinkedAuditSql = QStringLiteral(R"(
    SELECT id FROM audit_log
    WHERE id > :after AND id <= :upTo AND action <> 'audit.redact' AND details <> '{"redacted":true}' AND (
           (entity = 'family' AND entity_id = :family)
        OR (entity = 'child' AND entity_id IN (SELECT id FROM children WHERE family_id = :family))
        OR (entity = 'person' AND entity_id IN (SELECT id FROM people WHERE family_id = :family))
        OR (entity = 'ticket' AND entity_id IN (SELECT id FROM tickets WHERE family_id = :family))
        OR (entity = 'attendance' AND entity_id IN (SELECT id FROM attendance WHERE family_id = :family))
        OR (entity = 'absence' AND entity_id IN (SELECT id FROM absences WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))
        OR (entity = 'incident' AND entity_id IN (SELECT incident_id FROM incident_children WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))
        OR (entity = 'medical_condition' AND entity_id IN (SELECT id FROM medical_conditions WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))
        OR (entity = 'medication' AND entity_id IN (SELECT id FROM medications WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))
        OR (entity = 'dietary_need' AND entity_id IN (SELECT id FROM dietary_needs WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))
        OR (entity = 'immunisation' AND entity_id IN (SELECT id FROM immunisations WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))
        OR (entity = 'medication_log' AND entity_id IN (SELECT id FROM medication_log WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family))))
    ORDER BY id)");
const auto NewestAuditSql = QStringLiteral(R"(SELECT coalesce(max(id), 0) FROM audit_log)");
// Other entries that may name the family's people: narrowed here by the given names in the forms SQLite's
// lower() leaves them (FamilyPseudonyms::givenNameForms), decided by FamilyPseudonyms (whole words, any
// case or accents).
const auto NamingAuditSql = QStringLiteral(R"(
    SELECT id, details, reason FROM audit_log
    WHERE id > :after AND id <= :upTo AND action <> 'audit.redact' AND details <> '{"redacted":true}'
      AND EXISTS (SELECT 1 FROM :names AS n
                  WHERE instr(lower(details), n.value) > 0 OR instr(lower(reason), n.value) > 0)
    ORDER BY id)");

const auto BlankTicketsSql = QStringLiteral(R"(
    UPDATE tickets SET subject = :marker,
        parent_words = CASE parent_words WHEN '' THEN '' ELSE :marker END,
        resolution_summary = CASE resolution_summary WHEN '' THEN '' ELSE :marker END,
        followup_words = CASE followup_words WHEN '' THEN '' ELSE :marker END,
        no_followup_reason = CASE no_followup_reason WHEN '' THEN '' ELSE :marker END
    WHERE family_id = :family AND subject <> :marker)");
const auto BlankTicketNotesSql = QStringLiteral(R"(
    UPDATE ticket_events SET body = :marker
    WHERE body <> '' AND body <> :marker AND ticket_id IN (SELECT id FROM tickets WHERE family_id = :family))");
const auto UnindexTicketsSql = QStringLiteral(R"(
    DELETE FROM ticket_search WHERE rowid IN (SELECT id FROM tickets WHERE family_id = :family))");
const auto DeleteHealthSql = QList<QString> {
    QStringLiteral(R"(
        DELETE FROM medical_conditions WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
    QStringLiteral(R"(
        DELETE FROM dietary_needs WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
    QStringLiteral(R"(
        DELETE FROM child_doctors WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
};

// A licensing table whose free text keeps the record but loses the names: the rows to look at (id
// first, then the text columns) and the statement that writes the columns back (:c0, :c1… and :id).
struct Rewrite
{
    QString select;
    QString update;
    int columns;
    bool incident; // counted as an incident rewritten
};

const QList<Rewrite>& rewrites()
{
    static const QList<Rewrite> list {
        {QStringLiteral(R"(
            SELECT id, location, description, action_taken, body_area, parent_notified_name, parent_notified_how,
                   follow_up, acknowledged_by, acknowledged_how
            FROM incidents WHERE id IN (SELECT incident_id FROM incident_children WHERE child_id IN
                (SELECT id FROM children WHERE family_id = :family)))"),
         QStringLiteral(R"(
            UPDATE incidents SET location = :c0, description = :c1, action_taken = :c2, body_area = :c3,
                parent_notified_name = :c4, parent_notified_how = :c5, follow_up = :c6, acknowledged_by = :c7,
                acknowledged_how = :c8
            WHERE id = :id)"),
         9, true},
        {QStringLiteral(R"(
            SELECT id, name FROM incident_witnesses WHERE incident_id IN (SELECT incident_id FROM incident_children
                WHERE child_id IN (SELECT id FROM children WHERE family_id = :family)))"),
         QStringLiteral(R"(UPDATE incident_witnesses SET name = :c0 WHERE id = :id)"), 1, false},
        {QStringLiteral(R"(
            SELECT id, old_value, new_value, reason FROM incident_amendments WHERE incident_id IN
                (SELECT incident_id FROM incident_children WHERE child_id IN
                    (SELECT id FROM children WHERE family_id = :family)))"),
         QStringLiteral(R"(
            UPDATE incident_amendments SET old_value = :c0, new_value = :c1, reason = :c2 WHERE id = :id)"),
         3, false},
        {QStringLiteral(R"(
            SELECT id, override_reason, group_label FROM attendance WHERE family_id = :family)"),
         QStringLiteral(R"(UPDATE attendance SET override_reason = :c0, group_label = :c1 WHERE id = :id)"), 2, false},
        {QStringLiteral(R"(
            SELECT k.id, k.reason FROM attendance_corrections k JOIN attendance a ON a.id = k.attendance_id
            WHERE a.family_id = :family)"),
         QStringLiteral(R"(UPDATE attendance_corrections SET reason = :c0 WHERE id = :id)"), 1, false},
        {QStringLiteral(R"(
            SELECT id, reason FROM absences WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
         QStringLiteral(R"(UPDATE absences SET reason = :c0 WHERE id = :id)"), 1, false},
        {QStringLiteral(R"(
            SELECT id, notes FROM medication_log
            WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
         QStringLiteral(R"(UPDATE medication_log SET notes = :c0 WHERE id = :id)"), 1, false},
        {QStringLiteral(R"(
            SELECT id, notes, schedule, dose FROM medications
            WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
         QStringLiteral(R"(UPDATE medications SET notes = :c0, schedule = :c1, dose = :c2 WHERE id = :id)"), 3, false},
        // The roll call of a drill keeps the child (by id) under the pseudonym.
        {QStringLiteral(R"(
            SELECT id, name FROM drill_entries
            WHERE person_kind = 'child' AND person_id IN (SELECT id FROM children WHERE family_id = :family))"),
         QStringLiteral(R"(UPDATE drill_entries SET name = :c0 WHERE id = :id)"), 1, false},
        {QStringLiteral(R"(
            SELECT id, notes FROM drills WHERE id IN (SELECT drill_id FROM drill_entries WHERE person_kind = 'child'
                AND person_id IN (SELECT id FROM children WHERE family_id = :family)))"),
         QStringLiteral(R"(UPDATE drills SET notes = :c0 WHERE id = :id)"), 1, false},
    };
    return list;
}

Result<int> execCount(const QSqlDatabase& db, const QString& sql, qint64 familyId)
{
    StoreQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":family"), familyId);
    if (sql.contains(QLatin1String(":marker"))) {
        query.bindValue(QStringLiteral(":marker"), FamilyTextScrubber::Marker);
    }
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    return query.numRowsAffected();
}

Result<int> rewrite(const QSqlDatabase& db, const Rewrite& table, qint64 familyId, const FamilyPseudonyms& names)
{
    StoreQuery select(db);
    setForwardOnlyAlongsideStatements(select);
    select.prepare(table.select);
    select.bindValue(QStringLiteral(":family"), familyId);
    if (!select.exec()) {
        return StoreError::fromSql(select.lastError());
    }
    QList<QPair<qint64, QStringList>> changed;
    while (select.next()) {
        QStringList texts;
        bool differs = false;
        for (int c = 0; c < table.columns; ++c) {
            const QString before = select.value(c + 1).toString();
            texts << names.apply(before);
            differs = differs || texts.last() != before;
        }
        if (differs) {
            changed << qMakePair(select.value(0).toLongLong(), texts);
        }
    }
    if (auto done = readComplete(select); !done) {
        return done.error();
    }
    select.finish();
    for (const auto& [id, texts] : changed) {
        StoreQuery update(db);
        update.prepare(table.update);
        for (int c = 0; c < texts.size(); ++c) {
            update.bindValue(QStringLiteral(":c%1").arg(c), texts.at(c));
        }
        update.bindValue(QStringLiteral(":id"), id);
        if (auto done = execQuery(update); !done) {
            return done.error();
        }
    }
    return int(changed.size());
}

} // namespace

Result<qint64> FamilyTextScrubber::newestAuditId(const QSqlDatabase& db)
{
    StoreQuery query(db);
    if (!query.exec(NewestAuditSql) || !query.next()) {
        return StoreError::fromSql(query.lastError());
    }
    return query.value(0).toLongLong();
}

Result<QList<qint64>> FamilyTextScrubber::auditEntries(const QSqlDatabase& db, qint64 familyId,
                                                       const FamilyPseudonyms& names, qint64 afterId, qint64 upToId)
{
    QList<qint64> ids;
    StoreQuery linked(db);
    setForwardOnlyAlongsideStatements(linked);
    linked.prepare(LinkedAuditSql);
    linked.bindValue(QStringLiteral(":family"), familyId);
    linked.bindValue(QStringLiteral(":after"), afterId);
    linked.bindValue(QStringLiteral(":upTo"), upToId);
    if (!linked.exec()) {
        return StoreError::fromSql(linked.lastError());
    }
    while (linked.next()) {
        ids << linked.value(0).toLongLong();
    }
    if (auto done = readComplete(linked); !done) {
        return done.error();
    }
    linked.finish();

    const SqlList givenNames(QStringLiteral(":names"), names.givenNameForms()); // narrowed by them, decided below
    StoreQuery naming(db);
    setForwardOnlyAlongsideStatements(naming);
    naming.prepare(givenNames.expandAsTable(NamingAuditSql));
    givenNames.bind(naming);
    naming.bindValue(QStringLiteral(":after"), afterId);
    naming.bindValue(QStringLiteral(":upTo"), upToId);
    if (!naming.exec()) {
        return StoreError::fromSql(naming.lastError());
    }
    while (naming.next()) {
        const QString text = naming.value(1).toString() + QLatin1Char('\n') + naming.value(2).toString();
        const QString folded = foldForSearch(text);
        for (const QString& fullName : names.foldedFullNames()) {
            if (folded.contains(fullName) && names.mentions(text)) {
                ids << naming.value(0).toLongLong();
                break;
            }
        }
    }
    if (auto done = readComplete(naming); !done) {
        return done.error();
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<void> FamilyTextScrubber::scrub(const QSqlDatabase& db, qint64 familyId, const FamilyPseudonyms& names,
                                       AnonymisationReport& report)
{
    auto tickets = execCount(db, BlankTicketsSql, familyId);
    if (!tickets) {
        return tickets.error();
    }
    report.ticketsBlanked = tickets.value();
    auto notes = execCount(db, BlankTicketNotesSql, familyId);
    if (!notes) {
        return notes.error();
    }
    report.ticketNotesBlanked = notes.value();
    if (auto unindexed = execCount(db, UnindexTicketsSql, familyId); !unindexed) {
        return unindexed.error();
    }
    for (const QString& sql : DeleteHealthSql) {
        auto deleted = execCount(db, sql, familyId);
        if (!deleted) {
            return deleted.error();
        }
        report.healthRecordsDeleted += deleted.value();
    }
    for (const Rewrite& table : rewrites()) {
        auto rewritten = rewrite(db, table, familyId, names);
        if (!rewritten) {
            return rewritten.error();
        }
        (table.incident ? report.incidentsRewritten : report.recordsRewritten) += rewritten.value();
    }
    return {};
}

} // namespace Kindred
