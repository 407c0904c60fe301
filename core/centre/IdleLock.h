// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Kindred {

// When the station locks itself: after `timeoutMinutes` without a key press or a click (0: never).
// Pure logic over Clock, so tests can step past the deadline; the UI feeds recordActivity() from an
// application event filter and asks isLocked() on a timer.
class IdleLock
{
public:
    static inline const QString SettingKey = QStringLiteral("security/idleLockMinutes");
    static constexpr int DefaultMinutes = 5;

    explicit IdleLock(int timeoutMinutes = DefaultMinutes);

    int timeoutMinutes() const { return m_timeoutMinutes; }
    // Also counts as activity, so that shortening the time does not lock the screen at once.
    void setTimeoutMinutes(int minutes);
    // A setting's text ("5"); anything that is not a whole number of minutes ≥ 0 gives the default.
    static int minutesFromSetting(const QString& value);

    // A key press or click. Ignored while locked: only unlock() opens the screen again.
    void recordActivity();
    bool isLocked() const;
    void lock(); // "Lock now" (Ctrl+L)
    void unlock(); // after the PIN was checked; the idle time starts again
    // Milliseconds until the screen locks (0 when locked; -1 when it never locks).
    qint64 msecsUntilLock() const;

private:
    int m_timeoutMinutes;
    QDateTime m_lastActivity;
    bool m_lockedByHand = false;
};

} // namespace Kindred
