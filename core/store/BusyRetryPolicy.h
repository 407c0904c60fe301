// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Kindred {

// When to try a write again that found the data file busy (another station holds the write lock), when
// to tell the receptionist, and when to stop. Pure: times in, decision out. Times are milliseconds since
// the action's first attempt began.
class BusyRetryPolicy
{
public:
    enum class Decision { Retry, GiveUp };

    static constexpr int DefaultGiveUpAfterMs = 30000;
    static constexpr int DefaultRetryIntervalMs = 200;
    // Well inside the second the receptionist may wait without a word, and long enough that an ordinary
    // short wait (another station's check-in takes milliseconds) never flashes a message.
    static constexpr int DefaultShowMessageAfterMs = 500;

    explicit BusyRetryPolicy(int giveUpAfterMs = DefaultGiveUpAfterMs, int retryIntervalMs = DefaultRetryIntervalMs,
                             int showMessageAfterMs = DefaultShowMessageAfterMs);

    // After an attempt that found the file busy: try again, or stop because the wait has lasted giveUpAfterMs.
    Decision afterBusy(qint64 elapsedMs) const;
    // How long to wait before the next attempt: the interval, shortened so the last attempt falls at the limit.
    int delayBeforeNextMs(qint64 elapsedMs) const;
    // Whether the receptionist should now be told that Kindred is waiting for another station.
    bool showWaiting(qint64 elapsedMs) const;

    int giveUpAfterMs() const { return m_giveUpAfterMs; }
    int retryIntervalMs() const { return m_retryIntervalMs; }
    int showMessageAfterMs() const { return m_showMessageAfterMs; }

private:
    int m_giveUpAfterMs;
    int m_retryIntervalMs;
    int m_showMessageAfterMs;
};

} // namespace Kindred
