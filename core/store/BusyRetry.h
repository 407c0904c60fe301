// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/BusyRetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Kindred {

// Runs a write action and, while it fails because another station holds the write lock
// (Error::Code::Busy), runs it again on a timer, so the desk's event loop keeps turning while it waits.
// Each attempt must be all or nothing (one transaction, or steps that remember what is already done).
// Whatever the receptionist typed or chose is captured by the action, so nothing is lost while it waits.
class BusyRetry : public QObject
{
    Q_OBJECT

public:
    using Action = std::function<Result<void>()>;
    using Finished = std::function<void(const Result<void>&)>;

    explicit BusyRetry(QObject* parent = nullptr);

    void setPolicy(const BusyRetryPolicy& policy) { m_policy = policy; }
    const BusyRetryPolicy& policy() const { return m_policy; }

    // Runs `action` at once; if it is not busy, `finished` is called before run() returns. Otherwise
    // `finished` is called later with the first result that is not busy, or with gaveUpError() once the
    // policy gives up. Returns false, running nothing, while an earlier action is still waiting.
    bool run(Action action, Finished finished);
    bool isWaiting() const { return m_timer.isActive(); }
    // Stops waiting without calling `finished` (the dialog that started the action was closed).
    void cancel();

    static QString waitingMessage();
    Error gaveUpError() const;

signals:
    // The wait has lasted the policy's showMessageAfterMs: say waitingMessage(). Once per action.
    void waiting();
    // The action ran through (ok or refused for another reason) after having waited.
    void done();
    // The lock was still held when the policy gave up; nothing was written by the last attempt.
    void gaveUp();

private:
    void attempt();
    void tellWaiting();
    void finish(const Result<void>& result);

    BusyRetryPolicy m_policy;
    QTimer m_timer;
    QTimer m_messageTimer; // says "waiting" on time even when an attempt falls late
    QElapsedTimer m_elapsed;
    Action m_action;
    Finished m_finished;
    bool m_toldWaiting = false;
};

} // namespace Kindred
