// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseFileProbe.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace Kindred {
namespace {

constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3"; // followed by a NUL byte in the file

quint32 be32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(bytes.constData()) + offset);
}

} // namespace

DatabaseFileProbe DatabaseFileProbe::inspect(const QString& path)
{
    DatabaseFileProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        return probe;
    }
    if (info.isDir()) {
        probe.state = State::IsDirectory;
        return probe;
    }
    probe.fileSize = info.size();
    // Root may write anything, so the permission bits are asked too: they say what the owner meant.
    const QFile::Permissions permissions = info.permissions();
    probe.writable = (permissions & QFile::WriteUser)
        && (permissions & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    if (probe.fileSize == 0) {
        probe.state = State::Empty;
        return probe;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.state = State::Unreadable;
        return probe;
    }
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArray(Magic, sizeof(Magic)))) {
        probe.state = State::NotSqlite;
        return probe;
    }

    const quint16 rawPageSize = qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(header.constData()) + 16);
    probe.pageSize = rawPageSize == 1 ? 65536u : rawPageSize;
    const quint32 changeCounter = be32(header, 24);
    probe.pageCount = be32(header, 28);
    probe.userVersion = static_cast<qint32>(be32(header, 60));
    probe.applicationId = be32(header, 68);
    const quint32 versionValidFor = be32(header, 92);

    if (probe.pageSize < 512 || (probe.pageSize & (probe.pageSize - 1)) != 0) {
        probe.state = State::NotSqlite;
        return probe;
    }
    // The in-header size is only trustworthy when it was written with the current change counter.
    // While a -wal file exists the main file may legitimately lag behind (a checkpoint cut short
    // by a crash is finished from the WAL on the next open), so only judge a file that stands alone.
    const bool walPresent = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walPresent && versionValidFor == changeCounter && probe.pageCount > 0
        && probe.fileSize < qint64(probe.pageCount) * probe.pageSize) {
        probe.state = State::Truncated;
        return probe;
    }
    probe.state = State::Readable;
    return probe;
}

} // namespace Kindred
