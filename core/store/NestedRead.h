// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDriver>
#include <QSqlQuery>

namespace Kindred {

// How core asks for a forward-only read (never QSqlQuery::setForwardOnly(true) itself), since a read's loop
// may run other statements on the same connection between its rows (a digest stored per group of rows, a
// report's header, a reader called per row, two reads merged): forward only on SQLite, which then keeps no
// copy of the rows already read. On the server,
// QPSQL's forward-only mode is libpq's single-row mode, in which the next statement on the connection
// discards the rest of the result ("Query results lost"): there the result is read whole, as libpq holds
// it anyway.
inline void setForwardOnlyAlongsideStatements(QSqlQuery& query)
{
    const QSqlDriver* driver = query.driver();
    query.setForwardOnly(driver == nullptr || driver->dbmsType() != QSqlDriver::PostgreSQL);
}

} // namespace Kindred
