// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Clock.h"

namespace Kindred {
namespace {

class SystemClock final : public Clock
{
protected:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
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

void Clock::setTimeZone(const QTimeZone& zone)
{
    s_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

} // namespace Kindred
