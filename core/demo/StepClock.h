// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Clock.h"

namespace Kindred {

// The demo's clock while it plays a past step through the real services: stands still at the instant
// set, so that the record, its audit entry and its timeline say when the step happened. Installs
// itself on construction and puts back `restore` (nullptr: the system clock) when it goes out of scope.
class StepClock final : public Clock
{
public:
    explicit StepClock(Clock* restore)
        : m_restore(restore)
    {
        Clock::setInstance(this);
    }
    ~StepClock() override { Clock::setInstance(m_restore); }
    StepClock(const StepClock&) = delete;
    StepClock& operator=(const StepClock&) = delete;

    void set(const QDateTime& atUtc) { m_at = atUtc.toUTC(); }

protected:
    QDateTime nowUtc() const override { return m_at; }

private:
    Clock* m_restore;
    QDateTime m_at;
};

} // namespace Kindred
