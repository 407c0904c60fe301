// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "security/AccountReader.h"
#include "security/PinIndex.h"
#include "security/SignInFailures.h"
#include "security/StaffCredentials.h"

#include <QDateTime>
#include <QObject>

namespace Kindred {

class Database;
class Session;

// Signing in: with a PIN or password kept as an Argon2id hash (StaffAccountService sets them), and a growing
// wait after repeated wrong tries (3 free tries, then 30 s, doubling up to 15 minutes; kept in the
// file, so restarting Kindred does not reset it). PINs are unique in the centre, so one PIN says who
// is at the desk: signInWithPin() finds the account by the PIN's keyed digest (PinIndex) and checks
// that account's hash. Every wrong PIN or password is a row of its own (SignInFailures), recorded
// against no user; every one of the last 15 minutes at this station counts towards the station's wait,
// and a right PIN clears none of them (only an administrator vouching for the desk does). After 10 in a
// day, administrators are shown when and where at their next sign-in (failureNotice()).
// Every sign-in, refusal and change of a secret is audited (never the secret or its hash). At a centre of several
// sites, a staff member with roles per site signs in only at a station of one of their sites, with its role
// (SiteRoles); elsewhere a right secret is refused with where they work, and counted as no wrong try.
class SignInService : public QObject
{
    Q_OBJECT

public:
    static constexpr int FreeAttempts = 3;
    static constexpr int FirstDelaySecs = 30;
    static constexpr int MaxDelaySecs = 15 * 60;
    static constexpr int FailureWindowSecs = 15 * 60; // the failures that count for a station's wait
    static constexpr int NoticeFailures = 10; // in NoticeWindowSecs: administrators are told
    static constexpr int NoticeWindowSecs = 24 * 60 * 60;
    // The Error field of a right PIN that is too short for the account's role (it may override a pickup
    // or manage accounts): nothing was signed in; signInChangingPin() with a new PIN does.
    static inline const QString NewPinField = QStringLiteral("newPin");

    SignInService(Database& database, Session& session, QObject* parent = nullptr,
                  const HashLimits& limits = HashLimits::interactive());

    // Seconds a staff member must wait after `failures` wrong tries in a row (0: may try at once).
    static int delaySecondsAfter(int failures);

    // The name this computer's failures are counted under (the host name unless set; tests set two).
    QString station() const { return m_station; }
    void setStation(const QString& station) { m_station = station; }

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
    // After a NewPinField refusal: checks `oldSecret` again (with `staffId`, or 0 for the PIN alone), saves
    // `newPin` (6 digits or more, audited as the account holder's own change) and signs the person in.
    Result<StaffMember> signInChangingPin(qint64 staffId, const QString& oldSecret, const QString& newPin);
    // This station's failures of the last 15 minutes and the wait they cause.
    Result<DeskPinStatus> deskStatus() const;

    // For a signed-in user who may manage accounts: every failure of the last 24 hours, when there were
    // at least 10 and some came after the user last saw them; otherwise empty.
    Result<QList<SignInFailure>> failureNotice() const;
    // The user has seen the notice: it shows again only with newer failures.
    Result<void> acknowledgeFailureNotice();

signals:
    // A secret was stored (also a new PIN chosen at sign-in).
    void accountsChanged();

private:
    // Account management stores secrets and clears waits through the same bookkeeping as sign-in.
    friend class StaffAccountService;

    Result<AccountStatus> status(qint64 staffId) const;
    // The role `member` acts with at this station's site (SiteRoles: the site's role, else the account's custom
    // role; empty: their staff role). An Error on "secret" saying where they work when they do not work here, or
    // the read error.
    Result<QString> actingRole(const StaffMember& member) const;
    // `signingIn`: the holder sets it while proving their old PIN (audited as theirs, not as the desk's
    // previous user's, and not subject to that user's rights).
    Result<void> storeSecret(qint64 staffId, const QString& secret, bool isPin, const QString& action,
                             bool signingIn = false);
    // A wrong try (account.signin_failed) is also a row of SignInFailures at this station. `signingIn`:
    // sign-in bookkeeping, written for nobody in particular (WriteTransaction::Actor::SigningIn).
    Result<void> recordAttempt(qint64 staffId, const QString& action, qint64 actorId, int failures,
                               const QString& rehash, bool rehashPin, const QString& fillDigest, bool signingIn);
    // The station's current wait in seconds (0 when none or unreadable).
    int deskDelaySeconds() const;
    // Inside the caller's write transaction: one more failure at this station, with the wait it starts (from
    // the failures of the last 15 minutes, this one included). Returns that count.
    Result<int> recordStationFailure(const QSqlDatabase& db, const QDateTime& now);
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
    // After a right secret: refuses (NewPinField) a PIN shorter than MinPinLength for a role that may
    // override pickups or manage accounts, except in the demo centre. `roleKey` as actingRole() gave it.
    Result<void> requireLongEnoughPin(const StaffMember& member, const QString& roleKey, const QString& pin);
    int minimumPinLength() const;
    static Error pinInUse();
    static Error waitError(const QDateTime& until, const QDateTime& now);

    Database& m_database;
    Session& m_session;
    HashLimits m_limits;
    QString m_station;
};

} // namespace Kindred
