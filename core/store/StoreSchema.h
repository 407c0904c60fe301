// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SchemaVersioning.h"

#include <QSqlDatabase>

#include <memory>

namespace Kindred {

// The stores' schema and its upgrades, for a connection (StoreDriver tells the stores apart): the rest asks it.
class StoreSchema
{
public:
    // The versioning for db's driver (QPSQL: the server's; otherwise SQLite's), with the store's compiled-in
    // scripts.
    static std::unique_ptr<SchemaVersioning> versioning(const QSqlDatabase& db);
    // Whether db holds the table `name` (on the server: in its current schema), asked of the store's
    // catalogue without a failing statement (which would end a transaction on the server). False when it
    // cannot tell.
    static bool hasTable(const QSqlDatabase& db, const QString& name);
};

} // namespace Kindred
