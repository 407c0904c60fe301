// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlScript.h"

#include <sqlite3.h>

namespace Kindred {

QStringList splitSqlScript(const QString& script)
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
        if (sqlite3_complete(pending.toUtf8().constData())) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty()) {
        statements << pending.trimmed();
    }
    return statements;
}

QStringList splitServerSqlScript(const QString& script)
{
    QStringList statements;
    QString pending;
    bool inBody = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))) {
            continue;
        }
        pending += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1) {
            inBody = !inBody;
        }
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty()) {
        statements << pending.trimmed();
    }
    return statements;
}

} // namespace Kindred
