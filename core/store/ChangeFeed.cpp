// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChangeFeed.h"

#include "store/CommitNotifier.h"
#include "store/Database.h"
#include "store/StoreDriver.h"

#include <QHash>
#include <QTimer>

namespace Kindred {
namespace {

const QHash<QString, ChangeFeed::Topic>& topicNames()
{
    static const QHash<QString, ChangeFeed::Topic> names {
        {QStringLiteral("attendance"), ChangeFeed::Topic::Attendance},
        {QStringLiteral("families"), ChangeFeed::Topic::Families},
        {QStringLiteral("health"), ChangeFeed::Topic::Health},
        {QStringLiteral("tickets"), ChangeFeed::Topic::Tickets},
        {QStringLiteral("incidents"), ChangeFeed::Topic::Incidents},
        {QStringLiteral("centre"), ChangeFeed::Topic::Centre},
        {QStringLiteral("security"), ChangeFeed::Topic::Security},
    };
    return names;
}

} // namespace

ChangeFeed::Topics ChangeFeed::allTopics()
{
    Topics all;
    for (const Topic topic : topicNames()) {
        all |= topic;
    }
    return all;
}

ChangeFeed::Topics ChangeFeed::topicsOf(const QString& payload)
{
    const auto found = topicNames().constFind(payload);
    return found == topicNames().cend() ? allTopics() : Topics(found.value());
}

QString ChangeFeed::nameOf(Topic topic)
{
    return topicNames().key(topic);
}

ChangeFeed::ChangeFeed(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

ChangeFeed::~ChangeFeed()
{
    stop();
}

bool ChangeFeed::isPushed() const
{
    return StoreDriver::of(m_database.connection()).notifiesChanges();
}

Result<void> ChangeFeed::start()
{
    if (m_active) {
        return {};
    }
    const QSqlDatabase db = m_database.connection();
    const StoreDriver& driver = StoreDriver::of(db);
    if (driver.notifiesChanges()) {
        if (auto listening = driver.listenForChanges(db); !listening) {
            return listening;
        }
        m_notifications = connect(db.driver(), &QSqlDriver::notification, this, &ChangeFeed::notified);
        m_commits = connect(CommitNotifier::instance(), &CommitNotifier::committed, this, &ChangeFeed::keepListening);
    } else {
        // The number to compare with from now on: what was committed before the feed started is not news.
        const auto version = driver.dataVersion(db);
        if (!version) {
            return version.error();
        }
        m_dataVersion = version.value();
        if (!m_pollTimer) {
            m_pollTimer = new QTimer(this);
            m_pollTimer->setInterval(PollIntervalMs);
            connect(m_pollTimer, &QTimer::timeout, this, &ChangeFeed::poll);
        }
        m_pollTimer->start();
    }
    m_active = true;
    return {};
}

void ChangeFeed::stop()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    if (m_pollTimer) {
        m_pollTimer->stop();
    }
    if (m_notifications) {
        disconnect(m_commits);
        disconnect(m_notifications);
        m_notifications = {};
        const QSqlDatabase db = m_database.connection();
        StoreDriver::of(db).stopListeningForChanges(db);
    }
}

void ChangeFeed::notified(const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // This connection's own writes were announced by the services that made them.
    if (channel != StoreDriver::ChangeChannel || source == QSqlDriver::SelfSource) {
        return;
    }
    report(topicsOf(payload.toString()));
}

void ChangeFeed::keepListening(const QString& databasePath)
{
    const QSqlDatabase db = m_database.connection();
    if (!m_active || databasePath != db.databaseName() || !db.isOpen()
        || db.driver()->subscribedToNotifications().contains(QString(StoreDriver::ChangeChannel))) {
        return;
    }
    // Still deaf when the server refuses: asked again at the next commit.
    if (StoreDriver::of(db).listenForChanges(db)) {
        report(allTopics());
    }
}

void ChangeFeed::listenAgain()
{
    if (!m_active) {
        return;
    }
    const QSqlDatabase db = m_database.connection();
    if (m_notifications && db.isOpen()
        && !db.driver()->subscribedToNotifications().contains(QString(StoreDriver::ChangeChannel))
        && !StoreDriver::of(db).listenForChanges(db)) {
        return;
    }
    report(allTopics());
}

void ChangeFeed::poll()
{
    const QSqlDatabase db = m_database.connection();
    // A failed read (the file busy for a moment, a disk error) is asked again at the next tick; the pages
    // report their own read errors when they read.
    const auto version = StoreDriver::of(db).dataVersion(db);
    if (!version || version.value() == m_dataVersion) {
        return;
    }
    m_dataVersion = version.value();
    report(allTopics());
}

void ChangeFeed::report(Topics topics)
{
    m_pending |= topics;
    if (m_reportQueued) {
        return;
    }
    m_reportQueued = true;
    // Queued: the other notifications already read from the connection join this report.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reportQueued = false;
            const Topics pending = std::exchange(m_pending, {});
            if (m_active && pending) {
                emit changed(pending);
            }
        },
        Qt::QueuedConnection);
}

} // namespace Kindred
