// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace Kindred {

// A real, tiny file system (tmpfs) that a test can fill, so that "the disk is full" is the kernel's
// own ENOSPC rather than a simulation. Mounting needs root: `reason()` says why it is not there and
// the test skips.
class SmallDisk
{
public:
    explicit SmallDisk(const char* size = "size=64k")
    {
        if (::geteuid() != 0) {
            m_reason = QStringLiteral("mounting a small tmpfs to fill needs root; run the tests as root to cover a "
                                      "full disk");
            return;
        }
        m_path = m_base.path() + QStringLiteral("/disk");
        QDir().mkpath(m_path);
        if (::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", 0, size) != 0) {
            m_reason = QStringLiteral("mount -t tmpfs failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            m_path.clear();
        }
    }
    ~SmallDisk()
    {
        if (!m_path.isEmpty()) {
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
        }
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool isMounted() const { return !m_path.isEmpty(); }
    QString reason() const { return m_reason; }
    QString path() const { return m_path; }
    QString filePath(const QString& name) const { return m_path + QLatin1Char('/') + name; }

    // Fills the disk with `filler`, then frees `leaveFree` bytes of it again (rounded by the file
    // system to whole pages): the next writer gets that much and then ENOSPC.
    bool fill(qint64 leaveFree = 0)
    {
        const QByteArray path = QFile::encodeName(filePath(QStringLiteral("filler")));
        const int descriptor = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (descriptor < 0) {
            return false;
        }
        const QByteArray block(4096, 'x');
        qint64 size = 0;
        for (;;) {
            const ssize_t written = ::write(descriptor, block.constData(), size_t(block.size()));
            if (written <= 0) {
                break;
            }
            size += written;
        }
        const bool full = errno == ENOSPC;
        const bool freed = ::ftruncate(descriptor, off_t(qMax<qint64>(0, size - leaveFree))) == 0;
        ::close(descriptor);
        return full && freed;
    }

    // What is on the disk besides the filler (hidden files included, so a leftover temporary shows).
    QStringList leftovers() const
    {
        QStringList names = QDir(m_path).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private:
    QTemporaryDir m_base;
    QString m_path;
    QString m_reason;
};

} // namespace Kindred
