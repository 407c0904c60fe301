// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "centre/SiteRoles.h"
#include "security/AccountReader.h"
#include "security/SignInService.h"
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
    // Where the staff member works and with which role at each site (issue 16, point 8; SiteRoles says how a role
    // applies): for the editor, every open site in the order added, each with the member's role there; an empty
    // roleKey where they do not work. No rows on file (own role everywhere) reads as every open site with their
    // own role (the account's custom role, else their staff role). ManageAccounts; fails with the read error.
    Result<QList<SiteRole>> siteRoles(qint64 staffId) const;
    // Whether the member works at chosen sites only (has rows), rather than everywhere with their own role; fails
    // with the read error.
    Result<bool> hasSiteRoles(qint64 staffId) const;
    // Replaces the member's roles per site (siteId and roleKey of each; empty: their own role at every site, as
    // before). A list that gives every open site the member's own role is kept as none, so that a single-site
    // centre stays as it was. ManageAccounts, audited as one entry with the rows before and after; nothing is
    // changed (an Error on "siteRoles") for one's own account, an account without PIN or password, a site that is
    // not open or named twice, a role that does not exist, a new or changed role other than the member's own (or,
    // for an empty list replacing rows, the own role) that may do something the person signed in may not, or a
    // change that would leave nobody who can manage accounts.
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
    // Ok when the signed-in person may do everything `roleKey` may (they give nobody more than they have).
    Result<void> requireNoMoreThanOwn(const QString& roleKey) const;

    Database& m_database;
    Session& m_session;
    HashLimits m_limits;
    SignInService m_signIn;
};

} // namespace Kindred
