// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/FamilyDataExport.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "families/FamilyJson.h"
#include "families/FamilyService.h"
#include "print/OutputFile.h"
#include "print/ReportRenderer.h"
#include "privacy/FamilyDataExportReport.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kindred {
namespace {

const auto ArchivedAtSql = QStringLiteral(R"(SELECT archived_at FROM families WHERE id = :family)");

// The rows other areas keep about a family, read with plain SQL so that this export does not depend
// on their code. Every table here is in every file (migrations 002–004; SchemaCheck refuses a file
// that lost one).
struct RecordSource
{
    const char* table;
    QString sql;
};

const QList<RecordSource>& recordSources()
{
    static const QList<RecordSource> sources {
        {"attendance", QStringLiteral(R"(
            SELECT * FROM attendance
            WHERE family_id = :family OR child_id IN (:children) ORDER BY id)")},
        {"attendance_corrections", QStringLiteral(R"(
            SELECT k.* FROM attendance_corrections k JOIN attendance a ON a.id = k.attendance_id
            WHERE a.family_id = :family OR a.child_id IN (:children) ORDER BY k.id)")},
        {"absences", QStringLiteral(R"(
            SELECT * FROM absences WHERE child_id IN (:children) ORDER BY id)")},
        {"tickets", QStringLiteral(R"(SELECT * FROM tickets WHERE family_id = :family ORDER BY id)")},
        {"ticket_events", QStringLiteral(R"(
            SELECT e.* FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
            WHERE t.family_id = :family ORDER BY e.id)")},
        {"incidents", QStringLiteral(R"(
            SELECT * FROM incidents WHERE id IN (SELECT incident_id FROM incident_children
                                                  WHERE child_id IN (:children))
            ORDER BY id)")},
        {"incident_amendments", QStringLiteral(R"(
            SELECT * FROM incident_amendments WHERE incident_id IN (SELECT incident_id FROM incident_children
                WHERE child_id IN (:children)) ORDER BY id)")},
        {"incident_witnesses", QStringLiteral(R"(
            SELECT * FROM incident_witnesses WHERE incident_id IN (SELECT incident_id FROM incident_children
                WHERE child_id IN (:children)) ORDER BY id)")},
        {"medical_conditions", QStringLiteral(R"(
            SELECT * FROM medical_conditions WHERE child_id IN (:children) ORDER BY id)")},
        {"medications", QStringLiteral(R"(
            SELECT * FROM medications WHERE child_id IN (:children) ORDER BY id)")},
        {"medication_log", QStringLiteral(R"(
            SELECT * FROM medication_log WHERE child_id IN (:children) ORDER BY id)")},
        {"dietary_needs", QStringLiteral(R"(
            SELECT * FROM dietary_needs WHERE child_id IN (:children) ORDER BY id)")},
        {"child_doctors", QStringLiteral(R"(
            SELECT * FROM child_doctors WHERE child_id IN (:children))")},
        {"immunisations", QStringLiteral(R"(
            SELECT * FROM immunisations WHERE child_id IN (:children) ORDER BY id)")},
        {"drill_entries", QStringLiteral(R"(
            SELECT * FROM drill_entries
            WHERE person_kind = 'child' AND person_id IN (:children) ORDER BY id)")},
    };
    return sources;
}

const auto HistorySql = QStringLiteral(R"(
    SELECT a.at_utc, coalesce(s.first_name || ' ' || s.last_name, ''), a.action, a.entity, a.entity_id, a.details,
           a.reason
    FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_staff_id
    WHERE (a.entity = 'family' AND a.entity_id = :family)
       OR (a.entity = 'child' AND a.entity_id IN (:children))
       OR (a.entity = 'person' AND a.entity_id IN (:people))
       OR (a.entity = 'ticket' AND a.entity_id IN (SELECT id FROM tickets WHERE family_id = :family))
       OR (a.entity = 'attendance' AND a.entity_id IN (SELECT id FROM attendance WHERE family_id = :family))
       OR (a.entity = 'incident' AND a.entity_id IN (SELECT incident_id FROM incident_children
               WHERE child_id IN (:children)))
    ORDER BY a.id)");

// Prepares `sql` with the family's id and its children's and people's ids bound where it names them (a
// statement given a value it does not name fails); false when the prepare failed.
bool prepareForFamily(StoreQuery& query, const QString& sql, qint64 familyId, const SqlList& children,
                      const SqlList& people)
{
    const bool namesChildren = sql.contains(QLatin1String(":children"));
    const bool namesPeople = sql.contains(QLatin1String(":people"));
    const QString expanded = people.expand(children.expand(sql));
    if (!query.prepare(expanded)) {
        return false;
    }
    if (sql.contains(QLatin1String(":family"))) {
        query.bindValue(QStringLiteral(":family"), familyId);
    }
    if (namesChildren) {
        children.bind(query);
    }
    if (namesPeople) {
        people.bind(query);
    }
    return true;
}

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return QString::fromLatin1(value.toByteArray().toBase64());
    }
    return QJsonValue::fromVariant(value);
}

} // namespace

FamilyDataExport::FamilyDataExport(Database& database, Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<FamilyDataExport::Contents> FamilyDataExport::collect(qint64 familyId) const
{
    if (auto allowed = m_session.require(Permission::ExportFamilyData); !allowed) {
        return allowed.error();
    }
    // A family that left (archived) has the most reason to ask what is still held about it.
    auto family = FamilyService(m_database, m_session).loadIncludingArchived(familyId);
    if (!family) {
        return family.error();
    }
    Contents contents;
    contents.family = family.value();
    QList<qint64> childIds;
    QList<qint64> personIds;
    for (const Child& child : contents.family.children) {
        childIds << child.id;
    }
    for (const Person& person : contents.family.adults) {
        personIds << person.id;
    }
    const SqlList children(QStringLiteral(":children"), childIds);
    const SqlList people(QStringLiteral(":people"), personIds);

    const QSqlDatabase db = m_database.connection();
    StoreQuery archived(db);
    archived.prepare(ArchivedAtSql);
    archived.bindValue(QStringLiteral(":family"), familyId);
    // Reads, so their failures are read failures ("Could not read the data file: …", ReadCheck), like every
    // other reader's: never a write's "nothing was changed" wording, never an area silently left out.
    if (auto read = execRead(archived); !read) {
        return read.error();
    }
    if (archived.next() && !archived.value(0).isNull()) {
        contents.archivedAt = QDateTime::fromString(archived.value(0).toString(), Qt::ISODateWithMs);
    } else if (auto done = readComplete(archived); !done) {
        return done.error();
    }
    archived.finish();
    for (const RecordSource& source : recordSources()) {
        StoreQuery query(db);
        setForwardOnlyAlongsideStatements(query);
        if (!prepareForFamily(query, source.sql, familyId, children, people)) {
            return StoreError::fromSql(query.lastError()); // never an area silently left out
        }
        if (auto read = execRead(query); !read) {
            return read.error();
        }
        RecordSet set;
        set.table = QString::fromLatin1(source.table);
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            set.columns << record.fieldName(i);
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < set.columns.size(); ++i) {
                row << query.value(i);
            }
            set.rows << row;
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        contents.records << set;
    }

    StoreQuery history(db);
    setForwardOnlyAlongsideStatements(history);
    prepareForFamily(history, HistorySql, familyId, children, people); // a failed prepare fails execRead
    if (auto read = execRead(history); !read) {
        return read.error();
    }
    while (history.next()) {
        QVariantList row;
        for (int i = 0; i < 7; ++i) {
            row << history.value(i);
        }
        if (row.at(1).toString().isEmpty()) {
            row[1] = tr("System");
        }
        contents.history << row;
    }
    if (auto done = readComplete(history); !done) {
        return done.error();
    }
    return contents;
}

QJsonObject FamilyDataExport::toJson(const Contents& contents, const QString& centreName, const QDateTime& exportedAt)
{
    QJsonArray photos;
    for (const Person& p : contents.family.adults) {
        if (!p.photo.isEmpty()) {
            photos.append(QJsonObject {{QStringLiteral("personId"), p.id},
                                       {QStringLiteral("image"), QString::fromLatin1(p.photo.toBase64())}});
        }
    }
    for (const Child& c : contents.family.children) {
        if (!c.photo.isEmpty()) {
            photos.append(QJsonObject {{QStringLiteral("childId"), c.id},
                                       {QStringLiteral("image"), QString::fromLatin1(c.photo.toBase64())}});
        }
    }
    QJsonObject records;
    for (const RecordSet& set : contents.records) {
        QJsonArray rows;
        for (const QVariantList& row : set.rows) {
            QJsonObject object;
            for (int i = 0; i < set.columns.size(); ++i) {
                object.insert(set.columns.at(i), jsonValue(row.at(i)));
            }
            rows.append(object);
        }
        records.insert(set.table, rows);
    }
    static const QStringList historyKeys {
        QStringLiteral("atUtc"),    QStringLiteral("by"),      QStringLiteral("action"), QStringLiteral("entity"),
        QStringLiteral("entityId"), QStringLiteral("details"), QStringLiteral("reason")};
    QJsonArray history;
    for (const QVariantList& row : contents.history) {
        QJsonObject entry;
        for (int i = 0; i < historyKeys.size(); ++i) {
            entry.insert(historyKeys.at(i),
                         i == 5 ? QJsonValue(QJsonDocument::fromJson(row.at(i).toString().toUtf8()).object())
                                : jsonValue(row.at(i)));
        }
        history.append(entry);
    }
    return {{QStringLiteral("format"), QStringLiteral("kindred-family-export/1")},
            {QStringLiteral("centre"), centreName},
            {QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("family"), familyToJson(contents.family)},
            {QStringLiteral("familyArchivedAt"),
             contents.archivedAt.isValid() ? QJsonValue(contents.archivedAt.toUTC().toString(Qt::ISODateWithMs))
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("photos"), photos},
            {QStringLiteral("records"), records},
            {QStringLiteral("history"), history}};
}

Result<void> FamilyDataExport::writeJson(qint64 familyId, const QString& path) const
{
    auto contents = collect(familyId);
    if (!contents) {
        return contents.error();
    }
    const auto centre = SettingsService::read(m_database, SettingsService::CentreName);
    if (!centre) {
        return centre.error();
    }
    const QJsonObject json = toJson(contents.value(), centre.value(), Clock::currentDateTimeUtc());
    if (auto written = OutputFile::writeAll(path, QJsonDocument(json).toJson(QJsonDocument::Indented)); !written) {
        return written.error();
    }
    return audit(familyId, QStringLiteral("json"), path);
}

Result<int> FamilyDataExport::writePdf(qint64 familyId, const QString& path) const
{
    auto contents = collect(familyId);
    if (!contents) {
        return contents.error();
    }
    const auto centre = SettingsService::read(m_database, SettingsService::CentreName);
    if (!centre) {
        return centre.error();
    }
    auto pages = ReportRenderer::writePdf(
        FamilyDataExportReport::build(contents.value(), centre.value(), Clock::currentDateTime()), path,
        ReportRenderer::defaultPageSize());
    if (!pages) {
        return pages;
    }
    if (auto audited = audit(familyId, QStringLiteral("pdf"), path); !audited) {
        return audited.error();
    }
    return pages;
}

Result<void> FamilyDataExport::audit(qint64 familyId, const QString& format, const QString& path) const
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    AuditEntry entry {m_session.actorId(),
                      QStringLiteral("family.export"),
                      QStringLiteral("family"),
                      familyId,
                      {{QStringLiteral("format"), format}, {QStringLiteral("file"), path}},
                      {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    return transaction.commit();
}

} // namespace Kindred
