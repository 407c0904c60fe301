// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

class Database;
class Session;

// Changes apply at once (issue 13, point 7). Another desk may change the permission matrix, a staff
// member's role, archive them or reset their PIN at any moment; every such change bumps the file's
// security_version (triggers of schema 11). A desk's session remembers the version it loaded its actor
// and matrix at. install() makes every write of the desk check, inside its write transaction (so that
// nothing can change between the check and COMMIT), that the version has not moved — or else reload the
// actor's role, archived state and PIN reset and the matrix, and refuse the write when the permissions it
// was granted (Session::grantedSinceLastWrite) no longer hold, or the actor may no longer act at all.
// The window calls refresh() every second, so that its gating follows without waiting for a write.
// The role reloaded is the one of the station's site (SiteRoles, schema 20): a member whose row for this site
// was removed is revoked like an archived one, and a station that serves another site (Session::siteChanged)
// reloads at once.
class SessionCheck
{
    Q_DECLARE_TR_FUNCTIONS(SessionCheck)

public:
    // Hooks the check into every WriteTransaction (Actor::Checked) on `database`'s connection, for as
    // long as `session` lives; the session is taken as loaded at the file's current version.
    static void install(Database& database, Session& session);
    static void uninstall(Database& database);

    // The file's security_version; fails when it cannot be read.
    static Result<qint64> version(const QSqlDatabase& db);
    // StoreDriver::dataVersion of `db`: changes when another connection committed. Cheap, so that the
    // window can ask twice a second before reading anything else.
    static Result<qint64> dataVersion(const QSqlDatabase& db);
    // Reloads the actor and matrix into `session` when the version moved since it loaded them. Ok(true)
    // when it reloaded. A failed read is an Error and changes nothing.
    static Result<bool> refresh(const QSqlDatabase& db, Session& session);
    // refresh(), then Ok only when the actor may still act and still has every permission the write
    // relies on.
    static Result<void> recheck(const QSqlDatabase& db, Session& session);
};

} // namespace Kindred
