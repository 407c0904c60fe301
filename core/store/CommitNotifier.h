// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Kindred {

// One per process: WriteTransaction announces every committed write here (with the connection's data
// file), so that what must follow a write without being part of it can: this computer's memory of the
// audit trail (AuditWitness::refresh) is brought up to date after writes, not only when the file opens.
// Emitted on the thread that committed.
class CommitNotifier : public QObject
{
    Q_OBJECT

public:
    static CommitNotifier* instance();
    void notify(const QString& databasePath) { emit committed(databasePath); }

signals:
    void committed(const QString& databasePath);
};

} // namespace Kindred
