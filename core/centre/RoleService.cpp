// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/RoleService.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "centre/AccountManagers.h"
#include "centre/RoleGrant.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto UpsertRoleSql = QStringLiteral(R"(
    INSERT INTO roles (key, name, built_in) VALUES (:key, :name, 0)
    ON CONFLICT (key) DO UPDATE SET name = CASE WHEN roles.built_in = 1 THEN roles.name ELSE excluded.name END)");
const auto ClearPermissionsSql = QStringLiteral(R"(DELETE FROM role_permissions WHERE role_key = :key)");
const auto InsertPermissionSql
    = QStringLiteral(R"(INSERT INTO role_permissions (role_key, permission) VALUES (:key, :permission))");

QJsonArray permissionKeys(const QList<Permission>& permissions)
{
    QJsonArray keys;
    for (Permission p : allPermissions()) {
        if (permissions.contains(p)) {
            keys.append(permissionKey(p));
        }
    }
    return keys;
}

} // namespace

RoleService::RoleService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<void> RoleService::reload()
{
    auto matrix = PermissionMatrix::load(m_database.connection());
    if (!matrix) {
        return matrix.error();
    }
    m_session.setPermissions(matrix.value());
    return {};
}

Result<void> RoleService::saveRole(const RoleDefinition& role)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    if (!keyPattern.match(role.key).hasMatch()) {
        return fieldError(QStringLiteral("key"),
                          tr("Nothing was changed: a role's short name uses lower-case letters, digits, - or _."));
    }
    if (role.name.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("name"), tr("Nothing was changed: the role needs a name."));
    }
    const RoleDefinition* before = m_session.permissions().role(role.key);
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto allowed = RoleGrant::requireMayEdit(db, m_session, role); !allowed) {
        return allowed;
    }
    const auto managers = AccountManagers::count(db);
    if (!managers) {
        return managers.error();
    }
    StoreQuery upsert(db);
    upsert.prepare(UpsertRoleSql);
    upsert.bindValue(QStringLiteral(":key"), role.key);
    upsert.bindValue(QStringLiteral(":name"), role.name.trimmed());
    if (auto done = execQuery(upsert); !done) {
        return done;
    }
    StoreQuery clear(db);
    clear.prepare(ClearPermissionsSql);
    clear.bindValue(QStringLiteral(":key"), role.key);
    if (auto done = execQuery(clear); !done) {
        return done;
    }
    for (Permission p : allPermissions()) {
        if (!role.permissions.contains(p)) {
            continue;
        }
        StoreQuery insert(db);
        insert.prepare(InsertPermissionSql);
        insert.bindValue(QStringLiteral(":key"), role.key);
        insert.bindValue(QStringLiteral(":permission"), permissionKey(p));
        if (auto done = execQuery(insert); !done) {
            return done;
        }
    }
    if (auto kept = AccountManagers::requireOneLeft(db, managers.value(), QStringLiteral("permissions")); !kept) {
        return kept;
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("role"), role.key); !sealed) {
        return sealed;
    }
    AuditEntry entry {m_session.actorId(),
                      before ? QStringLiteral("role.update") : QStringLiteral("role.create"),
                      QStringLiteral("role"),
                      0,
                      {{QStringLiteral("key"), role.key},
                       {QStringLiteral("name"), role.name.trimmed()},
                       {QStringLiteral("old"), before ? permissionKeys(before->permissions) : QJsonArray()},
                       {QStringLiteral("new"), permissionKeys(role.permissions)}},
                      {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    if (auto reloaded = reload(); !reloaded) {
        return reloaded;
    }
    emit rolesChanged();
    return {};
}

} // namespace Kindred
