// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RecordDigest.h"

#include "audit/AuditHash.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/StoreSchema.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace Kindred {
namespace {

// At most this many digests are listed one by one in the claiming audit entry; more (a migration, the demo
// history) are claimed by their count and one digest over them all.
constexpr int ListedClaims = 64;

enum class Finding { Changed, Added, Removed };

// One protected unit: which rows make it, in a fixed order, and which columns its digest covers. The first
// column of allSql is the unit's key; oneSql selects the same columns (without the key) for one key.
struct Unit
{
    QString name;
    QString entity; // what seal() is called with
    bool textKey;
    QString oneSql;
    QString allSql;
    QString since = {}; // the table of a unit added after schema 14: a file without it has nothing to seal
};

const QList<Unit>& units()
{
    static const QList<Unit> all {
        {QStringLiteral("pickup_restrictions"), QStringLiteral("child"), false,
         QStringLiteral(R"(SELECT person_id, reason, court_order_ref FROM pickup_restrictions
                           WHERE child_id = :key ORDER BY person_id)"),
         QStringLiteral(R"(SELECT child_id, person_id, reason, court_order_ref FROM pickup_restrictions
                           ORDER BY child_id, person_id)")},
        {QStringLiteral("pickup_authorisations"), QStringLiteral("child"), false,
         QStringLiteral(R"(SELECT person_id, valid_from, valid_until, note FROM pickup_authorisations
                           WHERE child_id = :key ORDER BY person_id)"),
         QStringLiteral(R"(SELECT child_id, person_id, valid_from, valid_until, note FROM pickup_authorisations
                           ORDER BY child_id, person_id)")},
        {QStringLiteral("attendance"), QStringLiteral("attendance"), false,
         QStringLiteral(R"(SELECT child_id, family_id, room_id, day, security_code, checked_in_at,
                                  brought_by_person_id, brought_by_staff_id, checkin_desk_staff_id, checked_out_at,
                                  collected_by_person_id, collected_by_staff_id, checkout_desk_staff_id,
                                  override_reason, override_by_staff_id, late_minutes, group_label,
                                  checkin_station, checkout_station, voided_at
                           FROM attendance WHERE id = :key)"),
         QStringLiteral(R"(SELECT id, child_id, family_id, room_id, day, security_code, checked_in_at,
                                  brought_by_person_id, brought_by_staff_id, checkin_desk_staff_id, checked_out_at,
                                  collected_by_person_id, collected_by_staff_id, checkout_desk_staff_id,
                                  override_reason, override_by_staff_id, late_minutes, group_label,
                                  checkin_station, checkout_station, voided_at
                           FROM attendance ORDER BY id)")},
        {QStringLiteral("role_permissions"), QStringLiteral("role"), true,
         QStringLiteral(R"(SELECT permission FROM role_permissions WHERE role_key = :key ORDER BY permission)"),
         QStringLiteral(R"(SELECT role_key, permission FROM role_permissions ORDER BY role_key, permission)")},
        {QStringLiteral("staff"), QStringLiteral("staff"), false,
         QStringLiteral(R"(SELECT role, archived_at FROM staff WHERE id = :key)"),
         QStringLiteral(R"(SELECT id, role, archived_at FROM staff ORDER BY id)")},
        {QStringLiteral("staff_credentials"), QStringLiteral("account"), false,
         QStringLiteral(R"(SELECT pin_hash, password_hash, custom_role FROM staff_credentials WHERE staff_id = :key)"),
         QStringLiteral(R"(SELECT staff_id, pin_hash, password_hash, custom_role FROM staff_credentials
                           ORDER BY staff_id)")},
        // Schema 20: where a staff member works, with which role at each site (centre/SiteRoles).
        {QStringLiteral("staff_site_roles"), QStringLiteral("site_roles"), false,
         QStringLiteral(R"(SELECT site_id, role_key FROM staff_site_roles WHERE staff_id = :key ORDER BY site_id)"),
         QStringLiteral(R"(SELECT staff_id, site_id, role_key FROM staff_site_roles ORDER BY staff_id, site_id)"),
         QStringLiteral("staff_site_roles")},
    };
    return all;
}

const auto UpsertSql = QStringLiteral(R"(
    INSERT INTO record_digests (unit, row_key, digest, audit_id) VALUES (:unit, :key, :digest, 0)
    ON CONFLICT (unit, row_key) DO UPDATE SET digest = excluded.digest, audit_id = 0)");
const auto HasDigestSql = QStringLiteral(R"(SELECT 1 FROM record_digests WHERE unit = :unit AND row_key = :key)");
const auto FamilyChildrenSql = QStringLiteral(R"(SELECT id FROM children WHERE family_id = :key ORDER BY id)");
const auto FamilyAttendanceSql = QStringLiteral(R"(SELECT id FROM attendance WHERE family_id = :key ORDER BY id)");
const auto PendingSql = QStringLiteral(R"(
    SELECT unit, row_key, digest FROM record_digests WHERE audit_id = 0 ORDER BY unit, row_key)");
const auto ClaimSql = QStringLiteral(R"(UPDATE record_digests SET audit_id = :id WHERE audit_id = 0)");
// In the order compareKeys() merges them with the unit's content. A text key sorts as text; an integer key (an
// id) by its value, as the store says (StoreDriver::numericOrder): on the server row_key is TEXT, where ORDER BY
// row_key alone puts "10" before "9", and the merge then took every record past the first change of length for
// one added and one removed outside Kindred.
const auto StoredSql = QStringLiteral(R"(SELECT row_key, digest FROM record_digests WHERE unit = :unit ORDER BY %1)");
const auto ClaimedSql = QStringLiteral(R"(
    SELECT d.audit_id, d.unit, d.row_key, d.digest, a.details IS NOT NULL, coalesce(a.details, '')
    FROM record_digests d LEFT JOIN audit_log a ON a.id = d.audit_id ORDER BY d.audit_id)");
const auto AnyEntrySql = QStringLiteral(R"(SELECT 1 FROM audit_log LIMIT 1)");
const auto ChildNameSql = QStringLiteral(R"(SELECT first_name || ' ' || last_name FROM children WHERE id = :key)");
const auto AttendanceNameSql = QStringLiteral(R"(
    SELECT c.first_name || ' ' || c.last_name, a.day FROM attendance a JOIN children c ON c.id = a.child_id
    WHERE a.id = :key)");
const auto RoleNameSql = QStringLiteral(R"(SELECT name FROM roles WHERE key = :key)");
const auto StaffNameSql = QStringLiteral(R"(SELECT first_name || ' ' || last_name FROM staff WHERE id = :key)");

// Not a dead check: the migrations before schema 14 (CentreTimeZoneMigration at 8) write sealed records
// while record_digests does not exist yet. Asked of the store's catalogue (a failed query would end a
// transaction on the server).
bool hasTable(const QSqlDatabase& db)
{
    return StoreSchema::hasTable(db, QStringLiteral("record_digests"));
}

// A unit whose table a migration before its own (RecordDigestMigration at 14) does not see yet.
bool unitOnFile(const QSqlDatabase& db, const Unit& unit)
{
    return unit.since.isEmpty() || StoreSchema::hasTable(db, unit.since);
}

// SHA-256 over the unit's name and each value of each row, typed and length-prefixed, so that no two
// different contents (a NULL and an empty text, "1" and 1, one row or two) give the same digest.
class ContentDigest
{
public:
    explicit ContentDigest(const QString& unit) { addPart('u', unit.toUtf8()); }

    void addRow(const QSqlQuery& query, int firstColumn)
    {
        m_hash.addData(QByteArrayView("r"));
        const int columns = query.record().count();
        for (int i = firstColumn; i < columns; ++i) {
            const QVariant value = query.value(i);
            if (value.isNull()) {
                addPart('n', {});
            } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
                addPart('i', QByteArray::number(value.toLongLong()));
            } else if (value.typeId() == QMetaType::Double) {
                addPart('f', QByteArray::number(value.toDouble(), 'g', 17));
            } else if (value.typeId() == QMetaType::QByteArray) {
                addPart('b', value.toByteArray());
            } else {
                addPart('t', value.toString().toUtf8());
            }
        }
    }
    QString result() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    void addPart(char tag, const QByteArray& bytes)
    {
        const char prefix[1] = {tag};
        m_hash.addData(QByteArrayView(prefix, 1));
        m_hash.addData(QByteArray::number(bytes.size()));
        m_hash.addData(QByteArrayView(":"));
        m_hash.addData(bytes);
    }

    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

QString emptyDigest(const Unit& unit)
{
    return ContentDigest(unit.name).result();
}

QVariant keyOf(const Unit& unit, const QVariant& key)
{
    return unit.textKey ? QVariant(key.toString()) : QVariant(key.toLongLong());
}

QString keyText(const QVariant& key)
{
    return key.toString();
}

int compareKeys(const Unit& unit, const QVariant& a, const QVariant& b)
{
    if (unit.textKey) {
        // SQLite's BINARY order of UTF-8 is the order of code points, as is comparing UTF-32.
        const auto left = a.toString().toUcs4();
        const auto right = b.toString().toUcs4();
        return left < right ? -1 : (right < left ? 1 : 0);
    }
    const qint64 left = a.toLongLong();
    const qint64 right = b.toLongLong();
    return left < right ? -1 : (right < left ? 1 : 0);
}

Result<QString> digestOf(const QSqlDatabase& db, const Unit& unit, const QVariant& key)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(unit.oneSql);
    query.bindValue(QStringLiteral(":key"), keyOf(unit, key));
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    ContentDigest digest(unit.name);
    while (query.next()) {
        digest.addRow(query, 0);
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return digest.result();
}

Result<void> store(const QSqlDatabase& db, const Unit& unit, const QVariant& key, const QString& digest)
{
    StoreQuery upsert(db);
    upsert.prepare(UpsertSql);
    upsert.bindValue(QStringLiteral(":unit"), unit.name);
    upsert.bindValue(QStringLiteral(":key"), keyOf(unit, key));
    upsert.bindValue(QStringLiteral(":digest"), digest);
    return execQuery(upsert);
}

Result<void> sealUnit(const QSqlDatabase& db, const Unit& unit, const QVariant& key)
{
    auto digest = digestOf(db, unit, key);
    if (!digest) {
        return digest.error();
    }
    return store(db, unit, key, digest.value());
}

Result<QList<qint64>> idsOf(const QSqlDatabase& db, const QString& sql, const QVariant& key)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    QList<qint64> ids;
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return ids;
}

// The content of a unit, a group of consecutive rows with the same key at a time.
class ContentGroups
{
public:
    ContentGroups(StoreQuery& query, const Unit& unit)
        : m_query(query)
        , m_unit(unit)
    {
        m_pending = m_query.next();
    }

    bool atEnd() const { return !m_pending; }
    const QVariant& key() const { return m_key; }
    QString nextDigest()
    {
        m_key = m_query.value(0);
        ContentDigest digest(m_unit.name);
        while (m_pending && compareKeys(m_unit, m_query.value(0), m_key) == 0) {
            digest.addRow(m_query, 1);
            m_pending = m_query.next();
        }
        return digest.result();
    }

private:
    StoreQuery& m_query;
    const Unit& m_unit;
    QVariant m_key;
    bool m_pending = false;
};

QString lookUp(const QSqlDatabase& db, const QString& sql, const QVariant& key, QString* second = nullptr)
{
    StoreQuery query(db);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next()) {
        return {};
    }
    if (second) {
        *second = query.value(1).toString();
    }
    return query.value(0).toString();
}

// One sentence for a director, with the names as the file holds them now.
QString describe(const QSqlDatabase& db, const Unit& unit, const QVariant& key, Finding finding)
{
    const QString id = keyText(key);
    if (unit.name == QLatin1String("pickup_restrictions") || unit.name == QLatin1String("pickup_authorisations")) {
        QString child = lookUp(db, ChildNameSql, key);
        if (child.isEmpty()) {
            child = RecordDigest::tr("Child %1").arg(id);
        }
        return unit.name == QLatin1String("pickup_restrictions")
            ? RecordDigest::tr("%1's pickup restrictions (do not release) were changed outside Kindred.").arg(child)
            : RecordDigest::tr("%1's authorised pickups were changed outside Kindred.").arg(child);
    }
    if (unit.name == QLatin1String("attendance")) {
        QString day;
        const QString child = lookUp(db, AttendanceNameSql, key, &day);
        if (finding == Finding::Removed || child.isEmpty()) {
            return RecordDigest::tr("Attendance record %1 was removed outside Kindred.").arg(id);
        }
        const QString date = QLocale().toString(QDate::fromString(day, Qt::ISODate), QLocale::ShortFormat);
        return finding == Finding::Added
            ? RecordDigest::tr("An attendance record of %1 on %2 (record %3) was added outside Kindred.")
                  .arg(child, date, id)
            : RecordDigest::tr("The attendance record of %1 on %2 (record %3) was changed outside Kindred.")
                  .arg(child, date, id);
    }
    if (unit.name == QLatin1String("role_permissions")) {
        QString role = lookUp(db, RoleNameSql, key);
        if (role.isEmpty()) {
            role = id;
        }
        return RecordDigest::tr("The permissions of the role %1 were changed outside Kindred.").arg(role);
    }
    QString staff = lookUp(db, StaffNameSql, key);
    if (staff.isEmpty()) {
        staff = RecordDigest::tr("Staff member %1").arg(id);
    }
    if (unit.name == QLatin1String("staff_site_roles")) {
        return RecordDigest::tr("The sites %1 works at, or their roles there, were changed outside Kindred.")
            .arg(staff);
    }
    if (unit.name == QLatin1String("staff")) {
        switch (finding) {
        case Finding::Added:
            return RecordDigest::tr("%1 was added to the staff outside Kindred.").arg(staff);
        case Finding::Removed:
            return RecordDigest::tr("%1 was removed from the staff outside Kindred.").arg(staff);
        case Finding::Changed:
            break;
        }
        return RecordDigest::tr("%1's role or archived state was changed outside Kindred.").arg(staff);
    }
    return RecordDigest::tr("%1's PIN, password or account role was changed outside Kindred.").arg(staff);
}

// Pass 1: each unit's content against its stored digest, both read in key order (a merge, so that
// fifty million attendance rows are never held in memory).
Result<void> compareContent(const QSqlDatabase& db, const Unit& unit, QStringList& findings)
{
    // Two reads side by side (and describe()'s between their rows): on the server each is read whole, as
    // single-row mode would lose the first when the second starts (NestedRead.h).
    StoreQuery content(db);
    setForwardOnlyAlongsideStatements(content);
    if (!content.exec(unit.allSql)) {
        return StoreError::fromSql(content.lastError());
    }
    StoreQuery stored(db);
    setForwardOnlyAlongsideStatements(stored);
    const QString rowKey = QStringLiteral("row_key");
    stored.prepare(StoredSql.arg(unit.textKey ? rowKey : StoreDriver::of(db).numericOrder(rowKey)));
    stored.bindValue(QStringLiteral(":unit"), unit.name);
    if (!stored.exec()) {
        return StoreError::fromSql(stored.lastError());
    }
    const QString empty = emptyDigest(unit);
    ContentGroups groups(content, unit);
    bool haveGroup = !groups.atEnd();
    QString groupDigest = haveGroup ? groups.nextDigest() : QString();
    bool haveStored = stored.next();
    while (haveGroup || haveStored) {
        const int order = !haveStored ? -1 : (!haveGroup ? 1 : compareKeys(unit, groups.key(), stored.value(0)));
        if (order < 0) { // content with no digest: written outside Kindred
            findings << describe(db, unit, groups.key(), Finding::Added);
        } else if (order > 0) { // a digest with no content: fine when what was sealed was nothing
            if (stored.value(1).toString() != empty) {
                findings << describe(db, unit, stored.value(0), Finding::Removed);
            }
        } else if (stored.value(1).toString() != groupDigest) {
            findings << describe(db, unit, groups.key(), groupDigest == empty ? Finding::Removed : Finding::Changed);
        }
        if (order <= 0) {
            haveGroup = !groups.atEnd();
            groupDigest = haveGroup ? groups.nextDigest() : QString();
        }
        if (order >= 0) {
            haveStored = stored.next();
        }
    }
    if (auto done = readComplete(content); !done) {
        return done.error();
    }
    return readComplete(stored);
}

const Unit* unitNamed(const QString& name)
{
    for (const Unit& unit : units()) {
        if (unit.name == name) {
            return &unit;
        }
    }
    return nullptr;
}

// Pass 2: each digest against the audit entry that claimed it (the chain vouches for the entry).
Result<void> compareClaims(const QSqlDatabase& db, QStringList& findings)
{
    StoreQuery any(db);
    if (!any.exec(AnyEntrySql)) {
        return StoreError::fromSql(any.lastError());
    }
    const bool trailStarted = any.next();
    any.finish();

    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query); // describe() reads between its rows
    if (!query.exec(ClaimedSql)) {
        return StoreError::fromSql(query.lastError());
    }
    qint64 entryId = -1;
    bool entryExists = false;
    QJsonValue claim;
    QHash<QString, QString> listed; // "unit\x1fkey" → digest
    while (query.next()) {
        const qint64 auditId = query.value(0).toLongLong();
        if (auditId != entryId) {
            entryId = auditId;
            entryExists = query.value(4).toBool();
            const QString details = query.value(5).toString();
            claim = QJsonDocument::fromJson(details.toUtf8()).object().value(RecordDigest::DetailsKey);
            listed.clear();
            if (details == AuditHash::RedactedDetails) {
                claim = QJsonValue(true); // the claim went with the details; the digest still vouches
            }
            for (const QJsonValue& item : claim.toArray()) {
                const QJsonArray row = item.toArray();
                const QJsonValue key = row.at(1);
                const QString keyString = key.isString() ? key.toString() : QString::number(key.toInteger());
                listed.insert(row.at(0).toString() + QLatin1Char('\x1f') + keyString, row.at(2).toString());
            }
        }
        const Unit* unit = unitNamed(query.value(1).toString());
        if (!unit) {
            continue;
        }
        const QVariant key = query.value(2);
        bool vouched = false;
        if (auditId == 0) {
            vouched = !trailStarted; // a new file's seal, claimed by its first entry
        } else if (entryExists && claim.isArray()) {
            vouched = listed.value(unit->name + QLatin1Char('\x1f') + keyText(key)) == query.value(3).toString();
        } else if (entryExists) {
            vouched = claim.isObject() || claim.isBool(); // a bulk claim, or a redacted entry
        }
        if (!vouched) {
            findings << describe(db, *unit, key, Finding::Changed);
        }
    }
    return readComplete(query);
}

} // namespace

Result<void> RecordDigest::seal(const QSqlDatabase& db, const QString& entity, const QVariant& key)
{
    if (!hasTable(db)) {
        return {};
    }
    if (entity == QLatin1String("family")) {
        auto children = idsOf(db, FamilyChildrenSql, key);
        if (!children) {
            return children.error();
        }
        for (qint64 child : children.value()) {
            if (auto sealed = seal(db, QStringLiteral("child"), child); !sealed) {
                return sealed;
            }
        }
        auto attendance = idsOf(db, FamilyAttendanceSql, key);
        if (!attendance) {
            return attendance.error();
        }
        for (qint64 id : attendance.value()) {
            if (auto sealed = sealUnit(db, *unitNamed(QStringLiteral("attendance")), id); !sealed) {
                return sealed;
            }
        }
        return {};
    }
    for (const Unit& unit : units()) {
        if (unit.entity == entity && unitOnFile(db, unit)) {
            if (auto sealed = sealUnit(db, unit, key); !sealed) {
                return sealed;
            }
        }
    }
    return {};
}

Result<qint64> RecordDigest::sealAll(const QSqlDatabase& db, bool onlyMissing)
{
    if (!hasTable(db)) {
        return 0;
    }
    qint64 sealed = 0;
    for (const Unit& unit : units()) {
        if (!unitOnFile(db, unit)) {
            continue;
        }
        StoreQuery content(db);
        setForwardOnlyAlongsideStatements(content); // store() writes between its rows
        if (!content.exec(unit.allSql)) {
            return StoreError::fromSql(content.lastError());
        }
        ContentGroups groups(content, unit);
        while (!groups.atEnd()) {
            const QString digest = groups.nextDigest();
            const QVariant key = groups.key();
            if (onlyMissing) {
                StoreQuery has(db);
                has.prepare(HasDigestSql);
                has.bindValue(QStringLiteral(":unit"), unit.name);
                has.bindValue(QStringLiteral(":key"), keyOf(unit, key));
                if (!has.exec()) {
                    return StoreError::fromSql(has.lastError());
                }
                if (has.next()) {
                    continue;
                }
            }
            if (auto stored = store(db, unit, key, digest); !stored) {
                return stored.error();
            }
            ++sealed;
        }
        if (auto done = readComplete(content); !done) {
            return done.error();
        }
    }
    return sealed;
}

Result<QJsonValue> RecordDigest::pendingClaim(const QSqlDatabase& db)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (!query.exec(PendingSql)) {
        if (!hasTable(db)) {
            return QJsonValue(QJsonValue::Undefined);
        }
        return StoreError::fromSql(query.lastError());
    }
    QJsonArray listed;
    QCryptographicHash all(QCryptographicHash::Sha256);
    qint64 count = 0;
    while (query.next()) {
        const QVariant key = query.value(1);
        const QString unit = query.value(0).toString();
        const QString digest = query.value(2).toString();
        if (count < ListedClaims) {
            listed.append(QJsonArray {
                unit, key.typeId() == QMetaType::QString ? QJsonValue(key.toString()) : QJsonValue(key.toLongLong()),
                digest});
        }
        all.addData(QStringLiteral("%1\x1f%2\x1f%3\n").arg(unit, keyText(key), digest).toUtf8());
        ++count;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    if (count == 0) {
        return QJsonValue(QJsonValue::Undefined);
    }
    if (count <= ListedClaims) {
        return QJsonValue(listed);
    }
    return QJsonValue(QJsonObject {{QStringLiteral("count"), count},
                                   {QStringLiteral("digest"), QString::fromLatin1(all.result().toHex())}});
}

Result<void> RecordDigest::markClaimed(const QSqlDatabase& db, qint64 auditId)
{
    StoreQuery claim(db);
    claim.prepare(ClaimSql);
    claim.bindValue(QStringLiteral(":id"), auditId);
    return execQuery(claim);
}

Result<QStringList> RecordDigest::verify(const QSqlDatabase& db)
{
    if (!hasTable(db)) {
        return QStringList {};
    }
    QStringList findings;
    for (const Unit& unit : units()) {
        if (!unitOnFile(db, unit)) {
            continue;
        }
        if (auto compared = compareContent(db, unit, findings); !compared) {
            return compared.error();
        }
    }
    QStringList claims;
    if (auto compared = compareClaims(db, claims); !compared) {
        return compared.error();
    }
    for (const QString& finding : std::as_const(claims)) {
        if (!findings.contains(finding)) {
            findings << finding;
        }
    }
    return findings;
}

} // namespace Kindred
