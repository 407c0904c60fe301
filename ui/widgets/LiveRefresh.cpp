// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LiveRefresh.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Kindred {

LiveRefresh::LiveRefresh(ChangeFeed& feed, ChangeFeed::Topics topics, QWidget* page,
                         std::function<void(ChangeFeed::Topics)> refresh)
    : QObject(page)
    , m_topics(topics)
    , m_page(page)
    , m_refresh(std::move(refresh))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LiveRefresh::tryRefresh);
    connect(&feed, &ChangeFeed::changed, this, &LiveRefresh::changed);
    page->installEventFilter(this);
}

LiveRefresh::LiveRefresh(ChangeFeed& feed, ChangeFeed::Topics topics, QWidget* page,
                         const std::function<void()>& refresh)
    : LiveRefresh(feed, topics, page, [refresh](ChangeFeed::Topics) { refresh(); })
{ }

bool LiveRefresh::dialogOpenOver(const QWidget* page)
{
    const QWidget* modal = QApplication::activeModalWidget();
    if (!modal || !page || modal == page->window()) {
        return false;
    }
    for (const QWidget* parent = modal->parentWidget(); parent; parent = parent->parentWidget()) {
        if (parent->window() == page->window()) {
            return true;
        }
    }
    return false;
}

void LiveRefresh::changed(ChangeFeed::Topics topics)
{
    topics &= m_topics;
    if (!topics) {
        return;
    }
    m_pending |= topics;
    // Not restarted by the rest of a burst: the page is read at most CoalesceMs after the first news.
    if (!m_timer->isActive()) {
        m_timer->start(CoalesceMs);
    }
}

void LiveRefresh::tryRefresh()
{
    if (!isPending() || !m_page) {
        return;
    }
    if (!m_page->isVisible()) {
        return; // read when it shows (eventFilter)
    }
    if (dialogOpenOver(m_page) || (m_held && m_held())) {
        m_timer->start(HeldRetryMs);
        return;
    }
    const ChangeFeed::Topics topics = std::exchange(m_pending, {});
    m_refresh(topics);
}

bool LiveRefresh::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && isPending() && !m_timer->isActive()) {
        m_timer->start(0);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kindred
