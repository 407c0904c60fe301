// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace Kindred {

// Runs a write again when the centre server dropped it for a reason that running it again cures: a
// serialization failure or a deadlock (SQLSTATE 40001, 40P01), or a connection lost before COMMIT was sent
// (Error::Code::Transient, or a connection libpq calls bad). Up to MaxAttempts attempts, 10–200 ms apart at
// random (so two stations that crossed do not cross again), reconnecting first when the connection is gone (and
// giving up at once when the server does not answer: ServerWatch then reconnects in the background); the
// receptionist sees only the last failure, and only when every attempt failed.
//
// The write passed in is one whole attempt: it begins its own WriteTransaction, checks its rules, writes and
// commits, and prepares its statements itself (a reconnect loses those prepared before). A failed attempt
// has written nothing. A connection lost during COMMIT is never tried again: the server may have saved it
// (WriteTransaction::commit says so), and a second attempt could do the work twice.
class WriteAttempts
{
public:
    static constexpr int MaxAttempts = 5;
    static constexpr int MinDelayMs = 10;
    static constexpr int MaxDelayMs = 200;

    template<typename Write> static auto run(const QSqlDatabase& db, Write&& write) -> decltype(write())
    {
        for (int attempt = 1;; ++attempt) {
            auto result = write();
            if (result.ok() || !readyForAnother(db, result.error(), attempt)) {
                return result;
            }
        }
    }

    // Whether `error`, the outcome of attempt number `attempt`, is worth another attempt; if so, waits the
    // jittered delay and reconnects a lost connection first. Public for the tests.
    static bool readyForAnother(const QSqlDatabase& db, const Error& error, int attempt);

    // Opens the connection again if it was lost; nothing when the store is a data file or still there.
    static void reopenIfLost(const QSqlDatabase& db);

    // Replaces the wait between attempts (the tests count the attempts without sleeping); an empty one restores it.
    static void setWaitForTesting(std::function<void(int milliseconds)> wait);
};

} // namespace Kindred
