// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace Kindred {

// Warns before the disk that holds the data file is full (a full disk refuses every check-in): the
// rule is under LowFreeBytes free on the data file's folder, read with QStorageInfo at start and every
// CheckIntervalMs. A test feeds the figure through setFreeBytesSource().
class DiskSpaceMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 BytesPerMegabyte = 1000 * 1000; // as file managers count them
    static constexpr qint64 LowFreeBytes = 200 * BytesPerMegabyte;
    static constexpr int CheckIntervalMs = 3 * 60 * 1000;

    // Free bytes for the folder, or -1 when unknown (an unknown figure never warns).
    using FreeBytesSource = std::function<qint64(const QString& folder)>;

    // Checks at once and then on a timer.
    explicit DiskSpaceMonitor(const QString& dataFilePath, QObject* parent = nullptr);

    // The rule: the warning for `freeBytes` free, or an empty string when there is enough (or it is unknown).
    static QString warningFor(qint64 freeBytes);
    static bool isLow(qint64 freeBytes);
    // Replaces QStorageInfo for every monitor (tests); an empty function restores it.
    static void setFreeBytesSource(const FreeBytesSource& source);

    QString warning() const { return m_warning; }
    void check();

signals:
    void warningChanged(const QString& warning);

private:
    QString m_folder;
    QString m_warning;
    QTimer* m_timer;
};

} // namespace Kindred
