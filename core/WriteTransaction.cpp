// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteTransaction.h"

#include "CommitNotifier.h"
#include "StoreError.h"

namespace Kindred {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        rollback();
    }
}

Result<void> WriteTransaction::begin()
{
    Q_ASSERT(!m_active);
    auto result = execStatement(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = result.ok();
    return result;
}

Result<void> WriteTransaction::commit()
{
    Q_ASSERT(m_active);
    auto result = execStatement(m_db, QStringLiteral("COMMIT"));
    if (!result) {
        rollback();
        return result;
    }
    m_active = false;
    CommitNotifier::instance()->notify(m_db.databaseName());
    return result;
}

Result<void> WriteTransaction::setBusyTimeout(const QSqlDatabase& db, int milliseconds)
{
    return execStatement(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

void WriteTransaction::rollback()
{
    if (m_active) {
        (void)execStatement(m_db, QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace Kindred
