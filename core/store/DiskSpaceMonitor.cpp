// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DiskSpaceMonitor.h"

#include "base/DiagnosticLog.h"

#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <QTimer>

namespace Kindred {
namespace {

DiskSpaceMonitor::FreeBytesSource& freeBytesSource()
{
    static DiskSpaceMonitor::FreeBytesSource source;
    return source;
}

qint64 freeBytesOf(const QString& folder)
{
    if (freeBytesSource()) {
        return freeBytesSource()(folder);
    }
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

} // namespace

DiskSpaceMonitor::DiskSpaceMonitor(const QString& dataFilePath, QObject* parent)
    : QObject(parent)
    , m_folder(QFileInfo(dataFilePath).absolutePath())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DiskSpaceMonitor::check);
    m_timer->start();
    check();
}

bool DiskSpaceMonitor::isLow(qint64 freeBytes)
{
    return freeBytes >= 0 && freeBytes < LowFreeBytes;
}

QString DiskSpaceMonitor::warningFor(qint64 freeBytes)
{
    if (!isLow(freeBytes)) {
        return {};
    }
    return tr("Only %1 MB free on the disk that holds Kindred's data — free some space or ask whoever looks after "
              "this computer")
        .arg(QLocale().toString(freeBytes / BytesPerMegabyte));
}

void DiskSpaceMonitor::setFreeBytesSource(const FreeBytesSource& source)
{
    freeBytesSource() = source;
}

void DiskSpaceMonitor::check()
{
    const qint64 freeBytes = freeBytesOf(m_folder);
    const QString warning = warningFor(freeBytes);
    if (warning == m_warning) {
        return;
    }
    if (!warning.isEmpty() && m_warning.isEmpty()) {
        DiagnosticLog::error(QStringLiteral("disk"),
                             QStringLiteral("%1 bytes free on the data file's disk (%2)").arg(freeBytes).arg(m_folder));
    }
    m_warning = warning;
    emit warningChanged(m_warning);
}

} // namespace Kindred
