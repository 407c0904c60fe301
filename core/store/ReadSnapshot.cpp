// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadSnapshot.h"

#include "store/ServerConnection.h"
#include "store/StoreDriver.h"

#include <QSqlQuery>

namespace Kindred {

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db, const QString& name)
    : m_db(db)
    , m_name(name)
{
    // The server takes a savepoint only inside a transaction block; SQLite's begins a deferred transaction.
    if (StoreDriver::of(m_db).kind() == StoreDriver::Kind::Server && !ServerConnection::inTransaction(m_db)) {
        if (QSqlQuery(m_db).exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
            m_kind = Kind::Transaction;
        }
        return;
    }
    if (QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT %1").arg(m_name))) {
        m_kind = Kind::Savepoint;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    switch (m_kind) {
    case Kind::Savepoint:
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE %1").arg(m_name));
        break;
    case Kind::Transaction:
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        break;
    case Kind::None:
        break;
    }
}

} // namespace Kindred
