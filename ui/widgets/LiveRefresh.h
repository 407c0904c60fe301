// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ChangeFeed.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;
class QWidget;

namespace Kindred {

// Reads a page again when another station committed what it shows (ChangeFeed), so that a check-in at one
// station shows at the others within a second:
// - once per burst: the first news starts a short wait (CoalesceMs) that the rest of the burst joins;
// - only while the page is on screen: a hidden page is read when it next shows;
// - never under a dialog open over the page's window (a check-out, an incident form, a message box), whose
//   typing or choice a read behind it could lose, or whose page it could rebuild under its feet: the read waits
//   until the dialog has closed; nor while the page's own hold says it is mid-edit.
// Owned by the page; `refresh` gets every topic gathered since the last read.
class LiveRefresh : public QObject
{
    Q_OBJECT

public:
    static constexpr int CoalesceMs = 100;
    static constexpr int HeldRetryMs = 300;

    LiveRefresh(ChangeFeed& feed, ChangeFeed::Topics topics, QWidget* page,
                std::function<void(ChangeFeed::Topics)> refresh);
    LiveRefresh(ChangeFeed& feed, ChangeFeed::Topics topics, QWidget* page, const std::function<void()>& refresh);

    // The page is mid-edit in a way a read would lose (true: wait, and ask again a moment later).
    void setHold(std::function<bool()> held) { m_held = std::move(held); }
    bool isPending() const { return m_pending != ChangeFeed::Topics(); }

    // Whether a dialog is open over `page`'s window (a modal dialog of that window or of one of its children).
    static bool dialogOpenOver(const QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed(ChangeFeed::Topics topics);
    void tryRefresh();

    ChangeFeed::Topics m_topics;
    QPointer<QWidget> m_page;
    std::function<void(ChangeFeed::Topics)> m_refresh;
    std::function<bool()> m_held;
    QTimer* m_timer;
    ChangeFeed::Topics m_pending;
};

} // namespace Kindred
