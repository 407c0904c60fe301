// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Kindred {

// A SQLite VFS shim for tests, in the manner of SQLite's own test_vfs and test_devsym: it wraps the
// default unix VFS and makes one chosen I/O operation fail, the way a failing disk would. Debian's Qt
// SQLite driver links the system SQLite, the same library as this process, so once install() has
// made the shim the default VFS every connection opened afterwards (Qt's and sqlite3_open's) goes
// through it.
//
// Operations are counted across the files of a database: the main file, its -wal and its -journal
// (reads, writes and syncs; the -shm is memory-mapped and left alone, temporary files too). The count
// starts again at every arm() and disarm().
class FaultVfs
{
public:
    enum class Fault {
        WriteIoError, // a write fails with EIO (SQLITE_IOERR_WRITE), nothing written
        DiskFull, // a write fails with ENOSPC (SQLITE_FULL), nothing written
        SyncIoError, // an fsync fails with EIO (SQLITE_IOERR_FSYNC)
        TornWrite, // the first half of the buffer reaches the file, then the write fails with EIO
        ReadIoError, // a read fails with EIO (SQLITE_IOERR_READ)
    };

    // Registers the shim as the default VFS (once; later calls do nothing). False when SQLite has no
    // default VFS to wrap or refused the registration.
    static bool install();

    // From now on, the `n`-th operation (1 = the next one) fails with `fault` when it is of the
    // fault's kind (a write for the write faults, a sync, a read); otherwise the first operation of
    // that kind after it does. The fault strikes once; later operations succeed.
    static void arm(Fault fault, qint64 n);
    // No fault; operations are counted from zero again.
    static void disarm();
    // Operations counted since the last arm() or disarm().
    static qint64 operationCount();
    // The number of the operation the armed fault struck (at least the `n` given to arm()), or 0 while
    // it has not struck. A loop over every N can go on from the one after it: the N between would
    // strike the same operation.
    static qint64 firedAt();
    // The operation that the fault struck ("write 4096 bytes at 8192 of centre.kindred-wal"), for
    // messages; empty when it has not struck.
    static QString firedOperation();

    static QString name(Fault fault);
};

} // namespace Kindred
