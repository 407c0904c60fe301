// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/SiteRoles.h"

#include "base/BidiText.h"
#include "store/ReadCheck.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto RowsSql = QStringLiteral(R"(
    SELECT r.site_id, r.role_key, s.name, s.archived_at IS NOT NULL
    FROM staff_site_roles r JOIN sites s ON s.id = r.site_id WHERE r.staff_id = :id ORDER BY r.site_id)");
const auto SiteNameSql = QStringLiteral(R"(SELECT name FROM sites WHERE id = :id)");

} // namespace

Result<QList<SiteRole>> SiteRoles::of(const QSqlDatabase& db, qint64 staffId)
{
    StoreQuery query(db);
    query.prepare(RowsSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<SiteRole> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toBool()});
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return rows;
}

Result<SiteRoles::Acting> SiteRoles::at(const QSqlDatabase& db, qint64 staffId, qint64 siteId, const QString& ownRole,
                                        const QString& name)
{
    const auto rows = of(db, staffId);
    if (!rows) {
        return rows.error();
    }
    QString siteName;
    const Acting pure = decide(rows.value(), siteId, ownRole, name, {});
    if (pure.worksHere()) {
        return pure;
    }
    // Only a refusal needs this site's name.
    StoreQuery query(db);
    query.prepare(SiteNameSql);
    query.bindValue(QStringLiteral(":id"), siteId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (query.next()) {
        siteName = query.value(0).toString();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return decide(rows.value(), siteId, ownRole, name, siteName);
}

SiteRoles::Acting SiteRoles::decide(const QList<SiteRole>& rows, qint64 siteId, const QString& ownRole,
                                    const QString& name, const QString& siteName)
{
    if (rows.isEmpty()) {
        return {ownRole, {}};
    }
    QStringList elsewhere;
    for (const SiteRole& row : rows) {
        if (row.siteArchived) {
            continue; // a row at an archived site gives nothing, and is not where they work
        }
        if (row.siteId == siteId) {
            return {row.roleKey, {}};
        }
        elsewhere << isolated(row.siteName);
    }
    const QString here = siteName.isEmpty() ? tr("this site") : isolated(siteName);
    if (elsewhere.isEmpty()) {
        return {{}, tr("%1 works at no open site, so not at %2.").arg(isolated(name), here)};
    }
    // Joined here rather than by QLocale::createSeparatedList, which has no "and" in the C locale.
    QString sites = elsewhere.first();
    for (qsizetype i = 1; i < elsewhere.size(); ++i) {
        sites = (i + 1 == elsewhere.size() ? tr("%1 and %2", "the last of a list of sites") : tr("%1, %2"))
                    .arg(sites, elsewhere.at(i));
    }
    return {{}, tr("%1 works at %2, not at %3.").arg(isolated(name), sites, here)};
}

} // namespace Kindred
