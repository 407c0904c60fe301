// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Kindred {

class DiskSpaceMonitor;

// In the status bar, in amber: the disk that holds the data file is nearly full (DiskSpaceMonitor
// decides when). Hidden while there is enough space.
class LowDiskLabel : public QLabel
{
    Q_OBJECT

public:
    explicit LowDiskLabel(const QString& dataFilePath, QWidget* parent = nullptr);

private:
    void showWarning(const QString& warning);

    DiskSpaceMonitor* m_monitor;
};

} // namespace Kindred
