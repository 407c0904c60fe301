// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"
#include "PinIndex.h"
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
// file, so restarting Kindred does not reset it). PINs are unique in the centre, so one PIN says who
// is at the desk: signInWithPin() finds the account by the PIN's keyed digest (PinIndex) and checks
// that account's hash. PINs that match no one count for the whole desk, with the same growing wait.
// Every sign-in, refusal and change of a secret is audited (never the secret or its hash).
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
    // Gives the account a centre's own role (empty: back to the staff member's role). ManageAccounts.
    Result<void> setCustomRole(qint64 staffId, const QString& roleKey);
    // Clears the wrong-try count and wait (an administrator vouching for the person). ManageAccounts.
    Result<void> unlock(qint64 staffId);

    // Checks a PIN (4–8 digits) or password without changing who is signed in: sign-in by name.
    // Fails with what the person at the desk should do: wrong PIN, wait N seconds, no account.
    // A right PIN set before schema 6 gets its digest here, so that it then signs in alone.
    Result<StaffMember> verify(qint64 staffId, const QString& secret);
    // verify(), then the staff member becomes the acting user of the session.
    Result<StaffMember> signIn(qint64 staffId, const QString& secret);

    // The person whose PIN this is, without changing who is signed in (unlocking the screen). Fails
    // (field "pin") with what to do: wrong PIN (counted for the desk), wait N seconds (the desk's or
    // the account's wait), or sign in by name once (a PIN set before schema 6).
    Result<StaffMember> verifyPin(const QString& pin);
    // verifyPin(), then that person becomes the acting user: switching the person at the desk.
    Result<StaffMember> signInWithPin(const QString& pin);
    Result<DeskPinStatus> deskStatus() const;
    // Clears the desk's wrong-PIN count and wait (an administrator, signed in with a password, vouching
    // for the desk). ManageAccounts; audited.
    Result<void> unlockDesk();

signals:
    void accountsChanged();

private:
    Result<void> requireOwnOrManage(qint64 staffId) const;
    Result<void> storeSecret(qint64 staffId, const QString& secret, bool isPin, const QString& action);
    Result<void> recordAttempt(qint64 staffId, const QString& action, qint64 actorId, int failures,
                               const QString& rehash, bool rehashPin, const QString& fillDigest = {});
    // After a right secret: audits the sign-in, clears the wrong-try count, re-hashes with m_limits and
    // gives a PIN from before schema 6 its digest.
    Result<void> recordSignIn(qint64 staffId, const QString& secret, const QString& storedHash, bool isPin,
                              bool hasDigest);
    // Ok when no other active staff member has this PIN (legacy PINs are checked against their hash).
    Result<void> requirePinFree(qint64 staffId, const QString& pin, const QString& digest);
    // Counts a wrong PIN for the desk (audited as `action`) and returns what to tell the person: `what`
    // went wrong, then the wait if there is one (else `retry`), then `hint`.
    Error deskFailure(const QString& action, const QString& what, const QString& retry = {}, const QString& hint = {});
    Result<void> requireDeskOpen() const;
    static Error pinInUse();
    static Error waitError(const QDateTime& until, const QDateTime& now);

    Database& m_database;
    Session& m_session;
    HashLimits m_limits;
};

} // namespace Kindred
