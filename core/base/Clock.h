// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Kindred {

// The only source of "now" in core, so that tests can stand at 10:59 on the Saturday of a
// daylight-saving change. The centre's time zone lives here too: daily sheets group by the
// centre's calendar day, whatever zone the machine is in.
class Clock
{
public:
    virtual ~Clock() = default;

    static QDateTime currentDateTimeUtc();
    static QDateTime currentDateTime(); // in the centre's time zone
    static QDate currentDate(); // the centre's calendar day
    static QTimeZone timeZone();

    // Replaces the clock (tests). Pass nullptr to restore the system clock. Does not take ownership.
    static void setInstance(Clock* clock);
    // Corrects the system clock by `milliseconds`: the centre server's clock minus this station's
    // (store/ServerClock measures it), so that on the server every instant Kindred records comes from the one
    // clock, whatever the stations' own clocks say. 0 (the default) for a data file. Thread-safe.
    static void setSystemClockOffset(qint64 milliseconds);
    static qint64 systemClockOffset();
    static void setTimeZone(const QTimeZone& zone);

protected:
    virtual QDateTime nowUtc() const = 0;
};

} // namespace Kindred
