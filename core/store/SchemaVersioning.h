// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Kindred {

// What MigrationRunner needs to know about the store it upgrades, so that it runs the same numbered scripts
// and steps on both without asking which store it is on: where the version and the application's identity
// are kept, how an upgrade is locked and made all-or-nothing, which scripts are the store's and how they are
// split into statements. SqliteSchemaVersioning (PRAGMA user_version, one transaction per script) and
// ServerSchemaVersioning (a kindred_schema table, an advisory lock, one transaction for every pending script);
// StoreSchema picks the one for a connection.
class SchemaVersioning
{
public:
    struct Stamp
    {
        qint64 applicationId = 0; // 0: none recorded
        int version = 0; // 0: no schema yet
    };

    // Kindred's identity on both stores ("KDn1"): SQLite's PRAGMA application_id, the server's
    // kindred_schema.application_id.
    static constexpr quint32 ApplicationId = 0x4b446e31;

    virtual ~SchemaVersioning() = default;

    // The folder of numbered scripts (":/migrations/NNN_name.sql" and so on).
    virtual QString scriptFolder() const = 0;
    virtual QStringList splitScript(const QString& script) const = 0;
    // True: every pending script, its step and the new stamp run in one transaction (beginUpgrade() once);
    // false: each script runs in a transaction of its own, stamped with its version.
    virtual bool upgradesInOneTransaction() const = 0;
    virtual bool hasTable(const QString& name) const = 0;

    // The recorded version and identity; fails when they cannot be read.
    virtual Result<Stamp> read() const = 0;
    // Fails, with a message for the person at the desk, when the store must not be upgraded by this Kindred
    // (another program's, a newer Kindred's, a database that cannot hold Kindred's text): nothing is changed.
    virtual Result<void> accept(const Stamp& stamp, int latestVersion) const = 0;

    // Begins the upgrade's write transaction (to targetVersion), once any other station's upgrade is over; fails
    // with the reason.
    virtual Result<void> beginUpgrade(int targetVersion) = 0;
    // Records `version` (and the application's identity) inside the upgrade's transaction.
    virtual Result<void> write(int version) = 0;
    // On failure the upgrade was rolled back.
    virtual Result<void> commitUpgrade() = 0;
    virtual void rollbackUpgrade() = 0;

    // The messages of a failed upgrade to `version`, whose reason is `detail`, and of one whose step (the
    // part that is not SQL) this copy of Kindred lacks.
    virtual Error updateFailed(int version, const QString& detail) const = 0;
    virtual Error stepMissing(int version) const = 0;
};

} // namespace Kindred
