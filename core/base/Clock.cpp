// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Clock.h"

#include <QAtomicInteger>

namespace Kindred {
namespace {

QAtomicInteger<qint64> s_systemOffsetMs;

class SystemClock final : public Clock
{
protected:
    QDateTime nowUtc() const override
    {
        return QDateTime::currentDateTimeUtc().addMSecs(s_systemOffsetMs.loadRelaxed());
    }
};

SystemClock s_systemClock;
Clock* s_clock = &s_systemClock;
QTimeZone s_zone = QTimeZone::systemTimeZone();

} // namespace

QDateTime Clock::currentDateTimeUtc()
{
    return s_clock->nowUtc();
}

QDateTime Clock::currentDateTime()
{
    return s_clock->nowUtc().toTimeZone(s_zone);
}

QDate Clock::currentDate()
{
    return currentDateTime().date();
}

QTimeZone Clock::timeZone()
{
    return s_zone;
}

void Clock::setInstance(Clock* clock)
{
    s_clock = clock ? clock : &s_systemClock;
}

void Clock::setSystemClockOffset(qint64 milliseconds)
{
    s_systemOffsetMs.storeRelaxed(milliseconds);
}

qint64 Clock::systemClockOffset()
{
    return s_systemOffsetMs.loadRelaxed();
}

void Clock::setTimeZone(const QTimeZone& zone)
{
    s_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

} // namespace Kindred
