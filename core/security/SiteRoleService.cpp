// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SiteRoleService.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "centre/AccountManagers.h"
#include "centre/CentreService.h"
#include "centre/PermissionMatrix.h"
#include "centre/RoleGrant.h"
#include "centre/Session.h"
#include "centre/Site.h"
#include "centre/SiteService.h"
#include "security/AccountReader.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto OpenSitesSql = QStringLiteral(R"(SELECT id, name FROM sites WHERE archived_at IS NULL ORDER BY id)");
const auto ClearSiteRolesSql = QStringLiteral(R"(DELETE FROM staff_site_roles WHERE staff_id = :id)");
const auto InsertSiteRoleSql = QStringLiteral(R"(
    INSERT INTO staff_site_roles (staff_id, site_id, role_key) VALUES (:id, :site, :role))");

const QString SiteRolesField = QStringLiteral("siteRoles");

Result<QList<Site>> openSites(const QSqlDatabase& db)
{
    StoreQuery query(db);
    if (auto done = execRead(query, OpenSitesSql); !done) {
        return done.error();
    }
    QList<Site> sites;
    while (query.next()) {
        sites.append({query.value(0).toLongLong(), query.value(1).toString(), false});
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return sites;
}

QJsonArray siteRolesJson(const QList<SiteRole>& roles)
{
    QJsonArray rows;
    for (const SiteRole& role : roles) {
        rows.append(QJsonObject {{QStringLiteral("site"), role.siteId}, {QStringLiteral("role"), role.roleKey}});
    }
    return rows;
}

} // namespace

SiteRoleService::SiteRoleService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<QList<SiteRole>> SiteRoleService::siteRoles(qint64 staffId) const
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    const auto sites = openSites(db);
    if (!sites) {
        return sites.error();
    }
    const auto rows = SiteRoles::of(db, staffId);
    if (!rows) {
        return rows.error();
    }
    QString ownRole;
    if (rows->isEmpty()) {
        const auto account = AccountReader::status(db, staffId);
        if (!account) {
            return account.error();
        }
        const auto member = CentreService(m_database, m_session).staffMember(staffId);
        if (!member) {
            return member.error();
        }
        ownRole = account->customRole.isEmpty() ? staffRoleKey(member->role) : account->customRole;
    }
    QList<SiteRole> editor;
    for (const Site& site : sites.value()) {
        SiteRole choice {site.id, ownRole, site.name, false};
        for (const SiteRole& row : rows.value()) {
            if (row.siteId == site.id) {
                choice.roleKey = row.roleKey;
            }
        }
        editor << choice;
    }
    return editor;
}

Result<bool> SiteRoleService::hasSiteRoles(qint64 staffId) const
{
    const auto rows = SiteRoles::of(m_database.connection(), staffId);
    if (!rows) {
        return rows.error();
    }
    return !rows->isEmpty();
}

Result<void> SiteRoleService::setSiteRoles(qint64 staffId, const QList<SiteRole>& roles)
{
    if (auto allowed = RoleGrant::requireMayChangeRoleOf(m_session, staffId, SiteRolesField); !allowed) {
        return allowed;
    }
    auto account = AccountReader::status(m_database.connection(), staffId);
    if (!account) {
        return account.error();
    }
    if (!account->hasPin && !account->hasPassword) {
        return fieldError(SiteRolesField, tr("Nothing was changed: give this staff member a PIN or password first."));
    }
    const auto member = CentreService(m_database, m_session).staffMember(staffId);
    if (!member) {
        return member.error();
    }
    const QString ownRole = account->customRole.isEmpty() ? staffRoleKey(member->role) : account->customRole;
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto before = SiteRoles::of(db, staffId);
    if (!before) {
        return before.error();
    }
    const auto sites = openSites(db);
    if (!sites) {
        return sites.error();
    }
    QSet<qint64> named;
    bool onlyOwnEverywhere = roles.size() == sites->size();
    for (const SiteRole& role : roles) {
        if (named.contains(role.siteId)) {
            return fieldError(SiteRolesField, tr("Nothing was changed: a site is named twice."));
        }
        named.insert(role.siteId);
        if (auto open = SiteService::requireOpen(db, role.siteId); !open) {
            return fieldError(SiteRolesField,
                              tr("Nothing was changed: one of the sites is not on file or was "
                                 "archived. Choose the sites again."));
        }
        onlyOwnEverywhere = onlyOwnEverywhere && role.roleKey == ownRole;
        if (!m_session.permissions().role(role.roleKey)) {
            return fieldError(SiteRolesField, tr("Nothing was changed: there is no role called %1.").arg(role.roleKey));
        }
    }
    // Every open site with the member's own role is no rows: they then work at every site, as before schema 20.
    const QList<SiteRole> kept = onlyOwnEverywhere ? QList<SiteRole>() : roles;
    const auto managers = AccountManagers::count(db);
    if (!managers) {
        return managers.error();
    }
    StoreQuery clear(db);
    clear.prepare(ClearSiteRolesSql);
    clear.bindValue(QStringLiteral(":id"), staffId);
    if (auto done = execQuery(clear); !done) {
        return done;
    }
    for (const SiteRole& role : kept) {
        StoreQuery insert(db);
        insert.prepare(InsertSiteRoleSql);
        insert.bindValue(QStringLiteral(":id"), staffId);
        insert.bindValue(QStringLiteral(":site"), role.siteId);
        insert.bindValue(QStringLiteral(":role"), role.roleKey);
        if (auto done = execQuery(insert); !done) {
            return done;
        }
    }
    if (auto left = AccountManagers::requireOneLeft(db, managers.value(), SiteRolesField); !left) {
        return left;
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("site_roles"), staffId); !sealed) {
        return sealed;
    }
    AuditEntry entry {
        m_session.actorId(),
        QStringLiteral("account.site_roles"),
        QStringLiteral("staff"),
        staffId,
        {{QStringLiteral("old"), siteRolesJson(before.value())}, {QStringLiteral("new"), siteRolesJson(kept)}},
        {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    emit siteRolesChanged();
    return {};
}

} // namespace Kindred
