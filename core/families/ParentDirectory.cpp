// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ParentDirectory.h"

#include "base/LanguageNames.h"
#include "base/TextFolding.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto EntriesSql = QStringLiteral(R"(
    SELECT p.id, p.first_name || ' ' || p.last_name, f.household_name, p.email,
           CASE WHEN p.mobile_phone <> '' THEN p.mobile_phone WHEN p.home_phone <> '' THEN p.home_phone
                ELSE p.work_phone END,
           p.preferred_language, f.languages,
           CASE WHEN f.share_cultures = 1 THEN f.cultures ELSE '' END,
           CASE WHEN f.share_cultures = 1 THEN f.celebrations ELSE '' END,
           (SELECT group_concat(name, :newline) FROM
               (SELECT CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.first_name END
                       || coalesce(' (' || r.name || ')', '') AS name
                FROM children c LEFT JOIN rooms r ON r.id = c.room_id
                WHERE c.family_id = f.id AND c.archived_at IS NULL ORDER BY c.date_of_birth, c.id) AS names)
    FROM people p JOIN families f ON f.id = p.family_id
    WHERE p.directory_consent = 1 AND p.is_guardian = 1 AND p.archived_at IS NULL
      AND f.archived_at IS NULL AND f.status = 'enrolled'
    ORDER BY lower(f.household_name), lower(p.first_name), f.household_name, p.first_name, p.id)");

QStringList lines(const QVariant& value)
{
    return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

ParentDirectory::ParentDirectory(Database& database, Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<QList<DirectoryEntry>> ParentDirectory::entries(const QString& filter) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(EntriesSql);
    query.bindValue(QStringLiteral(":newline"), QStringLiteral("\n")); // one child per line (lines())
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    const QString wanted = foldForSearch(filter.trimmed());
    QList<DirectoryEntry> result;
    while (query.next()) {
        // The language as its name ("العربية (Arabic)"), not the code kept on file (schema 25).
        DirectoryEntry e {query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(),   query.value(3).toString(),
                          query.value(4).toString(),   LanguageNames::display(query.value(5).toString()),
                          lines(query.value(6)),       lines(query.value(7)),
                          lines(query.value(8)),       lines(query.value(9))};
        if (!wanted.isEmpty()) {
            const QString haystack = foldForSearch(
                QStringList {e.name, e.householdName, e.preferredLanguage, e.languages.join(QLatin1Char(' ')),
                             e.cultures.join(QLatin1Char(' ')), e.celebrations.join(QLatin1Char(' '))}
                    .join(QLatin1Char(' ')));
            if (!haystack.contains(wanted)) {
                continue;
            }
        }
        result << e;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

ReportDocument ParentDirectory::toReport(const QList<DirectoryEntry>& entries, const QString& centreName,
                                         const QDateTime& generatedAt)
{
    ReportDocument doc;
    doc.centreName = centreName;
    doc.title = tr("Parent directory");
    doc.subtitle = tr("Families who agreed to be found by other parents");
    doc.generatedAt = generatedAt;
    ReportDocument::Table table;
    table.columns = {{tr("Parent"), 1.6},   {tr("Children"), 1.6}, {tr("Languages"), 1.4},
                     {tr("Cultures"), 1.6}, {tr("Email"), 2},      {tr("Phone"), 1.2}};
    for (const DirectoryEntry& e : entries) {
        table.rows << QStringList {e.name,
                                   e.children.join(QStringLiteral(", ")),
                                   e.languages.join(QStringLiteral(", ")),
                                   (e.cultures + e.celebrations).join(QStringLiteral(", ")),
                                   e.email,
                                   e.phone};
    }
    doc.addTable(table);
    doc.addParagraph(tr("Only parents who gave their consent are listed. Please use these details only to "
                        "get in touch with other families of the centre."));
    return doc;
}

} // namespace Kindred
