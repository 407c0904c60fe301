// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/SchemaExtensions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Brings a file's schema up to date with the numbered SQL scripts compiled in from
// resources/migrations (001_foundation.sql, 002_….sql). Each script runs in its own write
// transaction together with its migration step (SchemaExtensions.h), when it has one, and the new
// PRAGMA user_version: all of it lands, or none of it.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    static constexpr quint32 ApplicationId = 0x4b446e31; // "KDn1", PRAGMA application_id

    MigrationRunner(QSqlDatabase db, QMap<int, MigrationStep> steps);
    // The scripts without their steps: only the layout a version must have (SchemaCheck builds it in memory;
    // the steps write records, never tables).
    static MigrationRunner scriptsOnly(QSqlDatabase db);

    static int latestVersion();
    Result<void> migrateTo(int targetVersion);

private:
    Result<void> apply(int version, const QString& resourcePath);

    QSqlDatabase m_db;
    QMap<int, MigrationStep> m_steps;
    bool m_scriptsOnly = false;
    bool m_upgrading = false; // the file held a schema before migrateTo()
};

} // namespace Kindred
