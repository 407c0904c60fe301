// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/StationSite.h"

#include "base/BidiText.h"
#include "centre/Session.h"
#include "centre/SiteService.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Kindred {
namespace {

// One key per store; the store's text holds '/' and ':' that QSettings would take for groups.
QString settingsKey(const QString& storeKey)
{
    return QStringLiteral("station/site-")
        + QString::fromLatin1(QCryptographicHash::hash(storeKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

std::optional<qint64> StationSite::remembered(const QSettings& settings, const QString& storeKey)
{
    bool ok = false;
    const qint64 id = settings.value(settingsKey(storeKey)).toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

void StationSite::remember(QSettings& settings, const QString& storeKey, qint64 siteId)
{
    settings.setValue(settingsKey(storeKey), siteId);
    settings.sync();
}

std::optional<Site> StationSite::choose(const QList<Site>& sites, std::optional<qint64> remembered)
{
    QList<Site> open;
    for (const Site& site : sites) {
        if (!site.archived) {
            open << site;
        }
    }
    if (remembered) {
        for (const Site& site : open) {
            if (site.id == *remembered) {
                return site;
            }
        }
    }
    if (open.size() == 1) {
        return open.first();
    }
    return std::nullopt;
}

Result<void> StationSite::serve(Session& session, const SiteService& sites, QSettings& settings,
                                const QString& storeKey, qint64 siteId)
{
    if (auto allowed = session.require(Permission::ManageSettings); !allowed) {
        return allowed;
    }
    const auto site = sites.site(siteId);
    if (!site) {
        return site.error();
    }
    if (site->archived) {
        return Error {tr("The site %1 is archived: this computer cannot serve it.").arg(isolated(site->name))};
    }
    remember(settings, storeKey, siteId);
    session.setSiteId(siteId);
    return {};
}

} // namespace Kindred
