// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/IdleLock.h"

#include "base/Clock.h"

namespace Kindred {

IdleLock::IdleLock(int timeoutMinutes)
    : m_timeoutMinutes(qMax(0, timeoutMinutes))
    , m_lastActivity(Clock::currentDateTimeUtc())
{ }

void IdleLock::setTimeoutMinutes(int minutes)
{
    m_timeoutMinutes = qMax(0, minutes);
    recordActivity();
}

int IdleLock::minutesFromSetting(const QString& value)
{
    bool ok = false;
    const int minutes = value.trimmed().toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultMinutes;
}

void IdleLock::recordActivity()
{
    if (!isLocked()) {
        m_lastActivity = Clock::currentDateTimeUtc();
    }
}

bool IdleLock::isLocked() const
{
    return msecsUntilLock() == 0;
}

void IdleLock::lock()
{
    m_lockedByHand = true;
}

void IdleLock::unlock()
{
    m_lockedByHand = false;
    m_lastActivity = Clock::currentDateTimeUtc();
}

qint64 IdleLock::msecsUntilLock() const
{
    if (m_lockedByHand) {
        return 0;
    }
    if (m_timeoutMinutes == 0) {
        return -1;
    }
    const QDateTime deadline = m_lastActivity.addSecs(qint64(m_timeoutMinutes) * 60);
    return qMax<qint64>(0, Clock::currentDateTimeUtc().msecsTo(deadline));
}

} // namespace Kindred
