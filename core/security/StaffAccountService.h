// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "centre/SiteRoles.h"
#include "security/AccountReader.h"
#include "security/SignInService.h"
#include "security/SiteRoleService.h"
#include "security/StaffCredentials.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// Staff accounts as account management sees them: who has one, the first administrator, PINs and
// passwords set or reset, a centre's own role given to an account, and a locked-out account or desk
// cleared. Secrets are kept as Argon2id hashes and PINs are unique in the centre; the checks that
// sign-in shares (the desk's wait, a PIN in use counted as a wrong PIN at the desk) are SignInService's,
// which this service drives for its station. Every change is audited (never the secret or its hash).
class StaffAccountService : public QObject
{
    Q_OBJECT

public:
    StaffAccountService(Database& database, Session& session, QObject* parent = nullptr,
                        const HashLimits& limits = HashLimits::interactive());

    // The station a refused PIN is counted at (SignInService::station()).
    QString station() const { return m_signIn.station(); }
    void setStation(const QString& station) { m_signIn.setStation(station); }

    // False on first start: Kindred then asks for the first administrator.
    // Whether any staff member can sign in; fails when the accounts cannot be read (never "no accounts").
    Result<bool> hasAccounts() const;
    // Staff members who can sign in (not archived, with a PIN or password), by name.
    Result<QList<StaffMember>> accountHolders() const;
    Result<AccountStatus> status(qint64 staffId) const;

    // Only when no account exists yet: saves the administrator as a staff member with a password
    // (and a PIN when one is given) and signs them in. The saved member is returned.
    Result<StaffMember> createFirstAdministrator(StaffMember member, const QString& password, const QString& pin);

    // A staff member may change their own PIN or password; anyone else's needs ManageAccounts.
    // setPin refuses (field "pin", nothing changed) a PIN another active staff member uses; such a
    // refusal counts as a wrong PIN at the desk, so that it cannot be used to find others' PINs.
    Result<void> setPin(qint64 staffId, const QString& pin);
    Result<void> setPassword(qint64 staffId, const QString& password);
    // Gives the account a centre's own role (empty: back to the staff member's role). ManageAccounts;
    // refused for one's own account, and when it would leave nobody who can manage accounts.
    Result<void> setCustomRole(qint64 staffId, const QString& roleKey);
    // Roles per site (issue 16, point 8): SiteRoleService's, whose changes are this service's accountsChanged.
    Result<QList<SiteRole>> siteRoles(qint64 staffId) const;
    Result<bool> hasSiteRoles(qint64 staffId) const;
    Result<void> setSiteRoles(qint64 staffId, const QList<SiteRole>& roles);
    // Clears the wrong-try count and wait (an administrator vouching for the person). ManageAccounts.
    Result<void> unlock(qint64 staffId);

    // This station's failures of the last 15 minutes and the wait they cause (SignInService::deskStatus).
    Result<DeskPinStatus> deskStatus() const { return m_signIn.deskStatus(); }
    // Clears this station's wrong-PIN count and wait (an administrator, signed in with a password,
    // vouching for the desk). ManageAccounts; audited.
    Result<void> unlockDesk();

signals:
    void accountsChanged();

private:
    Result<void> requireOwnOrManage(qint64 staffId) const;

    Database& m_database;
    Session& m_session;
    HashLimits m_limits;
    SignInService m_signIn;
    SiteRoleService m_siteRoles;
};

} // namespace Kindred
