// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteShell.h"

#include <QList>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <sqlite3.h>

namespace Kindred {
namespace {

struct SchemaObject
{
    QString name;
    QByteArray sql;
};

// Tables before their indexes and triggers, so that they can be created again in this order.
QList<SchemaObject> schemaOf(const QString& path)
{
    QList<SchemaObject> objects;
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY CASE type WHEN "
                              "'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END",
                              -1, &statement, nullptr)
            == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            objects.append({QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))),
                            QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)))});
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return objects;
}

} // namespace

QString SqliteShell::tamper(const QString& path, const QString& script)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty()) {
        return QStringLiteral("the sqlite3 shell is needed (Debian package sqlite3)");
    }
    const QList<SchemaObject> before = schemaOf(path);
    QProcess process;
    process.start(program, {path, script});
    if (!process.waitForFinished(30000)) {
        return QStringLiteral("sqlite3 did not finish");
    }
    const QString error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitCode() != 0) {
        return error.isEmpty() ? QStringLiteral("failed") : error;
    }
    QSet<QString> after;
    for (const SchemaObject& object : schemaOf(path)) {
        after.insert(object.name);
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("the file could not be opened again");
    }
    QString restoreError;
    for (const SchemaObject& object : before) {
        if (!after.contains(object.name)
            && sqlite3_exec(db, object.sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            restoreError = QString::fromUtf8(sqlite3_errmsg(db));
            break;
        }
    }
    sqlite3_close(db);
    return restoreError;
}

} // namespace Kindred
