// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Site.h"

#include <QObject>
#include <QSqlDatabase>

namespace Kindred {

class Database;
class Session;

// The centre's sites: listed for everyone, added, renamed and archived by who manages the centre's
// settings, each change audited. A site is never deleted; one with rooms still open is not archived, nor
// is the last open site.
class SiteService : public QObject
{
    Q_OBJECT

public:
    SiteService(Database& database, Session& session, QObject* parent = nullptr);

    // By name; a read that fails is an Error, never an empty list.
    Result<QList<Site>> sites(bool includeArchived = false) const;
    Result<Site> site(qint64 siteId) const;
    // The open site called `name` (letter case aside), for `--site NAME`; an Error listing the open sites
    // when there is none.
    Result<Site> find(const QString& name) const;
    // Validates (a name, not another open site's), inserts or renames; a new site's id is written back.
    Result<qint64> saveSite(Site& site);
    Result<void> archiveSite(qint64 siteId, const QString& reason);

    // The same list on `db`, for a reader that holds no SiteService (nothing in it depends on who asks).
    static Result<QList<Site>> list(const QSqlDatabase& db, bool includeArchived = false);
    // Whose records `session` may read (issue 16, point 8): its own station's site always; another site, or every
    // site (ReportRequest::AllSites, 0), only with ViewAllSites, else the Session::require error. The one rule of
    // the reports, the dashboard, the ticket board and the ticket report.
    static Result<void> requireReader(const Session& session, qint64 siteId);

    // Inside a writer's transaction: ok when `siteId` names an open site. The data file cannot refuse a
    // site_id that names nothing (schema 19 says why); every writer that stamps one asks here first.
    static Result<void> requireOpen(const QSqlDatabase& db, qint64 siteId);

signals:
    void sitesChanged();

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
