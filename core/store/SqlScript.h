// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Kindred {

// QSqlQuery::exec runs one statement, so migration scripts are split here, using SQLite's own
// sqlite3_complete() so that semicolons inside triggers and string literals are not mistaken for ends.
QStringList splitSqlScript(const QString& script);

} // namespace Kindred
