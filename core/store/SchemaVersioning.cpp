// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SchemaVersioning.h"

#include "store/ServerSchemaVersioning.h"
#include "store/SqliteSchemaVersioning.h"

namespace Kindred {

std::unique_ptr<SchemaVersioning> SchemaVersioning::forConnection(const QSqlDatabase& db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        return std::make_unique<ServerSchemaVersioning>(db);
    }
    return std::make_unique<SqliteSchemaVersioning>(db);
}

bool SchemaVersioning::hasTable(const QSqlDatabase& db, const QString& name)
{
    return forConnection(db)->hasTable(name);
}

} // namespace Kindred
