// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"

namespace Kindred {

// A clock a test sets by hand. Installs itself on construction and restores the system clock
// (and the zone it replaced) when it goes out of scope.
class MockClock final : public Clock
{
public:
    explicit MockClock(const QDateTime& now, const QTimeZone& zone = QTimeZone("Australia/Melbourne"))
        : m_now(now.toUTC())
        , m_previousZone(Clock::timeZone())
    {
        Clock::setTimeZone(zone);
        Clock::setInstance(this);
    }
    ~MockClock() override
    {
        Clock::setInstance(nullptr);
        Clock::setTimeZone(m_previousZone);
    }

    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMSecs(qint64 ms) { m_now = m_now.addMSecs(ms); }

protected:
    QDateTime nowUtc() const override { return m_now; }

private:
    QDateTime m_now;
    QTimeZone m_previousZone;
};

} // namespace Kindred
