// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/SessionCheck.h"

#include "base/BidiText.h"
#include "centre/PermissionMatrix.h"
#include "centre/Session.h"
#include "centre/SiteRoles.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/StoreDriver.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QHash>
#include <QPointer>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto VersionSql = QStringLiteral(R"(SELECT version FROM security_version WHERE id = 1)");
const auto ActorSql = QStringLiteral(R"(
    SELECT s.role, s.archived_at IS NOT NULL, c.custom_role, c.reset_at
    FROM staff s LEFT JOIN staff_credentials c ON c.staff_id = s.id WHERE s.id = :id)");

// The station's change of site, per connection: reapplies the role of each site at once (uninstall() ends it).
QHash<QString, QMetaObject::Connection>& siteHooks()
{
    static QHash<QString, QMetaObject::Connection> hooks;
    return hooks;
}

} // namespace

void SessionCheck::install(Database& database, Session& session)
{
    const QSqlDatabase db = database.connection();
    if (auto current = version(db)) {
        session.setSecurityVersion(current.value());
    }
    QPointer<Session> guarded(&session);
    // Another site may give the person at the desk another role, or none (SiteRoles): the session is loaded
    // again as if the file's security had changed. A failed read leaves the version unknown, so that the next
    // write's check reads again (and refuses the write if that read fails too).
    QObject::disconnect(siteHooks().take(db.connectionName()));
    siteHooks().insert(
        db.connectionName(),
        QObject::connect(&session, &Session::siteChanged, &session, [guarded, name = db.connectionName()] {
            if (!guarded) {
                return;
            }
            guarded->setSecurityVersion(-1);
            (void)refresh(QSqlDatabase::database(name, false), *guarded);
        }));
    WriteTransaction::setActorCheck(
        db.connectionName(),
        [guarded](const QSqlDatabase& db) -> Result<void> {
            if (!guarded) {
                return {};
            }
            return recheck(db, *guarded);
        },
        [guarded] {
            if (guarded) {
                guarded->clearGranted();
            }
        });
}

void SessionCheck::uninstall(Database& database)
{
    QObject::disconnect(siteHooks().take(database.connection().connectionName()));
    WriteTransaction::setActorCheck(database.connection().connectionName(), {});
}

Result<qint64> SessionCheck::version(const QSqlDatabase& db)
{
    StoreQuery query(db);
    if (auto done = execRead(query, VersionSql); !done) {
        return done.error();
    }
    qint64 version = 0;
    if (query.next()) {
        version = query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return version;
}

Result<qint64> SessionCheck::dataVersion(const QSqlDatabase& db)
{
    return StoreDriver::of(db).dataVersion(db);
}

Result<bool> SessionCheck::refresh(const QSqlDatabase& db, Session& session)
{
    const auto current = version(db);
    if (!current) {
        return current.error();
    }
    if (current.value() == session.securityVersion()) {
        return false;
    }
    // Read everything first, change the session only once all of it was read.
    const auto matrix = PermissionMatrix::load(db);
    if (!matrix) {
        return matrix.error();
    }
    QString revoked;
    StaffRole role = session.actor().role;
    QString customRole;
    if (session.isSignedIn()) {
        StoreQuery query(db);
        query.prepare(ActorSql);
        query.bindValue(QStringLiteral(":id"), session.actorId());
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        const bool found = query.next();
        if (found) {
            role = staffRoleFromKey(query.value(0).toString());
            const bool archived = query.value(1).toBool();
            customRole = query.value(2).toString();
            const QDateTime resetAt = query.value(3).isNull()
                ? QDateTime()
                : QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
            if (archived) {
                revoked
                    = tr("%1 is no longer on the staff list: sign in again.").arg(isolated(session.actor().fullName()));
            } else if (resetAt.isValid() && session.signedInAt().isValid() && resetAt > session.signedInAt()) {
                revoked = tr("An administrator has reset the PIN or password of %1 since they signed in: sign in "
                             "again.")
                              .arg(isolated(session.actor().fullName()));
            }
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        if (!found) {
            revoked = tr("%1 is not on file: sign in again.").arg(isolated(session.actor().fullName()));
        }
        query.finish();
        if (revoked.isEmpty()) {
            // The role of this station's site, or none: a member whose row for it went is signed out here.
            const auto acting
                = SiteRoles::at(db, session.actorId(), session.siteId(), customRole, session.actor().fullName());
            if (!acting) {
                return acting.error();
            }
            if (!acting->worksHere()) {
                revoked = tr("%1 Sign in again.").arg(acting->refusal);
            }
            customRole = acting->roleKey;
        }
    }
    session.setSecurityVersion(current.value());
    session.setPermissions(matrix.value());
    if (!revoked.isEmpty()) {
        session.revoke(revoked);
    } else if (session.isSignedIn()) {
        session.refreshActor(role, customRole);
    }
    return true;
}

Result<void> SessionCheck::recheck(const QSqlDatabase& db, Session& session)
{
    if (!session.isSignedIn()) {
        return {}; // the system, or nobody: what they may do is the session's own rule
    }
    if (auto refreshed = refresh(db, session); !refreshed) {
        return refreshed.error();
    }
    if (session.isRevoked()) {
        return session.require(Permission::ViewFamilies); // the revocation's reason
    }
    for (Permission permission : session.grantedSinceLastWrite()) {
        if (auto allowed = session.require(permission); !allowed) {
            return allowed;
        }
    }
    return {};
}

} // namespace Kindred
