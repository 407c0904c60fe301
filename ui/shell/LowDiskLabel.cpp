// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/LowDiskLabel.h"

#include "store/DiskSpaceMonitor.h"
#include "widgets/Palette.h"

namespace Kindred {

LowDiskLabel::LowDiskLabel(const QString& dataFilePath, QWidget* parent)
    : QLabel(parent)
    , m_monitor(new DiskSpaceMonitor(dataFilePath, this))
{
    setObjectName(QStringLiteral("lowDiskLabel"));
    setStyleSheet(QStringLiteral("background: %1; color: %2; font-weight: bold; padding: 1px 6px")
                      .arg(Palette::css(Palette::WarningBanner), Palette::css(Palette::OnWarningBanner)));
    connect(m_monitor, &DiskSpaceMonitor::warningChanged, this, &LowDiskLabel::showWarning);
    showWarning(m_monitor->warning());
}

void LowDiskLabel::showWarning(const QString& warning)
{
    setText(warning);
    setToolTip(warning);
    setVisible(!warning.isEmpty());
}

} // namespace Kindred
