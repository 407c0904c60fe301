// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/RollCallKeeper.h"

#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "store/Database.h"
#include "store/StoreDriver.h"

#include <QTimer>

namespace Kindred {

RollCallKeeper::RollCallKeeper(Database& database, const Session& session, QString path, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_snapshot(std::move(path))
    , m_refreshTimer(new QTimer(this))
    , m_settleTimer(new QTimer(this))
{
    m_refreshTimer->setInterval(RefreshIntervalMs);
    m_settleTimer->setInterval(SettleMs);
    m_settleTimer->setSingleShot(true);
    const auto keepQuietly = [this] {
        if (auto kept = keepNow(); !kept) {
            DiagnosticLog::error(QStringLiteral("rollcall"), kept.errorString());
        }
    };
    connect(m_refreshTimer, &QTimer::timeout, this, keepQuietly);
    connect(m_settleTimer, &QTimer::timeout, this, keepQuietly);
}

RollCallKeeper::~RollCallKeeper() = default;

bool RollCallKeeper::isActive() const
{
    return m_refreshTimer->isActive();
}

Result<void> RollCallKeeper::start()
{
    if (auto removed = m_snapshot.removeIfExpired(); !removed) {
        return removed.error();
    }
    if (!m_database.isOnServer()) {
        return {};
    }
    m_refreshTimer->start();
    m_settleTimer->start(0); // soon, not while the window is still being built
    return {};
}

void RollCallKeeper::stop()
{
    m_refreshTimer->stop();
    m_settleTimer->stop();
}

void RollCallKeeper::changed()
{
    if (isActive() && !m_settleTimer->isActive()) {
        m_settleTimer->start(SettleMs);
    }
}

Result<void> RollCallKeeper::keepNow()
{
    if (!m_database.isOnServer()) {
        return {};
    }
    if (serverUnreachable()) {
        return {}; // the last copy is the one to keep; ServerWatch is reopening the connection
    }
    const QDateTime readAt = Clock::currentDateTimeUtc();
    const auto people = RollCall(m_database, m_session).onPremises();
    if (!people) {
        return people.error();
    }
    return keep(people.value(), readAt);
}

Result<void> RollCallKeeper::keep(const QList<RollCallPerson>& people, const QDateTime& readAt)
{
    if (!m_database.isOnServer()) {
        return {};
    }
    RollCallCopy copy {readAt, m_database.path(), people};
    for (RollCallPerson& person : copy.people) {
        person.photo.clear(); // not written
        person.accountedAt = {};
    }
    return m_snapshot.write(copy);
}

Result<std::optional<RollCallCopy>> RollCallKeeper::lastCopy() const
{
    return m_snapshot.read(m_database.path());
}

bool RollCallKeeper::serverUnreachable() const
{
    const QSqlDatabase db = m_database.connection();
    return m_database.isOnServer() && StoreDriver::of(db).connectionLost(db);
}

Result<std::optional<RollCallCopy>> RollCallKeeper::copyWhileUnreachable() const
{
    if (!serverUnreachable()) {
        return std::optional<RollCallCopy>();
    }
    return lastCopy();
}

} // namespace Kindred
