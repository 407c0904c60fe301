// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

namespace Kindred {

// The part of schema 19 that SQL cannot do: its script grants the new permission sites.viewall to the
// built-in director and administrator roles, and each role's permissions are sealed (RecordDigest, schema 14);
// so their digests are computed again here, and on a file that already held records an audit entry
// ("roles.grant") claims them, saying what was granted and why. Without it the next check would report the
// two roles as changed outside Kindred. Runs inside MigrationRunner's transaction for version 19.
class SitesMigration
{
public:
    static constexpr int Version = 19;

    static Result<void> apply(const QSqlDatabase& db, bool upgrading);
};

} // namespace Kindred
