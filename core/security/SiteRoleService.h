// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/SiteRoles.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// Where staff work at a centre of several sites, and with which role at each (issue 16, point 8; the rule that
// applies the rows is centre/SiteRoles). Account management edits them through StaffAccountService, which owns
// one of these; every change follows the rule of giving anyone a role (centre/RoleGrant), and is
// audited (account.site_roles) and sealed (RecordDigest "site_roles").
class SiteRoleService : public QObject
{
    Q_OBJECT

public:
    SiteRoleService(Database& database, Session& session, QObject* parent = nullptr);

    // Where the staff member works and with which role at each site (issue 16, point 8; SiteRoles says how a role
    // applies): for the editor, every open site in the order added, each with the member's role there; an empty
    // roleKey where they do not work. No rows on file (own role everywhere) reads as every open site with their
    // own role (the account's custom role, else their staff role). ManageAccounts; fails with the read error.
    Result<QList<SiteRole>> siteRoles(qint64 staffId) const;
    // Whether the member works at chosen sites only (has rows), rather than everywhere with their own role; fails
    // with the read error.
    Result<bool> hasSiteRoles(qint64 staffId) const;
    // Replaces the member's roles per site (siteId and roleKey of each; empty: their own role at every site, as
    // before). A list that gives every open site the member's own role is kept as none, so that a single-site
    // centre stays as it was. RoleGrant's rule (ManageAccounts, never one's own account), audited as one entry with
    // the rows before and after; nothing is changed (an Error on "siteRoles") for one's own account, an account
    // without PIN or password, a site that is not open or named twice, a role that does not exist, or a change that
    // would leave nobody who can manage accounts.
    Result<void> setSiteRoles(qint64 staffId, const QList<SiteRole>& roles);

signals:
    void siteRolesChanged();

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
