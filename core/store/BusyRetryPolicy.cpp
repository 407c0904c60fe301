// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BusyRetryPolicy.h"

#include <algorithm>

namespace Kindred {

BusyRetryPolicy::BusyRetryPolicy(int giveUpAfterMs, int retryIntervalMs, int showMessageAfterMs)
    : m_giveUpAfterMs(std::max(0, giveUpAfterMs))
    , m_retryIntervalMs(std::max(1, retryIntervalMs))
    , m_showMessageAfterMs(std::max(0, showMessageAfterMs))
{ }

BusyRetryPolicy::Decision BusyRetryPolicy::afterBusy(qint64 elapsedMs) const
{
    return elapsedMs >= m_giveUpAfterMs ? Decision::GiveUp : Decision::Retry;
}

int BusyRetryPolicy::delayBeforeNextMs(qint64 elapsedMs) const
{
    const qint64 remaining = std::max<qint64>(0, m_giveUpAfterMs - elapsedMs);
    return int(std::min<qint64>(m_retryIntervalMs, remaining));
}

bool BusyRetryPolicy::showWaiting(qint64 elapsedMs) const
{
    return elapsedMs >= m_showMessageAfterMs;
}

} // namespace Kindred
