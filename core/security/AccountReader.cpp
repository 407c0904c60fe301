// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccountReader.h"

#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto AnyAccountSql = QStringLiteral(R"(
    SELECT 1 FROM staff_credentials c JOIN staff s ON s.id = c.staff_id WHERE s.archived_at IS NULL LIMIT 1)");
const auto SelectStatusSql = QStringLiteral(R"(
    SELECT pin_hash IS NOT NULL, password_hash IS NOT NULL, custom_role, failed_attempts, locked_until
    FROM staff_credentials WHERE staff_id = :id)");

} // namespace

Result<bool> AccountReader::hasAccounts(const QSqlDatabase& db)
{
    StoreQuery query(db);
    if (auto run = execRead(query, AnyAccountSql); !run) {
        return run.error();
    }
    const bool found = query.next();
    if (auto complete = readComplete(query); !complete) {
        return complete.error();
    }
    return found;
}

Result<AccountStatus> AccountReader::status(const QSqlDatabase& db, qint64 staffId)
{
    StoreQuery query(db);
    query.prepare(SelectStatusSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    AccountStatus status;
    status.staffId = staffId;
    if (!query.next()) {
        return status;
    }
    status.hasPin = query.value(0).toBool();
    status.hasPassword = query.value(1).toBool();
    status.customRole = query.value(2).toString();
    status.failedAttempts = query.value(3).toInt();
    if (!query.value(4).isNull()) {
        status.lockedUntil = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    }
    return status;
}

} // namespace Kindred
