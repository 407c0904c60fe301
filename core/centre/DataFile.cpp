// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/DataFile.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "audit/RecordDigestMigration.h"
#include "centre/CentreTimeZoneMigration.h"
#include "centre/GuardianLanguageMigration.h"
#include "centre/SitesMigration.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// The schema version that added audit_head (migration 007).
constexpr int AuditHeadVersion = 7;

Result<void> auditChainWhole(const QSqlDatabase& db, int schemaVersion)
{
    // Before schema 7 there is no head row for the chain to end at (verifyChain reports it missing): such a
    // file is only ever copied right before its migration, which checks the chain once it has one.
    if (schemaVersion < AuditHeadVersion) {
        return {};
    }
    if (auto chain = AuditLog::verifyChain(db); !chain) {
        return Error {DataFile::tr("its audit trail is not whole: %1").arg(chain.errorString())};
    }
    return {};
}

} // namespace

SchemaExtensions DataFile::schema()
{
    SchemaExtensions schema;
    schema.migrationSteps.insert(CentreTimeZoneMigration::Version, &CentreTimeZoneMigration::apply);
    schema.migrationSteps.insert(RecordDigest::Version, &RecordDigestMigration::apply);
    schema.migrationSteps.insert(SitesMigration::Version, &SitesMigration::apply);
    schema.migrationSteps.insert(GuardianLanguageMigration::Version, &GuardianLanguageMigration::apply);
    schema.contentCheck = &auditChainWhole;
    return schema;
}

Result<std::unique_ptr<Database>> DataFile::open(const QString& path, OpenOptions options)
{
    options.schema = schema();
    return Database::open(path, options);
}

Result<std::unique_ptr<Database>> DataFile::openServer(const ServerAddress& address, OpenOptions options)
{
    options.schema = schema();
    auto opened = Database::openServer(address, options);
    if (!opened) {
        return opened;
    }
    const auto moving = moveUnderway(opened.value()->connection());
    if (!moving) {
        return moving.error();
    }
    if (moving.value()) {
        return Error {tr("A centre is being moved onto the server's database \"%1\" (kindred migrate), and the move "
                         "has not finished. Nothing was opened. Open it again when the move is done; if the move "
                         "was stopped, run it again.")
                          .arg(address.databaseName())};
    }
    return opened;
}

Result<bool> DataFile::moveUnderway(const QSqlDatabase& server)
{
    StoreQuery query(server);
    query.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = :key"));
    query.bindValue(QStringLiteral(":key"), MoveUnderwayKey);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    const bool found = query.next();
    if (auto complete = readComplete(query); !complete) {
        return complete.error();
    }
    return found;
}

} // namespace Kindred
