// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteHandle.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Kindred {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.data());
}

void resetStatementsInProgress(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle) {
        return;
    }
    for (sqlite3_stmt* statement = sqlite3_next_stmt(handle, nullptr); statement;
         statement = sqlite3_next_stmt(handle, statement)) {
        if (sqlite3_stmt_busy(statement)) {
            sqlite3_reset(statement);
        }
    }
}

} // namespace Kindred
