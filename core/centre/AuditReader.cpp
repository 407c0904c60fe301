// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/AuditReader.h"

#include "audit/AuditLog.h"
#include "audit/AuditWitness.h"
#include "audit/RecordDigest.h"
#include "centre/AuditDisclosure.h"
#include "centre/Session.h"
#include "print/CsvWriter.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>
#include <limits>

namespace Kindred {
namespace {

// Every filter in one WHERE clause (repeated below): an unset filter binds NULL and matches everything. The
// CASTs give PostgreSQL a type for a parameter that is only tested for NULL there.
const auto FindSql = QStringLiteral(R"(
    SELECT a.id, a.at_utc, coalesce(a.actor_staff_id, 0), coalesce(s.first_name || ' ' || s.last_name, ''),
           a.action, a.entity, coalesce(a.entity_id, 0), a.details, a.reason, coalesce(a.station, '')
    FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_staff_id
    WHERE (CAST(:from AS TEXT) IS NULL OR a.at_utc >= :from) AND (CAST(:to AS TEXT) IS NULL OR a.at_utc < :to)
      AND (CAST(:actor AS BIGINT) IS NULL OR coalesce(a.actor_staff_id, 0) = :actor)
      AND (CAST(:entity AS TEXT) IS NULL OR a.entity = :entity)
      AND (CAST(:entityId AS BIGINT) IS NULL OR a.entity_id = :entityId)
      AND (CAST(:action AS TEXT) IS NULL OR a.action = :action
           OR (substr(:action, length(:action), 1) = '.' AND substr(a.action, 1, length(:action)) = :action))
      AND (CAST(:text AS TEXT) IS NULL OR instr(lower(a.details || ' ' || a.reason), lower(:text)) > 0)
    ORDER BY a.id DESC LIMIT :limit OFFSET :offset)");
const auto ExportSql = QStringLiteral(R"(
    SELECT a.id, a.at_utc, coalesce(a.actor_staff_id, 0), coalesce(s.first_name || ' ' || s.last_name, ''),
           a.action, a.entity, coalesce(a.entity_id, 0), a.details, a.reason, coalesce(a.station, '')
    FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_staff_id
    WHERE (CAST(:from AS TEXT) IS NULL OR a.at_utc >= :from) AND (CAST(:to AS TEXT) IS NULL OR a.at_utc < :to)
      AND (CAST(:actor AS BIGINT) IS NULL OR coalesce(a.actor_staff_id, 0) = :actor)
      AND (CAST(:entity AS TEXT) IS NULL OR a.entity = :entity)
      AND (CAST(:entityId AS BIGINT) IS NULL OR a.entity_id = :entityId)
      AND (CAST(:action AS TEXT) IS NULL OR a.action = :action
           OR (substr(:action, length(:action), 1) = '.' AND substr(a.action, 1, length(:action)) = :action))
      AND (CAST(:text AS TEXT) IS NULL OR instr(lower(a.details || ' ' || a.reason), lower(:text)) > 0)
    ORDER BY a.id)");
const auto CountSql = QStringLiteral(R"(
    SELECT count(*) FROM audit_log a
    WHERE (CAST(:from AS TEXT) IS NULL OR a.at_utc >= :from) AND (CAST(:to AS TEXT) IS NULL OR a.at_utc < :to)
      AND (CAST(:actor AS BIGINT) IS NULL OR coalesce(a.actor_staff_id, 0) = :actor)
      AND (CAST(:entity AS TEXT) IS NULL OR a.entity = :entity)
      AND (CAST(:entityId AS BIGINT) IS NULL OR a.entity_id = :entityId)
      AND (CAST(:action AS TEXT) IS NULL OR a.action = :action
           OR (substr(:action, length(:action), 1) = '.' AND substr(a.action, 1, length(:action)) = :action))
      AND (CAST(:text AS TEXT) IS NULL OR instr(lower(a.details || ' ' || a.reason), lower(:text)) > 0))");
const auto ActionsSql = QStringLiteral(R"(SELECT DISTINCT action FROM audit_log ORDER BY action)");
const auto EntitiesSql = QStringLiteral(R"(SELECT DISTINCT entity FROM audit_log ORDER BY entity)");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

void bindFilter(StoreQuery& query, const AuditFilter& filter)
{
    const auto instant
        = [](const QDateTime& t) { return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : nullText(); };
    query.bindValue(QStringLiteral(":from"), instant(filter.from));
    query.bindValue(QStringLiteral(":to"), instant(filter.to));
    query.bindValue(QStringLiteral(":actor"), filter.actorId >= 0 ? QVariant(filter.actorId) : nullId());
    query.bindValue(QStringLiteral(":entity"), filter.entity.isEmpty() ? nullText() : QVariant(filter.entity));
    query.bindValue(QStringLiteral(":entityId"), filter.entityId >= 0 ? QVariant(filter.entityId) : nullId());
    query.bindValue(QStringLiteral(":action"), filter.action.isEmpty() ? nullText() : QVariant(filter.action));
    query.bindValue(QStringLiteral(":text"),
                    filter.text.trimmed().isEmpty() ? nullText() : QVariant(filter.text.trimmed()));
}

AuditRecord readRecord(const QSqlQuery& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.actorId = q.value(2).toLongLong();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.entityId = q.value(6).toLongLong();
    r.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    r.station = q.value(9).toString();
    r.details.remove(RecordDigest::DetailsKey); // the digests the entry vouches for mean nothing to a reader
    // No staff member: a named system actor when the entry says which ("emergency, no sign-in").
    SystemActorKind system = SystemActorKind::None;
    const bool named = systemActorFromKey(r.details.value(QStringLiteral("systemActor")).toString(), &system);
    r.actorName = r.actorId != 0 ? q.value(3).toString()
        : named                  ? AuditReader::tr("System (%1)").arg(systemActorName(system))
                                 : AuditReader::tr("System");
    r.reason = q.value(8).toString();
    return r;
}

// What the reader may see of the entries, and whether the text filter must run on that rather than in
// SQL: a reader without ViewMedical must not learn which entries mention "asthma" by searching for it.
struct Reader
{
    bool seesMedical;
    bool seesCustody;
    QString text; // matched here, on what the reader sees; empty: matched in SQL, or no text filter

    Reader(const Session& session, const AuditFilter& filter)
        : seesMedical(session.can(Permission::ViewMedical))
        , seesCustody(session.can(Permission::ViewCustody))
        , text(seesMedical && seesCustody ? QString() : filter.text.trimmed())
    { }

    bool matches(const AuditRecord& r) const
    {
        if (text.isEmpty()) {
            return true;
        }
        const QString seen
            = QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)) + QLatin1Char(' ') + r.reason;
        return seen.contains(text, Qt::CaseInsensitive);
    }
};

// Runs a FindSql/ExportSql query over `filter` and hands each entry the reader may see, as they see it,
// to `take` until it returns false. `limit`/`offset` for FindSql (-1: all), applied after the reader's
// own text filter.
Result<void> scan(const QSqlDatabase& db, const QString& sql, const AuditFilter& filter, const Reader& reader,
                  int offset, int limit, const std::function<bool(const AuditRecord&)>& take)
{
    AuditFilter inSql = filter;
    if (!reader.text.isEmpty()) {
        inSql.text.clear();
    }
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    bindFilter(query, inSql);
    const bool paged = sql.contains(QLatin1String(":limit"));
    if (paged) {
        // No limit as the largest number: the server refuses SQLite's -1.
        query.bindValue(QStringLiteral(":limit"),
                        reader.text.isEmpty() ? qint64(limit) : std::numeric_limits<qint64>::max());
        query.bindValue(QStringLiteral(":offset"), reader.text.isEmpty() ? qMax(offset, 0) : 0);
    }
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    int skip = paged && !reader.text.isEmpty() ? qMax(offset, 0) : 0;
    int left = paged && !reader.text.isEmpty() ? limit : -1;
    while (left != 0 && query.next()) {
        AuditRecord record = readRecord(query);
        AuditDisclosure::apply(record, reader.seesMedical, reader.seesCustody);
        if (!reader.matches(record)) {
            continue;
        }
        if (skip > 0) {
            --skip;
            continue;
        }
        if (!take(record)) {
            break;
        }
        if (left > 0) {
            --left;
        }
    }
    return readComplete(query);
}

Result<QStringList> distinct(const QSqlDatabase& db, const QString& sql)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (!query.exec(sql)) {
        return StoreError::fromSql(query.lastError());
    }
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return values;
}

} // namespace

AuditReader::AuditReader(Database& database, Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<QList<AuditRecord>> AuditReader::find(const AuditFilter& filter, int offset, int limit) const
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        return allowed.error();
    }
    QList<AuditRecord> records;
    const auto read = scan(m_database.connection(), FindSql, filter, Reader(m_session, filter), offset, limit,
                           [&records](const AuditRecord& r) {
                               records << r;
                               return true;
                           });
    if (!read) {
        return read.error();
    }
    return records;
}

Result<int> AuditReader::count(const AuditFilter& filter) const
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        return allowed.error();
    }
    const Reader reader(m_session, filter);
    if (!reader.text.isEmpty()) {
        int found = 0;
        const auto read = scan(m_database.connection(), FindSql, filter, reader, 0, -1, [&found](const AuditRecord&) {
            ++found;
            return true;
        });
        if (!read) {
            return read.error();
        }
        return found;
    }
    StoreQuery query(m_database.connection());
    query.prepare(CountSql);
    bindFilter(query, filter);
    if (!query.exec() || !query.next()) {
        return StoreError::fromSql(query.lastError());
    }
    return query.value(0).toInt();
}

Result<QStringList> AuditReader::actions() const
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        return allowed.error();
    }
    return distinct(m_database.connection(), ActionsSql);
}

Result<QStringList> AuditReader::entities() const
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        return allowed.error();
    }
    return distinct(m_database.connection(), EntitiesSql);
}

Result<int> AuditReader::exportCsv(const AuditFilter& filter, const QString& path) const
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        return allowed.error();
    }
    QList<QStringList> rows;
    const auto read = scan(
        m_database.connection(), ExportSql, filter, Reader(m_session, filter), 0, -1, [&rows](const AuditRecord& r) {
            rows << QStringList {QString::number(r.id),
                                 r.atUtc.toString(Qt::ISODateWithMs),
                                 r.actorName,
                                 r.action,
                                 r.entity,
                                 QString::number(r.entityId),
                                 QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)),
                                 r.reason,
                                 r.station};
            return true;
        });
    if (!read) {
        return read.error();
    }
    const QStringList header {tr("Entry"),     tr("When (UTC)"), tr("Who"),    tr("Action"), tr("Record"),
                              tr("Record id"), tr("Details"),    tr("Reason"), tr("Station")};
    if (auto written = CsvWriter::writeFile(path, header, rows); !written) {
        return written.error();
    }
    return int(rows.size());
}

Result<void> AuditReader::verify(QSettings* stationSettings) const
{
    if (auto allowed = m_session.require(Permission::ViewAudit); !allowed) {
        return allowed;
    }
    if (stationSettings) {
        return AuditWitness::verifyAndRemember(m_database.connection(), *stationSettings, m_database.path());
    }
    return AuditLog::verifyChain(m_database.connection());
}

} // namespace Kindred
