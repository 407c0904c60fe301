// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BusyRetry.h"

#include <utility>

namespace Kindred {

BusyRetry::BusyRetry(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &BusyRetry::attempt);
    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, this, &BusyRetry::tellWaiting);
}

QString BusyRetry::waitingMessage()
{
    return tr("Another station is saving — retrying…");
}

Error BusyRetry::gaveUpError() const
{
    const int seconds = (m_policy.giveUpAfterMs() + 999) / 1000;
    Error error {tr("Could not save: another station kept the data file busy for %n second(s). Nothing was saved; "
                    "try again.",
                    nullptr, seconds)};
    error.code = Error::Code::Busy;
    return error;
}

bool BusyRetry::run(Action action, Finished finished)
{
    if (isWaiting()) {
        return false;
    }
    m_action = std::move(action);
    m_finished = std::move(finished);
    m_toldWaiting = false;
    m_elapsed.start();
    attempt();
    return true;
}

void BusyRetry::cancel()
{
    m_timer.stop();
    m_messageTimer.stop();
    m_action = {};
    m_finished = {};
}

void BusyRetry::attempt()
{
    if (!m_action) {
        return;
    }
    const Result<void> result = m_action();
    if (result.ok() || result.error().code != Error::Code::Busy) {
        if (m_toldWaiting) {
            emit done();
        }
        finish(result);
        return;
    }
    const qint64 elapsed = m_elapsed.elapsed();
    if (m_policy.afterBusy(elapsed) == BusyRetryPolicy::Decision::GiveUp) {
        emit gaveUp();
        finish(gaveUpError());
        return;
    }
    if (m_policy.showWaiting(elapsed)) {
        tellWaiting();
    } else if (!m_messageTimer.isActive()) {
        m_messageTimer.start(int(m_policy.showMessageAfterMs() - elapsed));
    }
    m_timer.start(m_policy.delayBeforeNextMs(elapsed));
}

void BusyRetry::tellWaiting()
{
    if (!m_toldWaiting) {
        m_toldWaiting = true;
        emit waiting();
    }
}

void BusyRetry::finish(const Result<void>& result)
{
    m_messageTimer.stop();
    // Cleared first: `finished` may start the next action.
    const Finished finished = std::exchange(m_finished, {});
    m_action = {};
    if (finished) {
        finished(result);
    }
}

} // namespace Kindred
