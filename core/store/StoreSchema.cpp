// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreSchema.h"

#include "store/ServerSchemaVersioning.h"
#include "store/SqliteSchemaVersioning.h"
#include "store/StoreDriver.h"

namespace Kindred {

std::unique_ptr<SchemaVersioning> StoreSchema::versioning(const QSqlDatabase& db)
{
    if (StoreDriver::of(db).kind() == StoreDriver::Kind::Server) {
        return std::make_unique<ServerSchemaVersioning>(db);
    }
    return std::make_unique<SqliteSchemaVersioning>(db);
}

bool StoreSchema::hasTable(const QSqlDatabase& db, const QString& name)
{
    return versioning(db)->hasTable(name);
}

} // namespace Kindred
