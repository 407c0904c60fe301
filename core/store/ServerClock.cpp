// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerClock.h"

#include "base/Clock.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Kindred {

Result<qint64> ServerClock::measureOffset(const QSqlDatabase& db)
{
    StoreQuery query(db);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    // clock_timestamp(), not now(): now() is the start of the transaction, which may be long past.
    if (auto done = execRead(query,
                             QStringLiteral("SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) "
                                            "AS BIGINT)"));
        !done) {
        return done.error();
    }
    const bool found = query.next();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    if (!found) {
        return Error {tr("The centre server did not say what time it is.")};
    }
    const qint64 server = query.value(0).toLongLong();
    return server - (before + (after - before) / 2);
}

Result<qint64> ServerClock::synchronise(const QSqlDatabase& db)
{
    const auto offset = measureOffset(db);
    if (offset) {
        Clock::setSystemClockOffset(offset.value());
    }
    return offset;
}

QString ServerClock::warning(qint64 offsetMs)
{
    if (qAbs(offsetMs) <= WarnAfterMs) {
        return {};
    }
    const int minutes = int(qAbs(offsetMs) / 60000);
    return offsetMs > 0 ? tr("This computer's clock is %n minute(s) behind the centre server's. Kindred records the "
                             "server's time; ask whoever looks after this computer to set its clock right.",
                             nullptr, minutes)
                        : tr("This computer's clock is %n minute(s) ahead of the centre server's. Kindred records the "
                             "server's time; ask whoever looks after this computer to set its clock right.",
                             nullptr, minutes);
}

} // namespace Kindred
