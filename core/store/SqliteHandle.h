// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;
struct sqlite3;

namespace Kindred {

// SQLite's own handle under a Qt connection, for what Qt's driver does not offer (the online backup API,
// statements in progress). Only store/ uses it: the rest of core talks to the file through QSqlQuery.
// Null when the connection is not open or not SQLite's.
sqlite3* sqliteHandle(const QSqlDatabase& db);

// Resets every statement of `db`'s connection that is still stepping. A query a page has not read to the
// end keeps a read transaction open, and SQLite refuses to copy into a connection that is reading
// ("destination database is in use"); whoever calls this rebuilds those views afterwards.
void resetStatementsInProgress(const QSqlDatabase& db);

} // namespace Kindred
