// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>

namespace Kindred {

class Database;
class Session;

// Where the demo chain's staff work, with a role per site (issue 16, point 8; schema 20), given through account
// management's own rules (StaffAccountService::setSiteRoles: checked, audited and sealed) as an administrator
// would give them in *Accounts*:
//   the director (PIN 1111) and the receptionist (2222) have no rows: their own role at every site;
//   every educator works at the site of their room only, as an educator;
//   but the first educator of site 1 (3301) is an educator at site 1 and at the second site too, and the
//   first educator of the second site (3309) is its director, and a receptionist at site 1.
// Only for a chain (two sites or more) whose staff have PINs: one centre has no rows, as before schema 20.
class DemoSiteRoles
{
    Q_DECLARE_TR_FUNCTIONS(DemoSiteRoles)

public:
    // The staff the generator added, in its order (director, receptionist, site 1's educators, then each further
    // site's; PIN 3301 is the third): their ids in `staff`, and in `home` the index in `siteIds` of the site of
    // each one's room (-1: none, they work at every site). Ok with the number of members whose sites were set; fails
    // with the first refusal or write error.
    static Result<int> give(Database& database, Session& system, const QList<qint64>& staff, const QList<int>& home,
                            const QList<qint64>& siteIds);
    // Who works where in a demo chain of `sites` sites, for the person who built it (empty for one site).
    static QString describe(int sites);
};

} // namespace Kindred
