// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/SchemaExtensions.h"
#include "store/SchemaVersioning.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace Kindred {

// Brings a store's schema up to date with the numbered SQL scripts compiled in from resources/migrations
// (001_foundation.sql, 002_….sql; the server's from resources/migrations/postgresql), each with its
// migration step (SchemaExtensions.h) when it has one. What differs between the stores is the
// SchemaVersioning's: on a SQLite file each script runs in its own write transaction with its step and the
// new PRAGMA user_version; on a centre server every pending script and step runs in one transaction, after
// an advisory lock that lets one station upgrade while the others wait. Either way all of it lands, or none.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    static constexpr quint32 ApplicationId = SchemaVersioning::ApplicationId; // PRAGMA application_id

    // The versioning of db's store (StoreSchema::versioning).
    MigrationRunner(QSqlDatabase db, QMap<int, MigrationStep> steps);
    MigrationRunner(QSqlDatabase db, QMap<int, MigrationStep> steps, std::unique_ptr<SchemaVersioning> versioning);
    // The scripts without their steps: only the layout a version must have (SchemaCheck builds it in memory;
    // the steps write records, never tables).
    static MigrationRunner scriptsOnly(QSqlDatabase db);

    // The latest version of the SQLite scripts compiled in.
    static int latestVersion();
    // The latest version of this runner's scripts.
    int latestScriptVersion() const;
    // Fails with a message for the person at the desk, the store left as it was (on SQLite: at the last
    // script that completed).
    Result<void> migrateTo(int targetVersion);

private:
    Result<void> apply(int version, const QString& resourcePath);

    QSqlDatabase m_db;
    QMap<int, MigrationStep> m_steps;
    std::unique_ptr<SchemaVersioning> m_versioning;
    bool m_scriptsOnly = false;
    bool m_upgrading = false; // the store held a schema before migrateTo()
};

} // namespace Kindred
