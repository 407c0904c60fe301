// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/SiteService.h"

#include "audit/AuditLog.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

// By name, byte by byte on both stores (the server's database is "C"), so every station lists them alike.
const auto SelectSitesSql = QStringLiteral(R"(
    SELECT id, name, archived_at IS NOT NULL FROM sites WHERE (:all = 1 OR archived_at IS NULL) ORDER BY name, id)");
const auto SiteNameTakenSql = QStringLiteral(R"(
    SELECT 1 FROM sites WHERE lower(name) = lower(:name) AND archived_at IS NULL AND id <> :id)");
const auto InsertSiteSql = QStringLiteral(R"(INSERT INTO sites (name) VALUES (:name) RETURNING id)");
const auto RenameSiteSql = QStringLiteral(R"(UPDATE sites SET name = :name WHERE id = :id AND archived_at IS NULL)");
const auto OpenSiteSql = QStringLiteral(R"(SELECT 1 FROM sites WHERE id = :id AND archived_at IS NULL)");
const auto OpenRoomsSql = QStringLiteral(R"(SELECT count(*) FROM rooms WHERE site_id = :id AND archived_at IS NULL)");
const auto OpenSitesSql = QStringLiteral(R"(SELECT count(*) FROM sites WHERE archived_at IS NULL)");
const auto ArchiveSiteSql
    = QStringLiteral(R"(UPDATE sites SET archived_at = :at WHERE id = :id AND archived_at IS NULL)");

Result<qint64> countOf(const QSqlDatabase& db, const QString& sql, qint64 id)
{
    StoreQuery query(db);
    query.prepare(sql);
    if (sql.contains(QLatin1String(":id"))) {
        query.bindValue(QStringLiteral(":id"), id);
    }
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto complete = readComplete(query); !complete) {
            return complete.error();
        }
        return qint64(0);
    }
    return query.value(0).toLongLong();
}

} // namespace

SiteService::SiteService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<QList<Site>> SiteService::sites(bool includeArchived) const
{
    return list(m_database.connection(), includeArchived);
}

Result<void> SiteService::requireReader(const Session& session, qint64 siteId)
{
    if (siteId != session.siteId()) { // another site's records, or every site's
        return session.require(Permission::ViewAllSites);
    }
    return {};
}

Result<QList<Site>> SiteService::list(const QSqlDatabase& db, bool includeArchived)
{
    QList<Site> result;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectSitesSql);
    query.bindValue(QStringLiteral(":all"), includeArchived);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        result << Site {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

Result<Site> SiteService::site(qint64 siteId) const
{
    const auto all = sites(true);
    if (!all) {
        return all.error();
    }
    for (const Site& site : all.value()) {
        if (site.id == siteId) {
            return site;
        }
    }
    return Error {tr("That site is not on file.")};
}

Result<Site> SiteService::find(const QString& name) const
{
    const auto open = sites();
    if (!open) {
        return open.error();
    }
    QStringList names;
    for (const Site& site : open.value()) {
        if (site.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return site;
        }
        names << site.name;
    }
    return fieldError(QStringLiteral("site"),
                      tr("There is no site called %1. The sites are: %2.")
                          .arg(isolated(name.trimmed()), names.join(QStringLiteral(", "))));
}

Result<qint64> SiteService::saveSite(Site& site)
{
    if (auto allowed = m_session.require(Permission::ManageSettings); !allowed) {
        return allowed.error();
    }
    const QString name = site.name.simplified();
    if (name.isEmpty()) {
        return fieldError(QStringLiteral("name"), tr("Give the site a name."));
    }
    const QSqlDatabase db = m_database.connection();
    qint64 savedId = site.id;
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        StoreQuery taken(db);
        taken.prepare(SiteNameTakenSql);
        taken.bindValue(QStringLiteral(":name"), name);
        taken.bindValue(QStringLiteral(":id"), site.id);
        if (auto done = execRead(taken); !done) {
            return done;
        }
        if (taken.next()) {
            return fieldError(QStringLiteral("name"), tr("There is already a site called %1.").arg(isolated(name)));
        }
        if (auto complete = readComplete(taken); !complete) {
            return complete;
        }
        taken.finish();
        StoreQuery query(db);
        if (site.id == 0) {
            query.prepare(InsertSiteSql);
            query.bindValue(QStringLiteral(":name"), name);
            auto newId = execInsertReturningId(query);
            if (!newId) {
                return newId.error();
            }
            savedId = newId.value();
        } else {
            query.prepare(RenameSiteSql);
            query.bindValue(QStringLiteral(":name"), name);
            query.bindValue(QStringLiteral(":id"), site.id);
            if (auto done = execQuery(query); !done) {
                return done;
            }
            if (query.numRowsAffected() != 1) {
                return Error {tr("That site is not on file, or was archived.")};
            }
        }
        AuditEntry entry {m_session.actorId(),
                          site.id == 0 ? QStringLiteral("site.create") : QStringLiteral("site.update"),
                          QStringLiteral("site"),
                          savedId,
                          {{QStringLiteral("new"), QJsonObject {{QStringLiteral("name"), name}}}},
                          {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        return transaction.commit();
    });
    if (!attempt) {
        return attempt.error();
    }
    site.id = savedId;
    site.name = name;
    emit sitesChanged();
    return site.id;
}

Result<void> SiteService::archiveSite(qint64 siteId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ManageSettings); !allowed) {
        return allowed;
    }
    if (siteId == m_session.siteId()) {
        return Error {tr("This station serves that site: set it to another site before archiving this one.")};
    }
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        const auto rooms = countOf(db, OpenRoomsSql, siteId);
        if (!rooms) {
            return rooms.error();
        }
        if (rooms.value() > 0) {
            return Error {tr("The site still has %n open room(s): archive them or move their children first.", "",
                             int(rooms.value()))};
        }
        StoreQuery query(db);
        query.prepare(ArchiveSiteSql);
        query.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":id"), siteId);
        if (auto done = execQuery(query); !done) {
            return done;
        }
        if (query.numRowsAffected() != 1) {
            return Error {tr("That site is not on file, or was archived already.")};
        }
        const auto open = countOf(db, OpenSitesSql, 0);
        if (!open) {
            return open.error();
        }
        if (open.value() == 0) {
            return Error {tr("This is the last open site: a centre needs one.")};
        }
        AuditEntry entry {
            m_session.actorId(), QStringLiteral("site.archive"), QStringLiteral("site"), siteId, {}, reason};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        return transaction.commit();
    });
    if (!attempt) {
        return attempt;
    }
    emit sitesChanged();
    return {};
}

Result<void> SiteService::requireOpen(const QSqlDatabase& db, qint64 siteId)
{
    const auto found = countOf(db, OpenSiteSql, siteId);
    if (!found) {
        return found.error();
    }
    if (found.value() == 0) {
        return Error {tr("The site this station serves is not on file or was archived: choose this station's "
                         "site again.")};
    }
    return {};
}

} // namespace Kindred
