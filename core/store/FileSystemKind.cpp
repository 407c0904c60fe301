// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FileSystemKind.h"

#include "base/DiagnosticLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <sys/vfs.h>

namespace Kindred {
namespace {

struct Reader
{
    QMutex mutex;
    FileSystemKind::TypeReader testing;
};

Reader& reader()
{
    static Reader instance;
    return instance;
}

std::optional<quint32> statfsType(const QString& path)
{
    struct statfs info = {};
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0) {
        return std::nullopt;
    }
    // f_type is a signed word; the magic numbers are 32 bits (CIFS's 0xFF534D42 is negative on 32-bit systems).
    return quint32(info.f_type);
}

// Magic numbers from linux/magic.h and the file systems' own sources.
struct Network
{
    quint32 magic;
    const char* name;
};

constexpr Network Networks[] = {
    {0x6969, "NFS"},     {0x517B, "SMB"},        {0xFF534D42, "SMB/CIFS"}, {0xFE534D42, "SMB2"},
    {0x5346414F, "AFS"}, {0x6B414653, "AFS"},    {0x01021997, "9P"},       {0x73757245, "Coda"},
    {0x564C, "NCP"},     {0x00C36400, "CephFS"}, {0x47504653, "GPFS"},     {0x0BD00BD0, "Lustre"},
};

} // namespace

std::optional<quint32> FileSystemKind::typeOf(const QString& path)
{
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing) {
            return std::nullopt;
        }
        existing = parent;
    }
    TypeReader testing;
    {
        Reader& r = reader();
        const QMutexLocker locker(&r.mutex);
        testing = r.testing;
    }
    return testing ? testing(existing) : statfsType(existing);
}

QString FileSystemKind::networkName(quint32 magic)
{
    for (const Network& network : Networks) {
        if (network.magic == magic) {
            return QString::fromLatin1(network.name);
        }
    }
    return {};
}

Result<void> FileSystemKind::refuseNetworkDataFile(const QString& path, const QString& shownPath)
{
    const std::optional<quint32> type = typeOf(path);
    if (!type) {
        return {};
    }
    const QString network = networkName(*type);
    if (network.isEmpty()) {
        return {};
    }
    DiagnosticLog::refusal(QStringLiteral("open"),
                           QStringLiteral("the data file is on a network file system (%1, "
                                          "f_type 0x%2)")
                               .arg(network)
                               .arg(*type, 0, 16));
    return Error {tr("Kindred will not use %1: it is on a network share (%2). SQLite, which keeps Kindred's data, "
                     "cannot protect a file on a network share: its write-ahead log works only when every program "
                     "using the file runs on one computer, so check-ins could be lost or the file damaged. Nothing "
                     "was changed. Keep the data file on this computer's own disk; for several stations sharing one "
                     "centre, use a Kindred server (PostgreSQL) instead. The backup folder may be on a network "
                     "share.")
                      .arg(QDir::toNativeSeparators(shownPath), network)};
}

void FileSystemKind::setReaderForTesting(TypeReader testing)
{
    Reader& r = reader();
    const QMutexLocker locker(&r.mutex);
    r.testing = std::move(testing);
}

} // namespace Kindred
