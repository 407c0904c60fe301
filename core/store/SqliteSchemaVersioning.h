// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SchemaVersioning.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>

#include <memory>

namespace Kindred {

// A data file's schema: PRAGMA user_version and application_id, one write transaction (BEGIN IMMEDIATE,
// which is also the lock) per script, scripts split by sqlite3_complete(). The file's identity and a newer
// version are refused before any connection (DatabaseOpenCheck), so accept() has nothing left to refuse.
class SqliteSchemaVersioning : public SchemaVersioning
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSchemaVersioning)

public:
    explicit SqliteSchemaVersioning(QSqlDatabase db);

    static QString compiledScripts();

    QString scriptFolder() const override;
    QStringList splitScript(const QString& script) const override;
    bool upgradesInOneTransaction() const override { return false; }
    bool hasTable(const QString& name) const override;
    Result<Stamp> read() const override;
    Result<void> accept(const Stamp& stamp, int latestVersion) const override;
    Result<void> beginUpgrade(int targetVersion) override;
    Result<void> write(int version) override;
    Result<void> commitUpgrade() override;
    void rollbackUpgrade() override;
    Error updateFailed(int version, const QString& detail) const override;
    Error stepMissing(int version) const override;

private:
    QSqlDatabase m_db;
    std::unique_ptr<WriteTransaction> m_transaction;
};

} // namespace Kindred
