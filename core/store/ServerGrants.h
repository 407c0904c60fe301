// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Which database role may do what on a centre server (issue 16, point 6). The audit trail's triggers refuse
// an UPDATE, DELETE or TRUNCATE, but the role that owns a table may drop its triggers; so the stations must
// not connect as the owner:
// - the owner of the database (e.g. kindred_owner) makes the schema and upgrades it: `kindred init --server`,
//   `kindred migrate`, and a Kindred started after an update, connected as that role;
// - the stations connect as a login role that is a member of the group role kindred_station, which gets
//   only what the desk needs: every table's rows, except that the audit trail (audit_log) may be read and
//   appended to, and only its details and reason rewritten (the redaction of an anonymised family, which its
//   trigger checks); its head (audit_head) may be advanced but not removed; the schema stamp only read. No
//   role but the owner may drop a trigger, alter a table or TRUNCATE.
// apply() gives kindred_station exactly that, after every upgrade (in its transaction), for the tables as
// they then are; a server without that role (one role for everything, as on a test machine) gets nothing.
class ServerGrants
{
    Q_DECLARE_TR_FUNCTIONS(ServerGrants)

public:
    static inline const QString StationRole = QStringLiteral("kindred_station");

    // Inside the upgrade's transaction, as the schema's owner. Fails with the server's reason.
    static Result<void> apply(const QSqlDatabase& db);
    // Fails, saying who may, when the connected role may not upgrade the schema (only the database's owner,
    // a member of it, or a superuser may), or with the read error.
    static Result<void> checkMayUpgrade(const QSqlDatabase& db, int targetVersion);
};

} // namespace Kindred
