// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerWatch.h"

#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "store/Database.h"
#include "store/FailureNotifier.h"
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"
#include "store/StoreDriver.h"

#include <QLocale>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Kindred {

int ServerWatch::nextRetryMs(int previousMs)
{
    return std::clamp(previousMs * 2, FirstRetryMs, MaxRetryMs);
}

QString ServerWatch::lostMessage(const QDateTime& sinceUtc)
{
    const QString since = QLocale().toString(sinceUtc.toTimeZone(Clock::timeZone()).time(), QLocale::ShortFormat);
    return tr("The centre server cannot be reached since %1. Nothing you type is lost: it stays in its window, "
              "to be saved again when the server answers. Kindred keeps trying, and this message goes away by "
              "itself. The emergency roll call (F12) shows the last copy this computer read.")
        .arg(since);
}

ServerWatch::ServerWatch(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_checkTimer(new QTimer(this))
    , m_graceTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_checkTimer->setInterval(CheckIntervalMs);
    m_graceTimer->setInterval(GraceMs);
    m_graceTimer->setSingleShot(true);
    m_retryTimer->setInterval(FirstRetryMs);
    m_retryTimer->setSingleShot(true);
    connect(m_checkTimer, &QTimer::timeout, this, &ServerWatch::checkNow);
    connect(m_retryTimer, &QTimer::timeout, this, &ServerWatch::probe);
    connect(m_graceTimer, &QTimer::timeout, this, [this] {
        if (m_lostSince.isValid() && !m_announced) {
            m_announced = true;
            DiagnosticLog::error(QStringLiteral("server"), QStringLiteral("the centre server cannot be reached"));
            emit lost(m_lostSince);
        }
    });
}

ServerWatch::~ServerWatch()
{
    stop();
}

void ServerWatch::start()
{
    if (!m_database.isOnServer() || m_checkTimer->isActive()) {
        return;
    }
    // Queued even on this thread: the failing statement finishes before the connection is closed and reopened.
    m_failures = connect(FailureNotifier::instance(), &FailureNotifier::failed, this, &ServerWatch::failureNoticed,
                         Qt::QueuedConnection);
    m_checkTimer->start();
}

void ServerWatch::stop()
{
    disconnect(m_failures);
    m_checkTimer->stop();
    m_graceTimer->stop();
    m_retryTimer->stop();
}

int ServerWatch::retryIntervalMs() const
{
    return m_announced ? m_retryTimer->interval() : 0;
}

void ServerWatch::failureNoticed()
{
    if (m_checkTimer->isActive()) {
        checkNow();
    }
}

void ServerWatch::checkNow()
{
    if (m_lostSince.isValid()) {
        return; // being reopened
    }
    QSqlDatabase db = m_database.connection();
    if (!StoreDriver::of(db).connectionLost(db)) {
        return;
    }
    m_lostSince = Clock::currentDateTimeUtc();
    DiagnosticLog::info(QStringLiteral("server"), QStringLiteral("connection to the centre server lost"));
    // Also ends QPSQL's watch on the dead socket of a LISTENing connection.
    db.close();
    m_failedProbes = 0;
    m_graceTimer->start();
    probe();
}

void ServerWatch::probe()
{
    if (m_probing || !m_database.serverAddress()) {
        return;
    }
    m_probing = true;
    auto answer = std::make_shared<std::atomic<bool>>(false);
    QThread* thread = QThread::create(
        [address = *m_database.serverAddress(), answer] { *answer = ServerConnection::answers(address); });
    // Queued back to this thread; a watch gone meanwhile is simply not told. The thread deletes itself.
    connect(thread, &QThread::finished, this, [this, answer] { probed(*answer); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ServerWatch::probed(bool answers)
{
    m_probing = false;
    if (!m_lostSince.isValid()) {
        return;
    }
    if (answers) {
        const QSqlDatabase db = m_database.connection();
        if (StoreDriver::of(db).reconnect(db)) {
            restore();
            return;
        }
    }
    // Asked again later, a little later each time.
    m_retryTimer->start(m_failedProbes++ == 0 ? FirstRetryMs : nextRetryMs(m_retryTimer->interval()));
}

bool ServerWatch::retryNow()
{
    const QSqlDatabase db = m_database.connection();
    if (!StoreDriver::of(db).reconnect(db)) {
        return false;
    }
    restore();
    return true;
}

void ServerWatch::restore()
{
    const bool wasAnnounced = m_announced;
    m_retryTimer->stop();
    m_graceTimer->stop();
    m_failedProbes = 0;
    m_lostSince = {};
    m_announced = false;
    DiagnosticLog::info(QStringLiteral("server"),
                        wasAnnounced ? QStringLiteral("the centre server answers again")
                                     : QStringLiteral("connection opened again at once"));
    emit restored();
}

} // namespace Kindred
