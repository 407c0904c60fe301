// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Kindred {

// One row of staff_site_roles (schema 20): a staff member works at the site with the role.
struct SiteRole
{
    SiteRole() = default;
    SiteRole(qint64 site, const QString& role, const QString& name = {}, bool archived = false)
        : siteId(site)
        , roleKey(role)
        , siteName(name)
        , siteArchived(archived)
    { }

    qint64 siteId = 0;
    QString roleKey;
    QString siteName; // as read; not written
    bool siteArchived = false; // as read; not written
};

// Which role applies to a staff member at a site (issue 16, point 8). The one rule that sign-in, SessionCheck
// (a signed-in session, and a station that changes site) and the count of account managers all ask:
//   no rows for the member: their own role (the account's custom role, else their staff role) at every site;
//   a row for this site: that row's role;
//   rows, but none for this site (or only for archived sites): they do not work here, and are refused.
// Reads only, on the caller's connection (inside its transaction when it has one).
class SiteRoles
{
    Q_DECLARE_TR_FUNCTIONS(SiteRoles)

public:
    // The decision for one member at one site.
    struct Acting
    {
        // The role key whose permissions apply (Session::signIn's customRole): the site's role, or `ownRole`
        // as given (empty: the staff member's role).
        QString roleKey;
        // Empty when they work here; else the sentence that says where they do work, for the person at the desk:
        // "Amira Haddad works at Riverside and Hilltop, not at Lakeside."
        QString refusal;
        bool worksHere() const { return refusal.isEmpty(); }
    };

    // The member's rows, in the order the sites were added, archived sites included. Fails with the read error.
    static Result<QList<SiteRole>> of(const QSqlDatabase& db, qint64 staffId);
    // The rule above for `staffId` (called `name` in the refusal) at `siteId`, where `ownRole` is the account's
    // custom role (empty: the staff role). Fails with the read error, never with a refusal.
    static Result<Acting> at(const QSqlDatabase& db, qint64 staffId, qint64 siteId, const QString& ownRole,
                             const QString& name);
    // The same rule, pure: `rows` as of() gives them, `siteName` the name of `siteId`.
    static Acting decide(const QList<SiteRole>& rows, qint64 siteId, const QString& ownRole, const QString& name,
                         const QString& siteName);
};

} // namespace Kindred
