// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/AccountManagers.h"

#include "centre/PermissionMatrix.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ActiveAccountsSql = QStringLiteral(R"(
    SELECT s.role, c.custom_role FROM staff s JOIN staff_credentials c ON c.staff_id = s.id
    WHERE s.archived_at IS NULL AND (c.pin_hash IS NOT NULL OR c.password_hash IS NOT NULL))");

} // namespace

Result<int> AccountManagers::count(const QSqlDatabase& db)
{
    const auto matrix = PermissionMatrix::load(db);
    if (!matrix) {
        return matrix.error();
    }
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (auto done = execRead(query, ActiveAccountsSql); !done) {
        return done.error();
    }
    int managers = 0;
    while (query.next()) {
        const QString customRole = query.value(1).toString();
        const QString role = customRole.isEmpty() ? query.value(0).toString() : customRole;
        if (matrix->allows(role, Permission::ManageAccounts)) {
            ++managers;
        }
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return managers;
}

Result<void> AccountManagers::requireOneLeft(const QSqlDatabase& db, int before, const QString& field)
{
    if (before <= 0) {
        return {};
    }
    const auto after = count(db);
    if (!after) {
        return after.error();
    }
    if (after.value() == 0) {
        return fieldError(field,
                          tr("Nothing was changed: nobody would be left who can manage accounts. Give "
                             "another staff member that right first."));
    }
    return {};
}

} // namespace Kindred
