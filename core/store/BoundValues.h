// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlQuery;

namespace Kindred {

// Makes the values bound to `query` ones its store takes as the schema means them, just before it runs: on the
// server a bool is bound as 1 or 0, since QPSQL writes it TRUE/FALSE, which the BIGINT 0/1 flag columns (the
// server schema's choice, as SQLite's) refuse; SQLite's driver binds 1/0 itself. So every flag is a number in
// SQL on both stores: a statement compares it with `= 1`, never uses a parameter alone as a condition.
// On the server it also reads a forward-only query's result whole: QPSQL's forward-only mode is libpq's
// single-row mode, in which any other statement on the connection before the last row silently discards the
// rest ("Query results lost"), and Kindred's reads run statements between rows in many places (a report's
// header, a digest per group, a reader called inside a loop). libpq holds a whole result anyway; SQLite keeps
// forward only, which spares it a copy of the rows already read.
// execQuery() and execRead() call it.
void adaptBoundValues(QSqlQuery& query);

} // namespace Kindred
