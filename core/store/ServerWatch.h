// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

class QTimer;

namespace Kindred {

class Database;

// Watches a station's connection to the centre server (issue 16, point 7): says at once when it is gone, tries
// to open it again in the background, and says when the server answers again. Nothing for a data file.
//
// The connection is looked at (libpq's own state, no traffic to the server) when any statement fails
// (FailureNotifier) and every CheckIntervalMs, which also catches the change feed's LISTEN connection being
// closed by the server while nothing is being read. Found lost, the broken connection is closed and the server
// asked at once whether it answers (PQping, on a thread of its own: a server behind a dead network keeps it
// waiting up to connect_timeout, never the window); only when it answers is the connection opened again, on the
// store's thread. A connection the server ended (a restart, an administrator) is so back within milliseconds
// without a word; if it is not back within GraceMs, lost() says since when, and the server is asked again after
// FirstRetryMs, doubling the wait up to MaxRetryMs, until it answers: then restored().
// What was typed stays in the forms (a failed save leaves them open); nothing is written locally.
// One per open store, on its thread; the database must outlive the watch.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 1000;
    static constexpr int GraceMs = 1000;
    static constexpr int FirstRetryMs = 2000;
    static constexpr int MaxRetryMs = 15000;

    // The wait before the attempt after one that waited `previousMs` (FirstRetryMs for the first).
    static int nextRetryMs(int previousMs);
    // "The centre server cannot be reached since 10:42. …", for a banner.
    static QString lostMessage(const QDateTime& sinceUtc);

    explicit ServerWatch(const Database& database, QObject* parent = nullptr);
    ~ServerWatch() override;

    // Starts watching (on the server; a data file has nothing to watch).
    void start();
    void stop();
    // Whether lost() was said and restored() not yet.
    bool isLost() const { return m_announced; }
    // When the connection was found lost (UTC, the Clock's), while isLost(); invalid otherwise.
    QDateTime lostSince() const { return m_announced ? m_lostSince : QDateTime(); }
    // The wait before the next attempt while isLost(); 0 otherwise.
    int retryIntervalMs() const;

    // Looks at the connection now (what the timer and a failed statement do). Public for the tests.
    void checkNow();
    // One attempt, here and now, to open the lost connection again (waiting up to connect_timeout); true when the
    // server answered (restored() was emitted). Public for the tests.
    bool retryNow();

signals:
    // The server cannot be reached since `sinceUtc`; the watch keeps trying.
    void lost(const QDateTime& sinceUtc);
    // The connection was opened again after it was lost: what it listened to and what others committed meanwhile
    // must be asked again (ChangeFeed::listenAgain).
    void restored();

private:
    void failureNoticed();
    // Asks the server on a thread of its own whether it answers; probed() gets the answer.
    void probe();
    void probed(bool answers);
    void restore();

    const Database& m_database;
    QTimer* m_checkTimer;
    QTimer* m_graceTimer;
    QTimer* m_retryTimer;
    QDateTime m_lostSince;
    bool m_announced = false;
    bool m_probing = false;
    int m_failedProbes = 0;
    QMetaObject::Connection m_failures;
};

} // namespace Kindred
