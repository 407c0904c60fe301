// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FilePrivacy.h"

#include "base/DiagnosticLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kindred {
namespace {

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// A path as a shell would need it typed: quoted when it holds anything but the plainest characters.
QString shellQuoted(const QString& path)
{
    static const QString plain
        = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:,@");
    for (const QChar c : path) {
        if (!plain.contains(c)) {
            QString quoted = path;
            quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
            return QLatin1Char('\'') + quoted + QLatin1Char('\'');
        }
    }
    return path;
}

} // namespace

bool FilePrivacy::createFolder(const QString& folder)
{
    QStringList missing;
    QString path = QFileInfo(folder).absoluteFilePath();
    while (!QFileInfo::exists(path)) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            break;
        }
        path = parent;
    }
    for (const QString& each : std::as_const(missing)) {
        // mkdir's mode is narrowed by the umask, never widened: 0700 is what any umask leaves of it.
        if (::mkdir(encoded(each).constData(), FolderMode) != 0 && errno != EEXIST) {
            return false;
        }
    }
    return QFileInfo(folder).isDir();
}

bool FilePrivacy::makeFolderPrivate(const QString& folder)
{
    struct stat info = {};
    if (::stat(encoded(folder).constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        return false;
    }
    if ((info.st_mode & 07777) == FolderMode) {
        return true;
    }
    if (::chmod(encoded(folder).constData(), FolderMode) != 0) {
        return false;
    }
    DiagnosticLog::info(QStringLiteral("privacy"),
                        QStringLiteral("Kindred's data folder was mode %1, now %2")
                            .arg(info.st_mode & 07777, 0, 8)
                            .arg(FolderMode, 0, 8));
    return true;
}

bool FilePrivacy::createEmptyFile(const QString& path)
{
    const int descriptor = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileMode);
    if (descriptor < 0) {
        return false;
    }
    // The umask can only narrow the mode; this makes sure of the exact one.
    const bool made = ::fchmod(descriptor, FileMode) == 0;
    ::close(descriptor);
    return made;
}

QStringList FilePrivacy::exposedFiles(const QStringList& paths)
{
    QStringList exposed;
    for (const QString& path : paths) {
        struct stat info = {};
        if (::stat(encoded(path).constData(), &info) == 0 && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
            exposed << path;
        }
    }
    return exposed;
}

QString FilePrivacy::dataFileWarning(const QString& dataFile)
{
    const QStringList exposed
        = exposedFiles({dataFile, dataFile + QStringLiteral("-wal"), dataFile + QStringLiteral("-shm")});
    if (exposed.isEmpty()) {
        return {};
    }
    DiagnosticLog::refusal(
        QStringLiteral("privacy"),
        QStringLiteral("%1 of the data file's files can be read by other accounts").arg(exposed.size()));
    QStringList quoted;
    for (const QString& path : exposed) {
        quoted << shellQuoted(path);
    }
    return tr("Other accounts on this computer can read the data file %1, which holds children's medical and "
              "custody details. Make it private by running:\n    chmod 600 %2")
        .arg(QDir::toNativeSeparators(dataFile), quoted.join(QLatin1Char(' ')));
}

} // namespace Kindred
