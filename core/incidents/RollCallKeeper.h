// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/RollCallSnapshot.h"

#include <QObject>

class QTimer;

namespace Kindred {

class Database;
class Session;

// Keeps this station's copy of the roll call (RollCallSnapshot) as fresh as the centre server allows, so that the
// emergency roll call can be shown and printed while the server cannot be reached (issue 16, point 7). On the
// server only: a data file is on this computer, and nothing else is written locally.
//
// The copy is written each time the roll call is read successfully: by the roll call window (keep()) and by the
// keeper itself, SettleMs after this or another station committed (changed()), and every RefreshIntervalMs, so a
// station whose roll call window was never opened has a copy too. While the connection is lost nothing is read
// and the last copy stays as it was.
class RollCallKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshIntervalMs = 60 * 1000;
    static constexpr int SettleMs = 3000;

    // Reads the roll call in `session`'s name (the emergency session: what the emergency roll call shows).
    // `database` and `session` must outlive the keeper.
    RollCallKeeper(Database& database, const Session& session, QString path = RollCallSnapshot::defaultPath(),
                   QObject* parent = nullptr);
    ~RollCallKeeper() override;

    bool isActive() const;
    // Deletes a copy older than RollCallSnapshot::MaxAgeDays, then (on the server) reads and keeps the roll call
    // now and on the timer. Fails, as RollCallSnapshot says, when the old copy could not be deleted.
    Result<void> start();
    void stop();

    // Something the roll call shows may have changed: read and keep it in a moment.
    void changed();
    // Reads the roll call and keeps it; the read's or the write's error (the last copy then stays as it was).
    Result<void> keepNow();
    // Keeps `people`, just read successfully from the server at `readAt`. Nothing on a data file.
    Result<void> keep(const QList<RollCallPerson>& people, const QDateTime& readAt);
    // The copy kept from this server (nullopt: none, or one too old, now deleted); an error for a file that
    // cannot be read.
    Result<std::optional<RollCallCopy>> lastCopy() const;
    // What to show when reading the roll call failed: the last copy, but only while the server cannot be reached
    // (nullopt otherwise: a refused or failed read on a reachable server is shown as the error it is).
    Result<std::optional<RollCallCopy>> copyWhileUnreachable() const;
    bool serverUnreachable() const;

private:
    Database& m_database;
    const Session& m_session;
    RollCallSnapshot m_snapshot;
    QTimer* m_refreshTimer;
    QTimer* m_settleTimer;
};

} // namespace Kindred
