// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"
#include "Result.h"
#include "StaffCredentials.h"

#include <QDateTime>
#include <QObject>

namespace Kindred {

class Database;
class Session;

// A staff member's account as the administrator sees it (never the secrets).
struct AccountStatus
{
    qint64 staffId = 0;
    bool hasPin = false;
    bool hasPassword = false;
    QString customRole; // empty: the staff member's own role decides
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked out
};

// Staff accounts: PINs and passwords kept as Argon2id hashes, sign-in with either, and a growing
// wait after repeated wrong tries (3 free tries, then 30 s, doubling up to 15 minutes; kept in the
// file, so restarting Kindred does not reset it). Switching the person at the desk is signIn()
// with the next person's PIN. Every sign-in, refusal and change of a secret is audited (never the
// secret or its hash).
class SignInService : public QObject
{
    Q_OBJECT

public:
    static constexpr int FreeAttempts = 3;
    static constexpr int FirstDelaySecs = 30;
    static constexpr int MaxDelaySecs = 15 * 60;

    SignInService(Database& database, Session& session, QObject* parent = nullptr,
                  const HashLimits& limits = HashLimits::interactive());

    // Seconds a staff member must wait after `failures` wrong tries in a row (0: may try at once).
    static int delaySecondsAfter(int failures);

    // False on first start: Kindred then asks for the first administrator.
    bool hasAccounts() const;
    // Staff members who can sign in (not archived, with a PIN or password), by name.
    QList<StaffMember> accountHolders() const;
    Result<AccountStatus> status(qint64 staffId) const;

    // Only when no account exists yet: saves the administrator as a staff member with a password
    // (and a PIN when one is given) and signs them in. The saved member is returned.
    Result<StaffMember> createFirstAdministrator(StaffMember member, const QString& password, const QString& pin);

    // A staff member may change their own PIN or password; anyone else's needs ManageAccounts.
    Result<void> setPin(qint64 staffId, const QString& pin);
    Result<void> setPassword(qint64 staffId, const QString& password);
    // Gives the account a centre's own role (empty: back to the staff member's role). ManageAccounts.
    Result<void> setCustomRole(qint64 staffId, const QString& roleKey);
    // Clears the wrong-try count and wait (an administrator vouching for the person). ManageAccounts.
    Result<void> unlock(qint64 staffId);

    // Checks a PIN (4–8 digits) or password without changing who is signed in (unlocking the screen).
    // Fails with what the person at the desk should do: wrong PIN, wait N seconds, no account.
    Result<StaffMember> verify(qint64 staffId, const QString& secret);
    // verify(), then the staff member becomes the acting user of the session.
    Result<StaffMember> signIn(qint64 staffId, const QString& secret);

signals:
    void accountsChanged();

private:
    Result<void> requireOwnOrManage(qint64 staffId) const;
    Result<void> storeSecret(qint64 staffId, const QString& secret, bool isPin, const QString& action);
    Result<void> recordAttempt(qint64 staffId, const QString& action, qint64 actorId, int failures,
                               const QString& rehash, bool rehashPin);

    Database& m_database;
    Session& m_session;
    HashLimits m_limits;
};

} // namespace Kindred
