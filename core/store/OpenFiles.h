// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QRecursiveMutex>
#include <QSqlDatabase>
#include <QString>

namespace Kindred {

// The data files this process has open through SQLite (canonical path → connections), and how to open one
// for reading without disturbing them. The first connection of the process to a file is the only one that
// may look at it from outside SQLite (the header probe, the checks on a read-only handle); the mutex keeps
// a second thread from probing while the first opens (Database counts its connections here).
struct OpenFiles
{
    QRecursiveMutex mutex; // held while the first connection checks the file, which asks isOpen()
    QHash<QString, int> connections;

    static OpenFiles& instance();

    // The default file under QStandardPaths::AppDataLocation.
    static QString defaultPath();
    // The path with every symlink resolved (for a missing file, its folder's): SQLite keeps its -wal and
    // -shm beside the real file, so that is where Kindred looks for them.
    static QString canonicalPath(const QString& path);
    // True while a connection of this process has the file open. Nothing may then open the file, its
    // -wal or its -shm other than through SQLite: closing any descriptor of a file drops every POSIX lock
    // the process holds on it, and the next process to close the file deletes the live WAL.
    static bool isOpen(const QString& path);

    // Points `db` at `path` (canonicalised) for reading, leaving nothing beside the file: through its WAL
    // on a read-only connection when a -wal exists or this process has the file open; on a connection
    // that only reads (and removes the -wal and -shm it makes on closing) when there is no WAL; immutable,
    // without locks, only when this process can write neither the file nor its folder and no -wal exists
    // (an auditor's read-only copy). The caller must only read.
    static void configureReadOnly(QSqlDatabase& db, const QString& path, int busyTimeoutMs);
};

} // namespace Kindred
