// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MigrationRunner.h"

#include "store/SqliteSchemaVersioning.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

namespace Kindred {
namespace {

// A script whose version has a migration step says so in a comment line starting with this.
const QString CodeStepMarker = QStringLiteral("\n-- code step:");

// Scripts by version, from their file names ("003_tickets.sql" is version 3).
QMap<int, QString> migrationScripts(const QString& folder)
{
    QMap<int, QString> scripts;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0) {
            scripts.insert(version, folder + QLatin1Char('/') + name);
        }
    }
    return scripts;
}

} // namespace

MigrationRunner::MigrationRunner(QSqlDatabase db, QMap<int, MigrationStep> steps)
    : MigrationRunner(db, std::move(steps), StoreSchema::versioning(db))
{ }

MigrationRunner::MigrationRunner(QSqlDatabase db, QMap<int, MigrationStep> steps,
                                 std::unique_ptr<SchemaVersioning> versioning)
    : m_db(std::move(db))
    , m_steps(std::move(steps))
    , m_versioning(std::move(versioning))
{ }

MigrationRunner MigrationRunner::scriptsOnly(QSqlDatabase db)
{
    MigrationRunner runner(std::move(db), {});
    runner.m_scriptsOnly = true;
    return runner;
}

int MigrationRunner::latestVersion()
{
    const auto scripts = migrationScripts(SqliteSchemaVersioning::compiledScripts());
    return scripts.isEmpty() ? 0 : scripts.lastKey();
}

int MigrationRunner::latestScriptVersion() const
{
    const auto scripts = migrationScripts(m_versioning->scriptFolder());
    return scripts.isEmpty() ? 0 : scripts.lastKey();
}

Result<void> MigrationRunner::migrateTo(int targetVersion)
{
    const auto scripts = migrationScripts(m_versioning->scriptFolder());
    const int latest = scripts.isEmpty() ? 0 : scripts.lastKey();
    auto stamp = m_versioning->read();
    if (!stamp) {
        return stamp.error();
    }
    if (auto accepted = m_versioning->accept(stamp.value(), latest); !accepted) {
        return accepted;
    }
    int current = stamp.value().version;
    const bool oneTransaction = m_versioning->upgradesInOneTransaction();
    if (oneTransaction) {
        if (current >= targetVersion) {
            return {};
        }
        if (auto begun = m_versioning->beginUpgrade(targetVersion); !begun) {
            return begun;
        }
        // Another station may have upgraded while this one waited for the lock.
        stamp = m_versioning->read();
        if (!stamp) {
            m_versioning->rollbackUpgrade();
            return stamp.error();
        }
        if (auto accepted = m_versioning->accept(stamp.value(), latest); !accepted) {
            m_versioning->rollbackUpgrade();
            return accepted;
        }
        current = stamp.value().version;
    }
    m_upgrading = current > 0;

    int applied = current;
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!scripts.contains(version)) {
            // Migration numbers are handed out to areas developed in parallel, so a build may carry a
            // later number (003) before an earlier one (002) has landed: an unassigned number is skipped.
            // A missing last script still means a damaged copy.
            if (version < latest) {
                continue;
            }
            m_versioning->rollbackUpgrade();
            return Error {
                tr("This copy of Kindred is incomplete: the update to data version %1 is missing.").arg(version)};
        }
        if (!oneTransaction) {
            if (auto begun = m_versioning->beginUpgrade(targetVersion); !begun) {
                return begun;
            }
        }
        if (auto done = apply(version, scripts.value(version)); !done) {
            m_versioning->rollbackUpgrade();
            return done;
        }
        applied = version;
        if (!oneTransaction) {
            if (auto stamped = m_versioning->write(version); !stamped) {
                m_versioning->rollbackUpgrade();
                return stamped;
            }
            if (auto committed = m_versioning->commitUpgrade(); !committed) {
                return committed;
            }
        }
    }
    if (oneTransaction) {
        if (applied > current) {
            if (auto stamped = m_versioning->write(applied); !stamped) {
                m_versioning->rollbackUpgrade();
                return stamped;
            }
        }
        return m_versioning->commitUpgrade();
    }
    return {};
}

// Runs the script and its step inside the transaction the versioning began.
Result<void> MigrationRunner::apply(int version, const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error {tr("This copy of Kindred is damaged: %1 cannot be read.").arg(resourcePath)};
    }
    const QString script = QString::fromUtf8(file.readAll());
    const QStringList statements = m_versioning->splitScript(script);

    for (const QString& statement : statements) {
        StoreQuery query(m_db);
        if (!query.exec(statement)) {
            return m_versioning->updateFailed(version, query.lastError().text());
        }
    }
    // What a script cannot do (this computer's time zone, a digest of records) runs in the same transaction.
    const bool needsStep = script.contains(CodeStepMarker);
    if (const MigrationStep step = m_steps.value(version); step) {
        if (auto done = step(m_db, m_upgrading); !done) {
            return m_versioning->updateFailed(version, done.errorString());
        }
    } else if (needsStep && !m_scriptsOnly) {
        return m_versioning->stepMissing(version);
    }
    return {};
}

} // namespace Kindred
