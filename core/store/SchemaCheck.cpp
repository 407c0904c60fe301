// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SchemaCheck.h"

#include "store/MigrationRunner.h"
#include "store/NestedRead.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QAtomicInteger>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Kindred {
namespace {

// One schema object, "type name" (e.g. "table attendance"), in the order sqlite_schema names them.
using SchemaObjects = QSet<QString>;

// SQLite's own objects (sqlite_sequence appears at the first AUTOINCREMENT insert, sqlite_stat1 after
// ANALYZE, sqlite_autoindex_* with their table) say nothing about whether the file is complete.
const QString SchemaQuery = QStringLiteral(R"(
    SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'
)");

Result<SchemaObjects> readSchema(const QSqlDatabase& db)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (!query.exec(SchemaQuery)) {
        return StoreError::fromSql(query.lastError());
    }
    SchemaObjects objects;
    while (query.next()) {
        objects.insert(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString());
    }
    if (query.lastError().isValid()) {
        return StoreError::fromSql(query.lastError());
    }
    return objects;
}

Result<SchemaObjects> buildExpected(int version)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("kindred-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<SchemaObjects> expected = Error {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            expected = Error {
                SchemaCheck::tr("Kindred could not check the data file's layout: %1").arg(db.lastError().text())};
        } else if (auto migrated = MigrationRunner::scriptsOnly(db).migrateTo(version); !migrated) {
            expected = migrated.error();
        } else {
            expected = readSchema(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return expected;
}

// The expected schema of each version, built once per process.
Result<SchemaObjects> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, SchemaObjects> cache;
    const QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(version); found != cache.constEnd()) {
        return *found;
    }
    auto built = buildExpected(version);
    if (built) {
        cache.insert(version, built.value());
    }
    return built;
}

// "the table attendance, the trigger audit_no_update"
QString describe(const SchemaObjects& objects)
{
    QStringList sorted(objects.cbegin(), objects.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList described;
    for (const QString& object : std::as_const(sorted)) {
        const QString type = object.section(QLatin1Char(' '), 0, 0);
        const QString name = object.section(QLatin1Char(' '), 1);
        // The whole phrase per type, so that each language words it its own way around the name.
        if (type == QLatin1String("table")) {
            described << SchemaCheck::tr("the table %1").arg(name);
        } else if (type == QLatin1String("index")) {
            described << SchemaCheck::tr("the index %1").arg(name);
        } else if (type == QLatin1String("trigger")) {
            described << SchemaCheck::tr("the trigger %1").arg(name);
        } else if (type == QLatin1String("view")) {
            described << SchemaCheck::tr("the view %1").arg(name);
        } else {
            described
                << SchemaCheck::tr("the %1 %2", "an object of the database: its type, then its name").arg(type, name);
        }
    }
    return QLocale().createSeparatedList(described);
}

} // namespace

Result<void> SchemaCheck::verify(const QSqlDatabase& db, int version)
{
    auto expected = expectedSchema(version);
    if (!expected) {
        return expected.error();
    }
    auto actual = readSchema(db);
    if (!actual) {
        return actual.error();
    }
    const SchemaObjects missing = SchemaObjects(expected.value()).subtract(actual.value());
    const SchemaObjects unexpected = SchemaObjects(actual.value()).subtract(expected.value());
    if (!missing.isEmpty()) {
        const bool one = missing.size() == 1;
        return Error {(one ? tr("The Kindred data file is incomplete: %1 is missing. It was not opened and nothing in "
                                "it was changed. Restore the latest backup.")
                           : tr("The Kindred data file is incomplete: %1 are missing. It was not opened and nothing "
                                "in it was changed. Restore the latest backup."))
                          .arg(describe(missing))};
    }
    if (!unexpected.isEmpty()) {
        return Error {tr("The Kindred data file contains something Kindred did not put there (%1); another program "
                         "has changed it. It was not opened and nothing in it was changed.")
                          .arg(describe(unexpected))};
    }
    return {};
}

} // namespace Kindred
