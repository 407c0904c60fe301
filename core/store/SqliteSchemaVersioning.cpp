// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqliteSchemaVersioning.h"

#include "store/SqlScript.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {

SqliteSchemaVersioning::SqliteSchemaVersioning(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString SqliteSchemaVersioning::compiledScripts()
{
    return QStringLiteral(":/migrations");
}

QString SqliteSchemaVersioning::scriptFolder() const
{
    return compiledScripts();
}

QStringList SqliteSchemaVersioning::splitScript(const QString& script) const
{
    return splitSqlScript(script);
}

bool SqliteSchemaVersioning::hasTable(const QString& name) const
{
    StoreQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    return query.exec() && query.next();
}

Result<SchemaVersioning::Stamp> SqliteSchemaVersioning::read() const
{
    StoreQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return StoreError::fromSql(query.lastError());
    }
    return Stamp {ApplicationId, query.value(0).toInt()};
}

Result<void> SqliteSchemaVersioning::accept(const Stamp&, int) const
{
    return {};
}

Result<void> SqliteSchemaVersioning::beginUpgrade(int)
{
    m_transaction = std::make_unique<WriteTransaction>(m_db);
    return m_transaction->begin();
}

Result<void> SqliteSchemaVersioning::write(int version)
{
    // Pragmas take no bound parameters; both values are integers of our own.
    const QStringList stamps {
        QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)),
        QStringLiteral("PRAGMA user_version = %1").arg(version),
    };
    for (const QString& stamp : stamps) {
        if (auto stamped = execStatement(m_db, stamp); !stamped) {
            return stamped;
        }
    }
    return {};
}

Result<void> SqliteSchemaVersioning::commitUpgrade()
{
    auto committed = m_transaction->commit();
    m_transaction.reset();
    return committed;
}

void SqliteSchemaVersioning::rollbackUpgrade()
{
    m_transaction.reset(); // rolls back unless committed
}

Error SqliteSchemaVersioning::updateFailed(int version, const QString& detail) const
{
    return Error {tr("Kindred could not update its data file to version %1 (%2). The file was left "
                     "as it was.")
                      .arg(version)
                      .arg(detail)};
}

Error SqliteSchemaVersioning::stepMissing(int version) const
{
    return Error {tr("This copy of Kindred cannot update its data file to version %1: the part of "
                     "the update that is not SQL is missing. The file was left as it was.")
                      .arg(version)};
}

} // namespace Kindred
