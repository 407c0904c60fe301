// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSiteRoles.h"

#include "centre/Centre.h"
#include "security/StaffAccountService.h"

#include <algorithm>

namespace Kindred {
namespace {

constexpr int FirstEducator = 2; // after the director and the receptionist: PIN 3301

} // namespace

Result<int> DemoSiteRoles::give(Database& database, Session& system, const QList<qint64>& staff, const QList<int>& home,
                                const QList<qint64>& siteIds)
{
    if (siteIds.size() < 2 || staff.size() != home.size()) {
        return 0;
    }
    const QString educator = staffRoleKey(StaffRole::Staff);
    // The second site's first educator: the first member whose room is there.
    const auto secondSite = std::find(home.cbegin(), home.cend(), 1);
    const qsizetype secondDirector = secondSite == home.cend() ? -1 : secondSite - home.cbegin();
    StaffAccountService accounts(database, system, nullptr, HashLimits::minimum());
    int given = 0;
    for (qsizetype i = 0; i < staff.size(); ++i) {
        if (home.at(i) < 0) {
            continue;
        }
        QList<SiteRole> roles {{siteIds.at(home.at(i)), educator}};
        if (i == FirstEducator) {
            roles << SiteRole {siteIds.at(1), educator};
        } else if (i == secondDirector) {
            roles = {{siteIds.at(1), staffRoleKey(StaffRole::Director)},
                     {siteIds.first(), staffRoleKey(StaffRole::Receptionist)}};
        }
        if (auto set = accounts.setSiteRoles(staff.at(i), roles); !set) {
            return set.error();
        }
        ++given;
    }
    return given;
}

QString DemoSiteRoles::describe(int sites)
{
    if (sites < 2) {
        return {};
    }
    // Two or more: never "1 sites", so no plural forms are needed.
    return tr("A chain of %1 sites. The director (PIN 1111) and the receptionist (2222) work at every site, each "
              "educator at their room's site only; 3301 is an educator at the first and second sites, and 3309 the "
              "second site's director and a receptionist at the first.")
        .arg(sites);
}

} // namespace Kindred
