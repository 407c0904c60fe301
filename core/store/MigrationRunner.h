// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Brings a file's schema up to date with the numbered SQL scripts compiled in from
// resources/migrations (001_foundation.sql, 002_….sql). Each script runs in its own write
// transaction together with the new PRAGMA user_version: all of it lands, or none of it.
class MigrationRunner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    explicit MigrationRunner(QSqlDatabase db);

    static int latestVersion();
    Result<void> migrateTo(int targetVersion);

private:
    Result<void> apply(int version, const QString& resourcePath);

    QSqlDatabase m_db;
    bool m_upgrading = false; // the file held a schema before migrateTo()
};

} // namespace Kindred
