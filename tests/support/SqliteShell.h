// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// The sqlite3 shell, as someone tampering with a data file would use it.
class SqliteShell
{
public:
    // Runs `script` with the real sqlite3 shell against the file, then puts back, empty, every table, index
    // and trigger the script dropped, as a careful tamperer would to hide the traces: the file then passes
    // the schema check at open, and what changed must be caught by the audit chain. Returns the shell's
    // error text, empty when the script worked.
    static QString tamper(const QString& path, const QString& script);
};

} // namespace Kindred
