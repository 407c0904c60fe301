// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Site.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSettings;

namespace Kindred {

class Session;
class SiteService;

// Which site this computer serves, per store: a chain's office may open the server for one site and a
// test centre's file for another. Kept in this computer's settings, never on the server: the computer
// stands at one site; the record of who did what stays in the audit trail.
class StationSite
{
    Q_DECLARE_TR_FUNCTIONS(StationSite)

public:
    // The site remembered on this computer for the store `storeKey` (StoreLocation::displayText()).
    static std::optional<qint64> remembered(const QSettings& settings, const QString& storeKey);
    static void remember(QSettings& settings, const QString& storeKey, qint64 siteId);

    // The site to serve among the open `sites`: the remembered one while it is open, else the only open site;
    // nullopt when there are several and none was chosen here (the window asks; a command needs --site).
    static std::optional<Site> choose(const QList<Site>& sites, std::optional<qint64> remembered);

    // This computer serves the open site `siteId` from now on: remembered, and the session's site. Needs
    // ManageSettings (a station shown another site's roll call is a setting, not a desk's choice); an
    // archived or unknown site is refused.
    static Result<void> serve(Session& session, const SiteService& sites, QSettings& settings, const QString& storeKey,
                              qint64 siteId);
};

} // namespace Kindred
