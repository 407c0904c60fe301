// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/BackupStatusLabel.h"

#include "backup/BackupSchedule.h"
#include "base/Clock.h"
#include "widgets/Palette.h"

#include <QLocale>
#include <QTimer>

namespace Kindred {

BackupStatusLabel::BackupStatusLabel(QWidget* parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("backupStatusLabel"));
    // The label turns amber by itself when the last backup grows old while the desk stays open.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &BackupStatusLabel::refresh);
    m_timer->start();
    refresh();
}

void BackupStatusLabel::setLastBackup(const QDateTime& madeUtc)
{
    m_lastUtc = madeUtc;
    refresh();
}

void BackupStatusLabel::setRunning(bool running)
{
    m_running = running;
    refresh();
}

void BackupStatusLabel::setFailure(const QString& why)
{
    m_failure = why;
    refresh();
}

void BackupStatusLabel::refresh()
{
    const QString when = m_lastUtc.isValid()
        ? QLocale().toString(m_lastUtc.toTimeZone(Clock::timeZone()), QLocale::ShortFormat)
        : tr("never");
    QString text = tr("Last backup: %1").arg(when);
    if (m_running) {
        text += tr(" (backing up…)");
    } else if (!m_failure.isEmpty()) {
        text += tr(" (the last attempt failed)");
    }
    setText(text);
    m_stale = BackupSchedule::isStale(m_lastUtc, Clock::currentDateTimeUtc());
    setStyleSheet(m_stale || !m_failure.isEmpty() ? Palette::boldTextStyle(Palette::Warning) : QString());
    QString tip = m_stale ? tr("The data file has not been backed up for more than 36 hours.")
                          : tr("Kindred backs up the data file every day; the time and folder are in Settings.");
    if (!m_failure.isEmpty()) {
        tip += QLatin1Char('\n') + tr("The last backup failed: %1").arg(m_failure);
    }
    setToolTip(tip);
}

} // namespace Kindred
