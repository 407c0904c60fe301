// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace Kindred {

// On the centre server, station clocks never order events: each station measures how far its clock is from
// the server's and corrects Clock's system clock by that much (Clock::setSystemClockOffset), so every instant
// it records (a check-in, a ticket's step, an audit entry) is the server's time. A station whose own clock is
// more than WarnAfterMs off is told, so that someone sets it right: other programs on it still use it.
class ServerClock
{
    Q_DECLARE_TR_FUNCTIONS(ServerClock)

public:
    static constexpr qint64 WarnAfterMs = 2 * 60 * 1000;

    // The server's clock minus this station's, in milliseconds, taken at the middle of one round trip.
    static Result<qint64> measureOffset(const QSqlDatabase& db);
    // measureOffset(), then Clock::setSystemClockOffset() with it; returns the offset.
    static Result<qint64> synchronise(const QSqlDatabase& db);
    // What the desk says about a station clock `offsetMs` behind (negative) or ahead of the server: empty
    // within WarnAfterMs.
    static QString warning(qint64 offsetMs);
};

} // namespace Kindred
