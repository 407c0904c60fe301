// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/Anonymiser.h"

#include "audit/AuditLog.h"
#include "audit/AuditRedaction.h"
#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "families/FamilySearchIndex.h"
#include "families/FamilySearchStatements.h"
#include "privacy/FamilyPseudonyms.h"
#include "privacy/FamilyTextScrubber.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"
#include "tickets/TicketSearchStatements.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace Kindred {
namespace {

// A family has left when it is withdrawn or archived; it left at its last change (or its creation).
// Exports and other reads are not changes and do not restart the retention period.
const auto DueSql = QStringLiteral(R"(
    SELECT id, household_name, left_at, children, adults FROM (
        SELECT f.id, f.household_name,
               (SELECT max(moment) FROM
                   (SELECT f.created_at AS moment UNION ALL SELECT f.archived_at
                    UNION ALL SELECT max(a.at_utc) FROM audit_log a
                              WHERE a.entity = 'family' AND a.entity_id = f.id
                                AND a.action IN ('family.create', 'family.update', 'family.archive')) AS moments)
                   AS left_at,
               (SELECT count(*) FROM children c WHERE c.family_id = f.id) AS children,
               (SELECT count(*) FROM people p WHERE p.family_id = f.id) AS adults
        FROM families f
        WHERE f.anonymised_at IS NULL AND (f.status = 'withdrawn' OR f.archived_at IS NOT NULL)) AS leavers
    WHERE left_at < :cutoff AND (CAST(:family AS BIGINT) IS NULL OR id = :family)
    ORDER BY left_at, id)");
const auto PhotoIdsSql = QStringLiteral(R"(
    SELECT photo_id FROM people WHERE family_id = :family AND photo_id IS NOT NULL
    UNION SELECT photo_id FROM children WHERE family_id = :family AND photo_id IS NOT NULL)");
const auto AnonymiseFamilySql = QStringLiteral(R"(
    UPDATE families SET household_name = :name, address_line1 = '', address_line2 = '', city = '', postcode = '',
        languages = '', cultures = '', celebrations = '', share_cultures = 0, notes = '', card_code = 'ANON' || id,
        anonymised_at = :now, archived_at = coalesce(archived_at, :now)
    WHERE id = :family)");
const auto AnonymisePeopleSql = QStringLiteral(R"(
    UPDATE people SET first_name = :first, last_name = '#' || id, mobile_phone = '', home_phone = '',
        work_phone = '', email = '', preferred_language = '', photo_id = NULL, directory_consent = 0,
        archived_at = coalesce(archived_at, :now)
    WHERE family_id = :family)");
const auto AnonymiseChildrenSql = QStringLiteral(R"(
    UPDATE children SET first_name = :first, last_name = '#' || id, preferred_name = '',
        date_of_birth = substr(date_of_birth, 1, 7) || '-01', photo_id = NULL, medical_notes = '',
        photo_consent = 0, archived_at = coalesce(archived_at, :now)
    WHERE family_id = :family)");
// Personal details that no retention rule asks for.
const QList<QString>& deleteChildDetailsSql()
{
    static const QList<QString> statements {
        QStringLiteral(
            R"(DELETE FROM allergies WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
        QStringLiteral(
            R"(DELETE FROM emergency_contacts WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
        QStringLiteral(
            R"(DELETE FROM pickup_authorisations WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
        QStringLiteral(
            R"(DELETE FROM pickup_restrictions WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
        QStringLiteral(
            R"(DELETE FROM child_bookings WHERE child_id IN (SELECT id FROM children WHERE family_id = :family))"),
    };
    return statements;
}
const auto KeptSql = QStringLiteral(R"(
    SELECT (SELECT count(*) FROM attendance WHERE family_id = :family),
           (SELECT count(DISTINCT incident_id) FROM incident_children
            WHERE child_id IN (SELECT id FROM children WHERE family_id = :family)))");
const auto DeletePhotoSql = QStringLiteral(R"(DELETE FROM photos WHERE id = :id)");

} // namespace

Anonymiser::Anonymiser(Database& database, Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<int> Anonymiser::retentionMonths() const
{
    const auto setting = SettingsService::read(m_database, RetentionSettingKey);
    if (!setting) {
        return setting.error();
    }
    bool ok = false;
    const int months = setting->toInt(&ok);
    return ok && months > 0 ? months : DefaultRetentionMonths;
}

Result<void> Anonymiser::setRetentionMonths(int months)
{
    if (auto allowed = m_session.require(Permission::ManageSettings); !allowed) {
        return allowed;
    }
    if (months < 1 || months > 600) {
        return fieldError(QStringLiteral("retentionMonths"),
                          tr("Nothing was changed: the retention period is 1 to 600 months."));
    }
    // Through SettingsService like every other setting: permission, audit entry and change notice in one place.
    return SettingsService(m_database, m_session).setValue(RetentionSettingKey, QString::number(months));
}

Result<QList<AnonymisationCandidate>> Anonymiser::due() const
{
    if (auto allowed = m_session.require(Permission::AnonymiseFamilies); !allowed) {
        return allowed.error();
    }
    const auto months = retentionMonths();
    if (!months) {
        return months.error();
    }
    const QDateTime cutoff = Clock::currentDateTimeUtc().addMonths(-months.value());
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(DueSql);
    query.bindValue(QStringLiteral(":cutoff"), cutoff.toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":family"), QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    QList<AnonymisationCandidate> candidates;
    while (query.next()) {
        candidates << AnonymisationCandidate {query.value(0).toLongLong(), query.value(1).toString(),
                                              QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                                              query.value(3).toInt(), query.value(4).toInt()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return candidates;
}

Result<int> Anonymiser::anonymiseDue(const QString& reason)
{
    auto candidates = due();
    if (!candidates) {
        return candidates.error();
    }
    int done = 0;
    for (const AnonymisationCandidate& candidate : candidates.value()) {
        if (auto anonymised = run(candidate.familyId, reason, true); !anonymised) {
            return anonymised.error();
        }
        ++done;
    }
    if (done > 0) {
        if (auto purged = purgeSearchIndexes(); !purged) {
            return purged.error();
        }
    }
    return done;
}

Result<void> Anonymiser::purgeSearchIndexes()
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    // Full-text indexes keep the words of deleted rows until their next merge; merged at once, so that no
    // word of an anonymised family's names or tickets stays in the index.
    if (auto done = FamilySearchStatements(db).compact(); !done) {
        return done;
    }
    if (auto done = TicketSearchStatements(db).compact(); !done) {
        return done;
    }
    return transaction.commit();
}

Result<void> Anonymiser::anonymise(qint64 familyId, const QString& reason)
{
    auto done = run(familyId, reason, true);
    if (!done) {
        return done.error();
    }
    return purgeSearchIndexes();
}

Result<AnonymisationReport> Anonymiser::dryRunDue()
{
    auto candidates = due();
    if (!candidates) {
        return candidates.error();
    }
    AnonymisationReport total;
    for (const AnonymisationCandidate& candidate : candidates.value()) {
        auto report = dryRun(candidate.familyId);
        if (!report) {
            return report.error();
        }
        total += report.value();
    }
    return total;
}

Result<AnonymisationReport> Anonymiser::dryRun(qint64 familyId)
{
    return run(familyId, tr("Dry run"), false);
}

Result<AnonymisationReport> Anonymiser::run(qint64 familyId, const QString& reason, bool keep)
{
    if (auto allowed = m_session.require(Permission::AnonymiseFamilies); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    // Most of the audit trail is searched for the family's entries before the write lock is taken, so
    // that other stations' check-ins do not wait for the scan of a long trail.
    QList<qint64> auditIds;
    qint64 scannedUpTo = 0; // entries after this one are searched under the lock
    if (auto earlyNames = FamilyPseudonyms::read(db, familyId)) {
        auto newest = FamilyTextScrubber::newestAuditId(db);
        if (!newest) {
            return newest.error();
        }
        auto earlier = FamilyTextScrubber::auditEntries(db, familyId, earlyNames.value(), 0, newest.value());
        if (!earlier) {
            return earlier.error();
        }
        auditIds = earlier.value();
        scannedUpTo = newest.value();
    }

    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const auto months = retentionMonths();
    if (!months) {
        return months.error();
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    StoreQuery check(db);
    check.prepare(DueSql);
    check.bindValue(QStringLiteral(":cutoff"), now.addMonths(-months.value()).toString(Qt::ISODateWithMs));
    check.bindValue(QStringLiteral(":family"), familyId);
    if (!check.exec()) {
        return StoreError::fromSql(check.lastError());
    }
    if (!check.next()) {
        return Error {tr("Nothing was changed: this family has not left, or left less than %n month(s) ago.", nullptr,
                         months.value())};
    }
    AnonymisationReport report;
    report.familyId = familyId;
    report.children = check.value(3).toInt();
    report.adults = check.value(4).toInt();
    check.finish();

    // Names and the audit entries to redact are read before any row of the family changes.
    auto names = FamilyPseudonyms::read(db, familyId);
    if (!names) {
        return names.error();
    }
    auto newerAuditIds = FamilyTextScrubber::auditEntries(db, familyId, names.value(), scannedUpTo);
    if (!newerAuditIds) {
        return newerAuditIds.error();
    }
    auditIds.append(newerAuditIds.value()); // both lists are sorted, and the second starts after the first
    StoreQuery kept(db);
    kept.prepare(KeptSql);
    kept.bindValue(QStringLiteral(":family"), familyId);
    if (!kept.exec() || !kept.next()) {
        return StoreError::fromSql(kept.lastError());
    }
    report.attendanceKept = kept.value(0).toInt();
    report.incidentsKept = kept.value(1).toInt();
    kept.finish();

    QList<qint64> photoIds;
    StoreQuery photos(db);
    photos.prepare(PhotoIdsSql);
    photos.bindValue(QStringLiteral(":family"), familyId);
    if (!photos.exec()) {
        return StoreError::fromSql(photos.lastError());
    }
    while (photos.next()) {
        photoIds << photos.value(0).toLongLong();
    }
    if (auto done = readComplete(photos); !done) {
        return done.error();
    }
    photos.finish();
    report.photosDeleted = int(photoIds.size());

    const QString at = now.toString(Qt::ISODateWithMs);
    const QList<QPair<QString, QString>> updates {
        {AnonymiseFamilySql, FamilyPseudonyms::familyPseudonym(familyId)},
        {AnonymisePeopleSql, tr("Former adult")},
        {AnonymiseChildrenSql, tr("Former child")},
    };
    for (const auto& [sql, placeholder] : updates) {
        StoreQuery query(db);
        query.prepare(sql);
        query.bindValue(sql == AnonymiseFamilySql ? QStringLiteral(":name") : QStringLiteral(":first"), placeholder);
        query.bindValue(QStringLiteral(":now"), at);
        query.bindValue(QStringLiteral(":family"), familyId);
        if (auto done = execQuery(query); !done) {
            return done.error();
        }
    }
    for (const QString& sql : deleteChildDetailsSql()) {
        StoreQuery query(db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":family"), familyId);
        if (auto done = execQuery(query); !done) {
            return done.error();
        }
        report.detailsDeleted += query.numRowsAffected();
    }
    for (qint64 photoId : photoIds) {
        StoreQuery query(db);
        query.prepare(DeletePhotoSql);
        query.bindValue(QStringLiteral(":id"), photoId);
        if (auto done = execQuery(query); !done) {
            return done.error();
        }
    }
    if (auto removed = FamilySearchIndex::remove(db, familyId); !removed) {
        return removed.error();
    }
    if (auto scrubbed = FamilyTextScrubber::scrub(db, familyId, names.value(), report); !scrubbed) {
        return scrubbed.error();
    }
    const FamilyPseudonyms& pseudonyms = names.value();
    auto redacted = AuditRedaction::redact(
        db, m_session.actorId(), familyId, auditIds,
        [&pseudonyms](const QString& text) { return pseudonyms.apply(text); }, reason);
    if (!redacted) {
        return redacted.error();
    }
    report.auditEntriesRedacted = redacted.value();
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("family"), familyId); !sealed) {
        return sealed.error();
    }
    AuditEntry entry {m_session.actorId(),
                      QStringLiteral("family.anonymise"),
                      QStringLiteral("family"),
                      familyId,
                      {{QStringLiteral("children"), report.children},
                       {QStringLiteral("adults"), report.adults},
                       {QStringLiteral("photosDeleted"), report.photosDeleted},
                       {QStringLiteral("detailsDeleted"), report.detailsDeleted},
                       {QStringLiteral("healthRecordsDeleted"), report.healthRecordsDeleted},
                       {QStringLiteral("ticketsBlanked"), report.ticketsBlanked},
                       {QStringLiteral("ticketNotesBlanked"), report.ticketNotesBlanked},
                       {QStringLiteral("incidentsRewritten"), report.incidentsRewritten},
                       {QStringLiteral("recordsRewritten"), report.recordsRewritten},
                       {QStringLiteral("auditEntriesRedacted"), report.auditEntriesRedacted},
                       {QStringLiteral("retentionMonths"), months.value()}},
                      reason};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    if (!keep) {
        transaction.rollback();
        return report;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return report;
}

} // namespace Kindred
