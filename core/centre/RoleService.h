// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/PermissionMatrix.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// The centre's permission matrix in its data file: the built-in roles' permissions can be changed,
// and the centre can add roles of its own ("Cook", "Casual educator"). Needs ManageAccounts;
// audited with the old and new permissions. After each change the session uses the new matrix.
class RoleService : public QObject
{
    Q_OBJECT

public:
    RoleService(Database& database, Session& session, QObject* parent = nullptr);

    // Reads the matrix from the file into the session (at start and after a change).
    Result<void> reload();
    // Adds or replaces a role. A new custom role needs a key of letters, digits, '-' or '_'. The
    // acting user's own role keeps ManageAccounts (refused otherwise, so that nobody locks the
    // centre out of its accounts), and no change may leave nobody who can manage accounts (AccountManagers).
    Result<void> saveRole(const RoleDefinition& role);

signals:
    void rolesChanged();

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
