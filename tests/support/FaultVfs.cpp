// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultVfs.h"

#include <QFileInfo>

#include <mutex>
#include <new>
#include <optional>

#include <sqlite3.h>

namespace Kindred {
namespace {

enum class Operation { Read, Write, Sync };

// What every file opened through the shim starts with; the real VFS's file follows it in the same
// allocation (szOsFile is the sum of both).
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
    bool counted; // main database, -wal or -journal
    QString name;
};

struct State
{
    std::mutex mutex;
    sqlite3_vfs* real = nullptr;
    qint64 count = 0;
    bool armed = false;
    FaultVfs::Fault fault = FaultVfs::Fault::WriteIoError;
    qint64 target = 0;
    qint64 firedAt = 0;
    QString firedOperation;
};

State& state()
{
    static State s;
    return s;
}

sqlite3_vfs* realVfs()
{
    return state().real;
}

Operation operationOf(FaultVfs::Fault fault)
{
    switch (fault) {
    case FaultVfs::Fault::WriteIoError:
    case FaultVfs::Fault::DiskFull:
    case FaultVfs::Fault::TornWrite:
        return Operation::Write;
    case FaultVfs::Fault::SyncIoError:
        return Operation::Sync;
    case FaultVfs::Fault::ReadIoError:
        break;
    }
    return Operation::Read;
}

// Counts one operation on `file` and says whether the armed fault strikes it.
std::optional<FaultVfs::Fault> countOperation(FaultFile* file, Operation operation, int amount = 0,
                                              sqlite3_int64 offset = 0)
{
    if (!file->counted) {
        return std::nullopt;
    }
    State& s = state();
    std::lock_guard lock(s.mutex);
    ++s.count;
    if (!s.armed || s.firedAt > 0 || s.count < s.target || operationOf(s.fault) != operation) {
        return std::nullopt;
    }
    s.firedAt = s.count;
    const QString what = operation == Operation::Sync
        ? QStringLiteral("sync")
        : QStringLiteral("%1 %2 bytes at %3")
              .arg(operation == Operation::Read ? QStringLiteral("read") : QStringLiteral("write"))
              .arg(amount)
              .arg(offset);
    s.firedOperation = what + QStringLiteral(" of ") + file->name;
    return s.fault;
}

FaultFile* faultFile(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file);
}

sqlite3_file* realFile(sqlite3_file* file)
{
    return faultFile(file)->real;
}

int faultClose(sqlite3_file* file)
{
    FaultFile* p = faultFile(file);
    const int rc = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    p->name.~QString();
    return rc;
}

int faultRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (countOperation(faultFile(file), Operation::Read, amount, offset)) {
        return SQLITE_IOERR_READ;
    }
    return realFile(file)->pMethods->xRead(realFile(file), buffer, amount, offset);
}

int faultWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = realFile(file);
    if (const auto fault = countOperation(faultFile(file), Operation::Write, amount, offset)) {
        switch (*fault) {
        case FaultVfs::Fault::DiskFull:
            return SQLITE_FULL;
        case FaultVfs::Fault::TornWrite:
            // The disk took the first half of the buffer before it failed.
            (void)real->pMethods->xWrite(real, buffer, amount / 2, offset);
            return SQLITE_IOERR_WRITE;
        default:
            return SQLITE_IOERR_WRITE;
        }
    }
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int faultSync(sqlite3_file* file, int flags)
{
    if (countOperation(faultFile(file), Operation::Sync)) {
        return SQLITE_IOERR_FSYNC;
    }
    return realFile(file)->pMethods->xSync(realFile(file), flags);
}

int faultTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return realFile(file)->pMethods->xTruncate(realFile(file), size);
}

int faultFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return realFile(file)->pMethods->xFileSize(realFile(file), size);
}

int faultLock(sqlite3_file* file, int lock)
{
    return realFile(file)->pMethods->xLock(realFile(file), lock);
}

int faultUnlock(sqlite3_file* file, int lock)
{
    return realFile(file)->pMethods->xUnlock(realFile(file), lock);
}

int faultCheckReservedLock(sqlite3_file* file, int* reserved)
{
    return realFile(file)->pMethods->xCheckReservedLock(realFile(file), reserved);
}

int faultFileControl(sqlite3_file* file, int op, void* arg)
{
    return realFile(file)->pMethods->xFileControl(realFile(file), op, arg);
}

int faultSectorSize(sqlite3_file* file)
{
    return realFile(file)->pMethods->xSectorSize(realFile(file));
}

int faultDeviceCharacteristics(sqlite3_file* file)
{
    return realFile(file)->pMethods->xDeviceCharacteristics(realFile(file));
}

int faultShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** memory)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->iVersion >= 2 ? real->pMethods->xShmMap(real, region, size, extend, memory)
                                         : SQLITE_IOERR_SHMMAP;
}

int faultShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->iVersion >= 2 ? real->pMethods->xShmLock(real, offset, n, flags) : SQLITE_IOERR_SHMLOCK;
}

void faultShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realFile(file);
    if (real->pMethods->iVersion >= 2) {
        real->pMethods->xShmBarrier(real);
    }
}

int faultShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->iVersion >= 2 ? real->pMethods->xShmUnmap(real, deleteFlag) : SQLITE_OK;
}

// Memory-mapped reads would pass the shim by; without a mapping SQLite falls back to xRead.
int faultFetch(sqlite3_file*, sqlite3_int64, int, void** pointer)
{
    *pointer = nullptr;
    return SQLITE_OK;
}

int faultUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* pointer)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->iVersion >= 3 ? real->pMethods->xUnfetch(real, offset, pointer) : SQLITE_OK;
}

const sqlite3_io_methods FaultMethods = {
    3,
    faultClose,
    faultRead,
    faultWrite,
    faultTruncate,
    faultSync,
    faultFileSize,
    faultLock,
    faultUnlock,
    faultCheckReservedLock,
    faultFileControl,
    faultSectorSize,
    faultDeviceCharacteristics,
    faultShmMap,
    faultShmLock,
    faultShmBarrier,
    faultShmUnmap,
    faultFetch,
    faultUnfetch,
};

int faultOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    FaultFile* p = faultFile(file);
    p->base.pMethods = nullptr;
    p->real = reinterpret_cast<sqlite3_file*>(p + 1);
    p->real->pMethods = nullptr;
    p->counted = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) != 0;
    new (&p->name) QString(name ? QFileInfo(QString::fromUtf8(name)).fileName() : QString());
    const int rc = realVfs()->xOpen(realVfs(), name, p->real, flags, outFlags);
    if (p->real->pMethods) {
        // SQLite calls xClose whenever pMethods is set, even after a failed open.
        p->base.pMethods = &FaultMethods;
    } else {
        p->name.~QString();
    }
    return rc;
}

int faultDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return realVfs()->xDelete(realVfs(), name, syncDir);
}

int faultAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return realVfs()->xAccess(realVfs(), name, flags, result);
}

int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return realVfs()->xFullPathname(realVfs(), name, size, out);
}

void* faultDlOpen(sqlite3_vfs*, const char* name)
{
    return realVfs()->xDlOpen(realVfs(), name);
}

void faultDlError(sqlite3_vfs*, int size, char* message)
{
    realVfs()->xDlError(realVfs(), size, message);
}

void (*faultDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return realVfs()->xDlSym(realVfs(), handle, symbol);
}

void faultDlClose(sqlite3_vfs*, void* handle)
{
    realVfs()->xDlClose(realVfs(), handle);
}

int faultRandomness(sqlite3_vfs*, int size, char* out)
{
    return realVfs()->xRandomness(realVfs(), size, out);
}

int faultSleep(sqlite3_vfs*, int microseconds)
{
    return realVfs()->xSleep(realVfs(), microseconds);
}

int faultCurrentTime(sqlite3_vfs*, double* now)
{
    return realVfs()->xCurrentTime(realVfs(), now);
}

int faultGetLastError(sqlite3_vfs*, int size, char* out)
{
    return realVfs()->xGetLastError ? realVfs()->xGetLastError(realVfs(), size, out) : 0;
}

int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return realVfs()->xCurrentTimeInt64(realVfs(), now);
}

} // namespace

bool FaultVfs::install()
{
    static sqlite3_vfs vfs;
    static const bool installed = [] {
        sqlite3_vfs* real = sqlite3_vfs_find(nullptr);
        if (!real) {
            return false;
        }
        state().real = real;
        vfs.iVersion = 2; // up to xCurrentTimeInt64; the system-call hooks are the real VFS's own business
        vfs.szOsFile = int(sizeof(FaultFile)) + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = "kindred-fault";
        vfs.xOpen = faultOpen;
        vfs.xDelete = faultDelete;
        vfs.xAccess = faultAccess;
        vfs.xFullPathname = faultFullPathname;
        vfs.xDlOpen = faultDlOpen;
        vfs.xDlError = faultDlError;
        vfs.xDlSym = faultDlSym;
        vfs.xDlClose = faultDlClose;
        vfs.xRandomness = faultRandomness;
        vfs.xSleep = faultSleep;
        vfs.xCurrentTime = faultCurrentTime;
        vfs.xGetLastError = faultGetLastError;
        vfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

void FaultVfs::arm(Fault fault, qint64 n)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.count = 0;
    s.armed = true;
    s.fault = fault;
    s.target = n;
    s.firedAt = 0;
    s.firedOperation.clear();
}

void FaultVfs::disarm()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.count = 0;
    s.armed = false;
    s.firedAt = 0;
    s.firedOperation.clear();
}

qint64 FaultVfs::operationCount()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.count;
}

qint64 FaultVfs::firedAt()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.firedAt;
}

QString FaultVfs::firedOperation()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.firedOperation;
}

QString FaultVfs::name(Fault fault)
{
    switch (fault) {
    case Fault::WriteIoError:
        return QStringLiteral("write EIO");
    case Fault::DiskFull:
        return QStringLiteral("write ENOSPC");
    case Fault::SyncIoError:
        return QStringLiteral("fsync EIO");
    case Fault::TornWrite:
        return QStringLiteral("torn write");
    case Fault::ReadIoError:
        break;
    }
    return QStringLiteral("read EIO");
}

} // namespace Kindred
