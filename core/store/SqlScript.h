// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Kindred {

// QSqlQuery::exec runs one statement, so migration scripts are split here, using SQLite's own
// sqlite3_complete() so that semicolons inside triggers and string literals are not mistaken for ends.
QStringList splitSqlScript(const QString& script);

// The same for the PostgreSQL scripts (resources/migrations/postgresql), whose PL/pgSQL bodies
// sqlite3_complete() cannot read. The rule those files are written to: blank and "--" lines between
// statements are skipped; a statement ends at a line whose text ends with ';' outside a $$ … $$ body (a
// line with an odd number of "$$" opens or closes one). A last statement without ';' is kept.
QStringList splitServerSqlScript(const QString& script);

} // namespace Kindred
