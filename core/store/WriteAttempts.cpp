// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/WriteAttempts.h"

#include "base/DiagnosticLog.h"
#include "store/StoreDriver.h"

#include <QRandomGenerator>
#include <QThread>

namespace Kindred {
namespace {

std::function<void(int)>& waitForTesting()
{
    static std::function<void(int)> wait;
    return wait;
}

} // namespace

void WriteAttempts::setWaitForTesting(std::function<void(int milliseconds)> wait)
{
    waitForTesting() = std::move(wait);
}

void WriteAttempts::reopenIfLost(const QSqlDatabase& db)
{
    const StoreDriver& driver = StoreDriver::of(db);
    if (driver.connectionLost(db)) {
        (void)driver.reconnect(db); // a server still away: the next write tries again
    }
}

bool WriteAttempts::readyForAnother(const QSqlDatabase& db, const Error& error, int attempt)
{
    const StoreDriver& driver = StoreDriver::of(db);
    const bool lost = driver.connectionLost(db);
    if (error.code != Error::Code::Transient && !lost) {
        return false;
    }
    if (attempt >= MaxAttempts) {
        // Given up; but the desk's reads (which are not run again) find a connection if the server is back.
        reopenIfLost(db);
        return false;
    }
    const int delay = int(QRandomGenerator::global()->bounded(MinDelayMs, MaxDelayMs + 1));
    DiagnosticLog::info(QStringLiteral("server"),
                        QStringLiteral("write attempt %1 of %2 dropped (%3); again in %4 ms")
                            .arg(attempt)
                            .arg(MaxAttempts)
                            .arg(lost ? QStringLiteral("connection lost") : error.detail)
                            .arg(delay));
    if (waitForTesting()) {
        waitForTesting()(delay);
    } else {
        QThread::msleep(ulong(delay));
    }
    if (lost && !driver.reconnect(db)) {
        // The server is away, not just the connection: more attempts would each wait for libpq's connect timeout
        // on the desk's thread. Give up now; ServerWatch reconnects in the background and says so.
        return false;
    }
    return true;
}

} // namespace Kindred
