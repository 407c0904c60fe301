// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MigrationRunner.h"

#include "store/SqlScript.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

namespace Kindred {
namespace {

const QString MigrationsDir = QStringLiteral(":/migrations");
// A script whose version has a migration step says so in a comment line starting with this.
const QString CodeStepMarker = QStringLiteral("\n-- code step:");

// Scripts by version, from their file names ("003_tickets.sql" is version 3).
QMap<int, QString> migrationScripts()
{
    QMap<int, QString> scripts;
    const QStringList names = QDir(MigrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0) {
            scripts.insert(version, MigrationsDir + QLatin1Char('/') + name);
        }
    }
    return scripts;
}

} // namespace

MigrationRunner::MigrationRunner(QSqlDatabase db, QMap<int, MigrationStep> steps)
    : m_db(std::move(db))
    , m_steps(std::move(steps))
{ }

MigrationRunner MigrationRunner::scriptsOnly(QSqlDatabase db)
{
    MigrationRunner runner(std::move(db), {});
    runner.m_scriptsOnly = true;
    return runner;
}

int MigrationRunner::latestVersion()
{
    const auto scripts = migrationScripts();
    return scripts.isEmpty() ? 0 : scripts.lastKey();
}

Result<void> MigrationRunner::migrateTo(int targetVersion)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return StoreError::fromSql(query.lastError());
    }
    const int current = query.value(0).toInt();
    query.finish();
    m_upgrading = current > 0;

    const auto scripts = migrationScripts();
    for (int version = current + 1; version <= targetVersion; ++version) {
        if (!scripts.contains(version)) {
            // Migration numbers are handed out to areas developed in parallel, so a build may carry a
            // later number (003) before an earlier one (002) has landed: an unassigned number is skipped.
            // A missing last script still means a damaged copy.
            if (version < scripts.lastKey()) {
                continue;
            }
            return Error {
                tr("This copy of Kindred is incomplete: the update to data version %1 is missing.").arg(version)};
        }
        if (auto applied = apply(version, scripts.value(version)); !applied) {
            return applied;
        }
    }
    return {};
}

Result<void> MigrationRunner::apply(int version, const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error {tr("This copy of Kindred is damaged: %1 cannot be read.").arg(resourcePath)};
    }
    const QString script = QString::fromUtf8(file.readAll());
    const QStringList statements = splitSqlScript(script);

    WriteTransaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    for (const QString& statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            return Error {tr("Kindred could not update its data file to version %1 (%2). The file was left as it "
                             "was.")
                              .arg(version)
                              .arg(query.lastError().text())};
        }
    }
    // What a script cannot do (this computer's time zone, a digest of records) runs in the same transaction.
    const bool needsStep = script.contains(CodeStepMarker);
    if (const MigrationStep step = m_steps.value(version); step) {
        if (auto done = step(m_db, m_upgrading); !done) {
            return Error {tr("Kindred could not update its data file to version %1 (%2). The file was left as it "
                             "was.")
                              .arg(version)
                              .arg(done.errorString())};
        }
    } else if (needsStep && !m_scriptsOnly) {
        return Error {tr("This copy of Kindred cannot update its data file to version %1: the part of the update "
                         "that is not SQL is missing. The file was left as it was.")
                          .arg(version)};
    }
    // Pragmas take no bound parameters; both values are integers of our own.
    const QStringList stamps {
        QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)),
        QStringLiteral("PRAGMA user_version = %1").arg(version),
    };
    for (const QString& stamp : stamps) {
        if (auto stamped = execStatement(m_db, stamp); !stamped) {
            return stamped;
        }
    }
    return transaction.commit();
}

} // namespace Kindred
