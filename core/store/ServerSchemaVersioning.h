// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SchemaVersioning.h"

#include <QCoreApplication>

namespace Kindred {

// A centre server's schema (PostgreSQL 15): the version and the application's identity in a one-row table
// kindred_schema (with when, and by which Kindred, it was last upgraded) that the runner creates; every
// pending script, its step and the stamp in ONE transaction (PostgreSQL's DDL is transactional), taken after
// pg_advisory_xact_lock so that one station upgrades while the others wait and then find the work done.
// Refuses a database that is not UTF8 with the C collation, another program's, and a newer Kindred's; an upgrade
// waits (refuses, with a message) while a station of an older Kindred is connected (its application_name says
// which schema it was built for: stationName()).
class ServerSchemaVersioning : public SchemaVersioning
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchemaVersioning)

public:
    // The advisory lock every station's upgrade takes ("KDn1", the application id).
    static constexpr qint64 UpgradeLockKey = 0x4b446e31;
    static QString compiledScripts();
    // What each connection of a Kindred built for `schemaVersion` calls itself on the server (its
    // application_name, unless the server address sets one): "kindred s16 0.1.0", with the program's version
    // when it set QCoreApplication::applicationVersion. Database::openServer gives it.
    static QString stationName(int schemaVersion);
    // The schema version in such a name; -1 for any other program's.
    static int schemaVersionOf(const QString& applicationName);

    // scriptFolder: where the numbered scripts are (tests hand in a folder of their own).
    explicit ServerSchemaVersioning(QSqlDatabase db, QString scriptFolder = compiledScripts());
    ~ServerSchemaVersioning() override; // rolls back an upgrade not committed
    ServerSchemaVersioning(const ServerSchemaVersioning&) = delete;
    ServerSchemaVersioning& operator=(const ServerSchemaVersioning&) = delete;

    QString scriptFolder() const override { return m_scriptFolder; }
    QStringList splitScript(const QString& script) const override;
    bool upgradesInOneTransaction() const override { return true; }
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
    Result<void> checkEncoding() const;
    Result<void> noOlderStations(int targetVersion) const;

    QSqlDatabase m_db;
    QString m_scriptFolder;
    bool m_active = false;
    bool m_upgraded = false; // a version was written in this transaction
};

} // namespace Kindred
