// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadSnapshot.h"

#include "store/StoreDriver.h"

#include <QSqlQuery>

namespace Kindred {

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db, const QString& name)
    : m_db(db)
    , m_name(name)
{
    if (QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT %1").arg(m_name))) {
        m_kind = Kind::Savepoint;
        return;
    }
    // The server takes a savepoint only inside a transaction block (SQLite's begins one); refused outside one,
    // it left nothing to roll back.
    if (StoreDriver::of(m_db).kind() == StoreDriver::Kind::Server
        && QSqlQuery(m_db).exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
        m_kind = Kind::Transaction;
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
