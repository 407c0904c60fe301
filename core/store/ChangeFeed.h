// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QSqlDriver>
#include <QString>

class QTimer;

namespace Kindred {

class Database;

// Tells a station that ANOTHER connection (another station, the command line, another Kindred) committed a
// change, and of what: the cue for a desk, a board or a roll call to read again what it shows. What this
// station writes itself is already announced by its services' own signals (AttendanceService::attendanceChanged…)
// and is not repeated here where the store lets the feed tell it apart.
//
// One per open store, on the thread that opened it (its event loop delivers the news). How the news comes is
// StoreDriver's: on the centre server it is pushed (the triggers of migration 018 NOTIFY kindred_changes with
// the topic at COMMIT; this connection LISTENs, and its own notifications are dropped), so a change shows
// within milliseconds and nothing is polled; on a data file the feed asks PRAGMA data_version every
// PollIntervalMs and, as SQLite cannot say what changed, reports every topic.
// Notifications that arrive together (one transaction's topics, a burst of commits) are reported together once
// control returns to the event loop; a page coalesces further as it sees fit.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // What changed, by what it shows on screen (018_change_feed.sql lists the tables of each).
    enum class Topic : quint32 {
        Attendance = 0x01, // check-ins and -outs, corrections, absences, bookings, staff on the floor
        Families = 0x02, // households, adults, children, pickup rules, emergency contacts, photos
        Health = 0x04, // allergies, conditions, medications, diet, doctors, immunisations
        Tickets = 0x08,
        Incidents = 0x10, // incidents and drills (the roll call's ticks)
        Centre = 0x20, // settings, rooms, staff
        Security = 0x40, // roles, permissions, credentials
    };
    Q_DECLARE_FLAGS(Topics, Topic)
    Q_FLAG(Topics)

    static constexpr int PollIntervalMs = 250;

    static Topics allTopics();
    // The topic a notification's payload names; every topic for a name this Kindred does not know (a newer
    // Kindred's), so that nothing is missed.
    static Topics topicsOf(const QString& payload);
    static QString nameOf(Topic topic);

    // Follows `database`, which must outlive the feed. Nothing is followed until start().
    explicit ChangeFeed(const Database& database, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Starts following. Fails, following nothing, as StoreError says (the server refused LISTEN).
    Result<void> start();
    void stop();
    bool isActive() const { return m_active; }
    // True when the store pushes its news (the server), false when the feed polls (a data file).
    bool isPushed() const;
    // After the connection was opened again (ServerWatch::restored): listens again where the reopened connection
    // lost its LISTEN, and reports every topic, since what others committed meanwhile went unheard. Still deaf
    // when the server refuses LISTEN: asked again at the next commit of this station.
    void listenAgain();

signals:
    // Another connection committed changes of `topics`. Emitted on the feed's thread.
    void changed(Kindred::ChangeFeed::Topics topics);

private:
    // A server connection reopened after it was dropped has lost its LISTEN. Checked at each commit this process
    // announces on the same database (CommitNotifier): listens again, and reports every topic, since what others
    // committed meanwhile went unheard.
    void keepListening(const QString& databasePath);
    void notified(const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload);
    void poll();
    void report(Topics topics);

    const Database& m_database;
    QTimer* m_pollTimer = nullptr;
    QMetaObject::Connection m_notifications;
    QMetaObject::Connection m_commits;
    qint64 m_dataVersion = -1;
    Topics m_pending;
    bool m_reportQueued = false;
    bool m_active = false;
};

} // namespace Kindred

Q_DECLARE_OPERATORS_FOR_FLAGS(Kindred::ChangeFeed::Topics)
