// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/WriteTransaction.h"

#include "store/CommitNotifier.h"
#include "store/StoreDriver.h"
#include "store/StoreError.h"
#include "store/WriteAttempts.h"

#include <QHash>
#include <QMutex>

namespace Kindred {
namespace {

struct Checks
{
    WriteTransaction::ActorCheck check;
    WriteTransaction::TransactionEnded ended;
};

QMutex checksMutex;
QHash<QString, Checks>& checksByConnection()
{
    static QHash<QString, Checks> checks;
    return checks;
}

Checks checksFor(const QString& connectionName)
{
    QMutexLocker lock(&checksMutex);
    return checksByConnection().value(connectionName);
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db, Actor actor)
    : m_db(std::move(db))
    , m_actor(actor)
{ }

void WriteTransaction::setActorCheck(const QString& connectionName, ActorCheck check, TransactionEnded ended)
{
    QMutexLocker lock(&checksMutex);
    if (check) {
        checksByConnection().insert(connectionName, {std::move(check), std::move(ended)});
    } else {
        checksByConnection().remove(connectionName);
    }
}

void WriteTransaction::ended() const
{
    if (const Checks checks = checksFor(m_db.connectionName()); checks.ended) {
        checks.ended();
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        rollback();
    }
}

Result<void> WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    // Nothing is done yet, so a connection found lost here (the server restarted while the desk was idle) is
    // opened again and the lock taken again, whatever the caller does on failure.
    auto result = WriteAttempts::run(m_db, [this] { return StoreDriver::of(m_db).beginWrite(m_db); });
    m_active = result.ok();
    if (!m_active || m_actor != Actor::Checked) {
        return result;
    }
    // The one place every write of the session's user passes, holding the write lock.
    if (const Checks checks = checksFor(m_db.connectionName()); checks.check) {
        if (auto allowed = checks.check(m_db); !allowed) {
            rollback();
            return allowed;
        }
    }
    return result;
}

Result<void> WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    auto result = execStatement(m_db, QStringLiteral("COMMIT"));
    if (!result) {
        const bool lost = StoreDriver::of(m_db).connectionLost(m_db);
        rollback();
        if (lost) {
            WriteAttempts::reopenIfLost(m_db);
            return StoreError::commitUncertain(); // never Transient: the server may have saved it
        }
        return result;
    }
    m_active = false;
    ended();
    CommitNotifier::instance()->notify(m_db.databaseName());
    return result;
}

Result<void> WriteTransaction::setBusyTimeout(const QSqlDatabase& db, int milliseconds)
{
    return StoreDriver::of(db).setLockWait(db, milliseconds);
}

void WriteTransaction::rollback()
{
    if (m_active) {
        (void)execStatement(m_db, QStringLiteral("ROLLBACK"));
        m_active = false;
        ended();
    }
}

} // namespace Kindred
