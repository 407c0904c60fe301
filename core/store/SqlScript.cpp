// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlScript.h"

#include <sqlite3.h>

namespace Kindred {

namespace {

// The script's lines gathered into statements, with blank and comment lines between statements left out;
// `ends(pending, line)` says whether the text gathered so far, `line` its last, is a whole statement.
template<typename Ends> QStringList splitLines(const QString& script, Ends ends)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))) {
            continue;
        }
        pending += line + QLatin1Char('\n');
        if (ends(pending, line)) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty()) {
        statements << pending.trimmed();
    }
    return statements;
}

} // namespace

QStringList splitSqlScript(const QString& script)
{
    return splitLines(
        script, [](const QString& pending, const QString&) { return sqlite3_complete(pending.toUtf8().constData()); });
}

QStringList splitServerSqlScript(const QString& script)
{
    bool inBody = false; // inside a $$ … $$ function body, whose ';' end nothing
    return splitLines(script, [&inBody](const QString&, const QString& line) {
        if (line.count(QLatin1String("$$")) % 2 == 1) {
            inBody = !inBody;
        }
        return !inBody && line.trimmed().endsWith(QLatin1Char(';'));
    });
}

} // namespace Kindred
