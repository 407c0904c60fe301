// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// Reads the 100-byte SQLite header of a file without opening it as a database, so that a file
// that is not ours, is from a newer Kindred or is visibly damaged can be refused before SQLite
// writes anything to it (not even a -wal file).
//
// It opens the file with QFile, so it may run only before the first SQLite connection of the process to
// that file (Database::open makes sure of it): closing any descriptor of a file drops every POSIX lock
// the process holds on it, and another process closing the file would then delete the live WAL.
// `path` is canonical (symlinks resolved), so that the -wal looked for is the real file's.
struct DatabaseFileProbe
{
    enum class State {
        Missing, // no file: a new database will be created
        Empty, // zero bytes: no Kindred data file, filled only by a caller that creates files
        NotSqlite, // some other kind of file
        Truncated, // shorter than its header says
        Readable, // a SQLite header we could read
        Unreadable, // cannot be opened for reading
        IsDirectory, // a folder, not a file
    };

    State state = State::Missing;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    qint64 fileSize = 0;
    bool writable = false; // the file's permission bits allow writing

    static DatabaseFileProbe inspect(const QString& path);
};

} // namespace Kindred
