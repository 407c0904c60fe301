// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OpenFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QUrl>

namespace Kindred {

OpenFiles& OpenFiles::instance()
{
    static OpenFiles files;
    return files;
}

QString OpenFiles::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("kindred.sqlite"));
}

QString OpenFiles::canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return info.canonicalFilePath();
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool OpenFiles::isOpen(const QString& path)
{
    OpenFiles& files = instance();
    const QMutexLocker locker(&files.mutex);
    return files.connections.contains(canonicalPath(path));
}

void OpenFiles::configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs)
{
    const QString canonical = canonicalPath(path);
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    const QFileInfo file(canonical);
    const bool writable = file.isWritable() || QFileInfo(file.absolutePath()).isWritable();
    const bool hasWal = QFileInfo::exists(canonical + QStringLiteral("-wal"));
    db.setDatabaseName(canonical);
    if (hasWal || isOpen(canonical)) {
        // Read through the WAL under SQLite's locks. Read-only, so a -wal left from another copy of the file
        // is never checkpointed into it.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;") + busy);
    } else if (writable) {
        // No WAL: a connection that only reads, and that removes the -wal and -shm it makes when it closes
        // (a read-only connection would leave them beside the file).
        db.setConnectOptions(busy);
    } else {
        // Nobody can be writing a file that this process cannot write and that has no WAL (an auditor's
        // read-only copy): immutable=1 reads it without locks and without creating anything beside it. Never
        // otherwise: it reads a file another process writes torn, and closing it in a process that holds
        // the file open would drop that process's locks.
        QUrl uri = QUrl::fromLocalFile(canonical);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;") + busy);
    }
}

} // namespace Kindred
