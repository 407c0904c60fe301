// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace Kindred {

// Which kind of file system holds a path, by the magic number statfs(2) gives (f_type), read through a
// seam that tests replace. SQLite's write-ahead log keeps its index in memory shared through the -shm
// file, which works only when every process using the file runs on one computer: on a network share two
// stations each see their own copy, and check-ins are lost or the file damaged. So a data file on a
// network file system is refused; the PostgreSQL store is what several stations share. A backup folder
// may be a network share: a backup is written once, whole, by one process.
class FileSystemKind
{
    Q_DECLARE_TR_FUNCTIONS(FileSystemKind)

public:
    // statfs(2)'s f_type for an existing file or folder, or nothing when it cannot be read.
    using TypeReader = std::function<std::optional<quint32>(const QString& path)>;

    // The f_type of the file system that holds `path`, or would hold it: a missing path is asked of the
    // nearest folder above it that exists. Nothing when it cannot be read.
    static std::optional<quint32> typeOf(const QString& path);
    // The network file system a magic number stands for ("NFS", "SMB/CIFS" …), empty for any other.
    // FUSE is not counted: its one magic number covers local file systems too (NTFS, exFAT drives).
    static QString networkName(quint32 magic);
    // Refuses a data file at `path` on a network file system, with the reason and what to do instead
    // (`shownPath` is the path as the user gave it). A file system that cannot be asked is let through.
    static Result<void> refuseNetworkDataFile(const QString& path, const QString& shownPath);

    // Tests: read f_type through `reader` instead of statfs(2); an empty function restores statfs.
    static void setReaderForTesting(TypeReader reader);
};

} // namespace Kindred
