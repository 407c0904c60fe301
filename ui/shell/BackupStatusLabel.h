// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace Kindred {

// "Last backup: <date time>" in the status bar, in the centre's time and the locale's format; amber when
// the last backup is older than 36 hours or there is none (BackupSchedule::isStale), or when the last attempt
// failed (why is in the tooltip).
class BackupStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit BackupStatusLabel(QWidget* parent = nullptr);

    void setLastBackup(const QDateTime& madeUtc);
    void setRunning(bool running);
    // Empty: the last attempt worked.
    void setFailure(const QString& why);
    bool isStale() const { return m_stale; }

private:
    void refresh();

    QTimer* m_timer;
    QDateTime m_lastUtc;
    QString m_failure;
    bool m_running = false;
    bool m_stale = true;
};

} // namespace Kindred
