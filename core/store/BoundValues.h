// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlQuery;

namespace Kindred {

// Makes the values bound to `query` ones its store takes as the schema means them, just before it runs: on the
// server a bool is bound as 1 or 0, since QPSQL writes it TRUE/FALSE, which the BIGINT 0/1 flag columns (the
// server schema's choice, as SQLite's) refuse; SQLite's driver binds 1/0 itself. So every flag is a number in
// SQL on both stores: a statement compares it with `= 1`, never uses a parameter alone as a condition.
// execQuery() and execRead() call it.
void adaptBoundValues(QSqlQuery& query);

} // namespace Kindred
