// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyService.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreQuery.h"

#include "audit/AuditLog.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/LanguageNames.h"
#include "centre/Session.h"
#include "families/FamilyChanges.h"
#include "families/FamilyJson.h"
#include "families/FamilyReader.h"
#include "families/FamilyRedaction.h"
#include "families/FamilySearchIndex.h"
#include "families/FamilyValidation.h"
#include "families/FamilyWriter.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/RecordVersion.h"
#include "store/StoreError.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ArchiveFamilySql = QStringLiteral(R"(
    UPDATE families SET archived_at = :at WHERE id = :id AND archived_at IS NULL)");
const auto ArchiveMembersSql = QStringLiteral(R"(
    UPDATE people SET archived_at = :at WHERE family_id = :id AND archived_at IS NULL)");
const auto ArchiveChildrenSql = QStringLiteral(R"(
    UPDATE children SET archived_at = :at WHERE family_id = :id AND archived_at IS NULL)");
const auto CardCodeTakenSql = QStringLiteral(R"(SELECT id FROM families WHERE card_code = :code)");
// Each family's line in the search list, from %1: family_summaries, where schema 22 keeps it ready, or for a family
// whose line is missing there, family_summary_source, the view that holds the rule (the same columns). The last
// column says whether a line was found.
const auto SummariesSql = QStringLiteral(R"(
    SELECT f.id, f.household_name, f.status, f.card_code, s.child_names, s.guardian_names, s.life_threatening = 1,
           s.family_id IS NOT NULL
    FROM families f LEFT JOIN %1 s ON s.family_id = f.id
    WHERE f.id IN (:ids) AND f.archived_at IS NULL)");
const auto SummaryTable = QStringLiteral("family_summaries");
const auto SummaryView = QStringLiteral("family_summary_source");
const auto ListSql = QStringLiteral(R"(
    SELECT id FROM families WHERE archived_at IS NULL
    ORDER BY lower(household_name), id LIMIT :limit OFFSET :offset)");
const auto CountFamiliesSql = QStringLiteral(R"(SELECT count(*) FROM families WHERE archived_at IS NULL)");
const auto FamilyVersionSql = QStringLiteral(R"(SELECT version FROM families WHERE id = :id AND archived_at IS NULL)");
const auto CountChildrenSql = QStringLiteral(R"(SELECT count(*) FROM children WHERE archived_at IS NULL)");

// Card codes avoid letters and digits that read alike (0/O, 1/I/L, 5/S, 2/Z, 8/B).
const QString CardAlphabet = QStringLiteral("ACDEFGHJKMNPQRTUVWXY34679");

} // namespace

FamilyService::FamilyService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<QString> FamilyService::newCardCode() const
{
    // 25^8 codes: a code drawn twice in a row is already a sign that something else is wrong.
    constexpr int Attempts = 20;
    StoreQuery taken(m_database.connection());
    taken.prepare(CardCodeTakenSql);
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        QString code;
        for (int i = 0; i < 8; ++i) {
            code += CardAlphabet.at(QRandomGenerator::system()->bounded(CardAlphabet.size()));
        }
        taken.bindValue(QStringLiteral(":code"), code);
        if (auto done = execRead(taken); !done) {
            return done.error();
        }
        if (taken.next()) {
            taken.finish();
            continue; // taken: draw again
        }
        if (auto done = readComplete(taken); !done) {
            return done.error();
        }
        return code;
    }
    return Error {tr("Kindred could not find a free family card code. Nothing was saved; call support.")};
}

Result<QList<CustodyChange>> FamilyService::custodyChanges(const Family& family) const
{
    if (auto allowed = m_session.require(Permission::EditFamilies); !allowed) {
        return allowed.error();
    }
    if (family.id == 0) {
        return QList<CustodyChange> {};
    }
    auto stored = loadWhole(family.id);
    if (!stored) {
        return stored.error();
    }
    Family edited = family;
    keepHiddenDetails(edited, stored.value(), m_session);
    return CustodyRules::changes(stored.value(), edited);
}

Result<qint64> FamilyService::save(Family& family, const CustodyNote& custody)
{
    return save(family, Family(), custody);
}

Result<qint64> FamilyService::save(Family& family, const Family& loaded, const CustodyNote& custody)
{
    if (auto allowed = m_session.require(Permission::EditFamilies); !allowed) {
        return allowed.error();
    }
    if (auto valid = FamilyValidation::validate(family, Clock::currentDate()); !valid) {
        return valid.error();
    }
    Family saved = family;
    saved.householdName = saved.householdName.trimmed();
    // A language as the desk writes it ("Arabic", "español") is kept as its code, which chooses the language of
    // what Kindred prints for them (schema 25); what names no language stays as typed.
    for (Person& adult : saved.adults) {
        adult.preferredLanguage
            = LanguageNames::codeOf(adult.preferredLanguage).value_or(adult.preferredLanguage.trimmed());
    }
    if (saved.cardCode.isEmpty()) {
        auto code = newCardCode();
        if (!code) {
            return code.error();
        }
        saved.cardCode = code.value();
    }
    const bool isNew = saved.id == 0;
    // A child added here is enrolled at this station's site (schema 19); one on file keeps theirs.
    for (Child& child : saved.children) {
        if (child.id == 0 && child.siteId == 0) {
            child.siteId = m_session.siteId();
        }
    }

    const QSqlDatabase db = m_database.connection();
    const Family edited = saved;
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        saved = edited; // afresh in each attempt: a dropped one may have numbered new children and adults
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        // Issue 13, point 4: what is on file is read inside the write transaction, so no other desk can
        // change it between the check and the write.
        auto current = storedForSave(db, saved, loaded);
        if (!current) {
            return current.error();
        }
        const Family& stored = current.value();
        if (!isNew) {
            keepHiddenDetails(saved, stored, m_session); // what this role cannot see stays as it was
            // The pickup rules this save changes, against those on file now: ManageCustody and a reason.
            if (auto allowed = CustodyRules::check(CustodyRules::changes(stored, saved), custody, m_session);
                !allowed) {
                return allowed.error();
            }
        }
        FamilyWriter writer(db);
        if (auto written = writer.write(saved, stored); !written) {
            return written.error();
        }
        if (auto indexed = FamilySearchIndex::index(db, saved); !indexed) {
            return indexed.error();
        }
        AuditEntry entry {m_session.actorId(),
                          isNew ? QStringLiteral("family.create") : QStringLiteral("family.update"),
                          QStringLiteral("family"),
                          saved.id,
                          {},
                          {}};
        if (!isNew) {
            entry.details.insert(QStringLiteral("old"), familyToJson(stored));
        }
        entry.details.insert(QStringLiteral("new"), familyToJson(saved));
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        // Compared again now that new children and adults have their ids: one entry per rule changed.
        for (const CustodyChange& change : CustodyRules::changes(stored, saved)) {
            if (auto audited = AuditLog::append(db, CustodyRules::auditEntry(change, custody, m_session.actorId()));
                !audited) {
                return audited.error();
            }
        }
        const auto version = RecordVersion::read(db, FamilyVersionSql, saved.id);
        if (!version) {
            return version.error();
        }
        saved.version = version.value();
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    family = saved;
    emit familySaved(family.id);
    return family.id;
}

Result<Family> FamilyService::storedForSave(const QSqlDatabase& db, const Family& edited, const Family& loaded) const
{
    Family stored;
    if (edited.id != 0) {
        if (auto checked = checkVersion(db, edited, loaded); !checked) {
            return checked.error();
        }
        auto read = FamilyReader(db).read(edited.id, false);
        if (!read) {
            return read.error();
        }
        stored = std::move(read).value();
    }
    // A save names only the family's own adults and children: an id from another family would
    // rewrite that family's child or point a pickup rule at that family's adult.
    for (int i = 0; i < edited.adults.size(); ++i) {
        const Person& adult = edited.adults.at(i);
        if (adult.id > 0 && !stored.person(adult.id)) {
            return fieldError(
                QStringLiteral("adults[%1]").arg(i),
                tr("%1 is not an adult of this family on file. Nothing was saved.").arg(isolated(adult.fullName())));
        }
    }
    for (int i = 0; i < edited.children.size(); ++i) {
        const Child& child = edited.children.at(i);
        const bool own = std::any_of(stored.children.cbegin(), stored.children.cend(),
                                     [&child](const Child& c) { return c.id == child.id; });
        if (child.id > 0 && !own) {
            return fieldError(
                QStringLiteral("children[%1]").arg(i),
                tr("%1 is not a child of this family on file. Nothing was saved.").arg(isolated(child.fullName())));
        }
    }
    return stored;
}

Result<void> FamilyService::checkVersion(const QSqlDatabase& db, const Family& edited, const Family& loaded) const
{
    const auto current = RecordVersion::read(db, FamilyVersionSql, edited.id);
    if (!current) {
        return current.error();
    }
    if (current.value() == edited.version) {
        return {};
    }
    if (current.value() == 0) {
        Error gone {tr("This family is no longer on file (it was archived at another desk). Nothing was saved.")};
        gone.code = Error::Code::Conflict;
        return gone;
    }
    // What changed, as this role may see it: the copy on file, redacted as the loaded one was.
    QStringList clauses;
    if (loaded.id == edited.id && loaded.version == edited.version) {
        auto stored = FamilyReader(db).read(edited.id, false);
        if (!stored) {
            return stored.error();
        }
        redactForRole(stored.value(), m_session);
        clauses = FamilyChanges::describe(loaded, stored.value());
    }
    const auto change = RecordVersion::lastChange(db, QStringLiteral("family"), edited.id);
    if (!change) {
        return change.error();
    }
    const QString what = clauses.isEmpty()
        ? RecordVersion::changedClause(tr("the %1 family").arg(isolated(edited.householdName)))
        : QLocale().createSeparatedList(clauses);
    return RecordVersion::conflict(what, change.value());
}

Result<Family> FamilyService::load(qint64 familyId) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    auto family = loadWhole(familyId);
    if (family) {
        redactForRole(family.value(), m_session);
    }
    return family;
}

Result<Family> FamilyService::loadIncludingArchived(qint64 familyId) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    auto family = loadWhole(familyId, true);
    if (family) {
        redactForRole(family.value(), m_session);
    }
    return family;
}

Result<Family> FamilyService::loadWhole(qint64 familyId, bool archivedToo) const
{
    return FamilyReader(m_database.connection()).read(familyId, archivedToo);
}

Result<void> FamilyService::archive(qint64 familyId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ArchiveFamilies); !allowed) {
        return allowed;
    }
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const QString& sql : {ArchiveFamilySql, ArchiveMembersSql, ArchiveChildrenSql}) {
            StoreQuery query(db);
            query.prepare(sql);
            query.bindValue(QStringLiteral(":at"), at);
            query.bindValue(QStringLiteral(":id"), familyId);
            if (auto done = execQuery(query); !done) {
                return done;
            }
        }
        if (auto removed = FamilySearchIndex::remove(db, familyId); !removed) {
            return removed;
        }
        AuditEntry entry {
            m_session.actorId(), QStringLiteral("family.archive"), QStringLiteral("family"), familyId, {}, reason};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit familyArchived(familyId);
    return {};
}

Result<QList<FamilySummary>> FamilyService::search(const QString& text, int limit) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error(); // refused, not "nobody found"
    }
    const QSqlDatabase db = m_database.connection();
    QList<qint64> ids;
    const auto byCard = familyIdForCardCode(text.trimmed().toUpper());
    if (!byCard) {
        return byCard.error();
    }
    if (byCard.value() != 0) {
        ids << byCard.value();
    }
    const auto matches = FamilySearchIndex::find(db, text, limit);
    if (!matches) {
        return matches.error();
    }
    for (qint64 id : matches.value()) {
        if (!ids.contains(id)) {
            ids << id;
        }
    }
    auto found = summaryLines(ids);
    if (!found) {
        return found;
    }
    std::stable_sort(found.value().begin(), found.value().end(), [](const FamilySummary& a, const FamilySummary& b) {
        return QString::localeAwareCompare(a.householdName, b.householdName) < 0;
    });
    return found;
}

Result<qint64> FamilyService::familyIdForCardCode(const QString& code) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    if (!FamilyValidation::isCardCode(code)) {
        return qint64(0);
    }
    StoreQuery query(m_database.connection());
    query.prepare(CardCodeTakenSql);
    query.bindValue(QStringLiteral(":code"), code);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (query.next()) {
        return query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return qint64(0);
}

Result<QList<FamilySummary>> FamilyService::list(int offset, int limit) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error(); // refused, not "nobody found"
    }
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(ListSql);
    query.bindValue(QStringLiteral(":limit"), limit);
    query.bindValue(QStringLiteral(":offset"), offset);
    QList<qint64> ids;
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    auto found = summaryLines(ids);
    if (!found) {
        return found;
    }
    std::stable_sort(
        found.value().begin(), found.value().end(),
        [&ids](const FamilySummary& a, const FamilySummary& b) { return ids.indexOf(a.id) < ids.indexOf(b.id); });
    return found;
}

Result<QList<FamilySummary>> FamilyService::summaries(const QList<qint64>& ids) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    return summaryLines(ids);
}

Result<QList<FamilySummary>> FamilyService::summaryLines(const QList<qint64>& ids) const
{
    auto lines = summaryLinesFrom(SummaryTable, ids);
    if (!lines) {
        return lines.error();
    }
    QList<FamilySummary>& result = lines.value().first;
    const QList<qint64>& missing = lines.value().second;
    if (missing.isEmpty()) {
        return result;
    }
    auto read = summaryLinesFrom(SummaryView, missing);
    if (!read) {
        return read.error();
    }
    result << read.value().first;
    return result;
}

Result<QPair<QList<FamilySummary>, QList<qint64>>> FamilyService::summaryLinesFrom(const QString& source,
                                                                                   const QList<qint64>& ids) const
{
    QList<FamilySummary> found;
    QList<qint64> missing;
    if (ids.isEmpty()) {
        return qMakePair(found, missing);
    }
    const SqlList list(QStringLiteral(":ids"), ids);
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(list.expand(SummariesSql.arg(source)));
    list.bind(query);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        if (!query.value(7).toBool()) {
            missing << query.value(0).toLongLong();
            continue;
        }
        FamilySummary s;
        s.id = query.value(0).toLongLong();
        s.householdName = query.value(1).toString();
        s.status = familyStatusFromKey(query.value(2).toString());
        s.cardCode = query.value(3).toString();
        s.childNames = query.value(4).toString();
        s.adultNames = query.value(5).toString();
        s.hasLifeThreateningAllergy = query.value(6).toBool();
        found << s;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return qMakePair(found, missing);
}

Result<int> FamilyService::activeFamilyCount() const
{
    return countOf(CountFamiliesSql);
}

Result<int> FamilyService::activeChildCount() const
{
    return countOf(CountChildrenSql);
}

Result<int> FamilyService::countOf(const QString& sql) const
{
    StoreQuery query(m_database.connection());
    if (auto done = execRead(query, sql); !done) {
        return done.error();
    }
    if (!query.next()) { // a count always has its row: no row is a step that failed
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return Error {tr("Could not read the data file: a count came back empty.")};
    }
    return query.value(0).toInt();
}

} // namespace Kindred
