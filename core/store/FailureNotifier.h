// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Kindred {

// One per process: every statement that fails (StoreError::fromSql, ReadCheck::error) is announced here, so that
// ServerWatch looks at once whether its connection to the centre server is gone, rather than at its next tick.
// A cue, not a verdict: most failures (a refused change, a busy file) leave the connection as it was, and the
// watch asks the connection itself. Emitted on the thread that ran the statement.
class FailureNotifier : public QObject
{
    Q_OBJECT

public:
    static FailureNotifier* instance();
    void notify() { emit failed(); }

signals:
    void failed();
};

} // namespace Kindred
