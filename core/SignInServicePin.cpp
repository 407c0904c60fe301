// SPDX-License-Identifier: GPL-3.0-or-later
// SignInService: one PIN says who is at the desk (found through PinIndex, proven by the Argon2id hash),
// and PINs that match no one slow the whole desk down.
#include "SignInService.h"

#include "AuditLog.h"
#include "CentreStore.h"
#include "Clock.h"
#include "Database.h"
#include "PinIndex.h"
#include "Session.h"
#include "StaffCredentials.h"
#include "WriteTransaction.h"

namespace Kindred {

Error SignInService::pinInUse()
{
    return fieldError(QStringLiteral("pin"), tr("That PIN is already in use; choose another."));
}

Error SignInService::waitError(const QDateTime& until, const QDateTime& now)
{
    const qint64 wait = qMax<qint64>(1, (now.msecsTo(until) + 999) / 1000);
    return fieldError(QStringLiteral("pin"),
                      tr("Too many wrong tries. Wait %n second(s), then try again.", nullptr, int(wait)));
}

Result<DeskPinStatus> SignInService::deskStatus() const
{
    return PinIndex(m_database.connection()).deskStatus();
}

Result<void> SignInService::unlockDesk()
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    auto desk = PinIndex(db).deskStatus();
    if (!desk) {
        return desk.error();
    }
    if (desk->failedAttempts == 0 && !desk->lockedUntil.isValid()) {
        return {}; // nothing to clear, nothing to record
    }
    if (auto recorded = PinIndex(db).recordDesk(0, QDateTime()); !recorded) {
        return recorded;
    }
    const QJsonObject details {{QStringLiteral("failedAttempts"), desk->failedAttempts}};
    if (auto audited = AuditLog::append(
            db, {m_session.actorId(), QStringLiteral("account.desk_unlock"), QStringLiteral("desk"), 0, details, {}});
        !audited) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    emit accountsChanged();
    return {};
}

Result<void> SignInService::requireDeskOpen() const
{
    auto desk = deskStatus();
    if (!desk) {
        return desk.error();
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    if (desk->lockedUntil.isValid() && desk->lockedUntil > now) {
        return waitError(desk->lockedUntil, now); // tries while the desk waits are not counted
    }
    return {};
}

Result<void> SignInService::requirePinFree(qint64 staffId, const QString& pin, const QString& digest)
{
    PinIndex index(m_database.connection());
    auto taken = index.isTakenByOther(digest, staffId);
    if (!taken) {
        return taken.error();
    }
    bool inUse = taken.value();
    if (!inUse) {
        // PINs set before schema 6 have only their hash: one Argon2id check each, until they sign in.
        auto legacy = index.legacyPins(staffId);
        if (!legacy) {
            return legacy.error();
        }
        for (const LegacyPin& other : legacy.value()) {
            if (StaffCredentials::verify(other.pinHash, pin)) {
                inUse = true;
                break;
            }
        }
    }
    if (inUse) {
        return deskFailure(QStringLiteral("account.pin_refused"), pinInUse().message);
    }
    return {};
}

Error SignInService::deskFailure(const QString& action, const QString& what, const QString& retry, const QString& hint)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto desk = PinIndex(db).deskStatus(); // read under the write lock: another station may count too
    if (!desk) {
        return desk.error();
    }
    const int failures = desk->failedAttempts + 1;
    const int delay = delaySecondsAfter(failures);
    const QDateTime now = Clock::currentDateTimeUtc();
    if (auto recorded = PinIndex(db).recordDesk(failures, delay > 0 ? now.addSecs(delay) : QDateTime()); !recorded) {
        return recorded.error();
    }
    QJsonObject details {{QStringLiteral("failedAttempts"), failures}};
    if (delay > 0) {
        details.insert(QStringLiteral("lockedSeconds"), delay);
    }
    if (auto audited = AuditLog::append(db, {m_session.actorId(), action, QStringLiteral("desk"), 0, details, {}});
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    QStringList message {what};
    message << (delay > 0 ? tr("Too many wrong tries. Wait %n second(s), then try again.", nullptr, delay) : retry);
    message << hint;
    message.removeAll(QString());
    return fieldError(QStringLiteral("pin"), message.join(QLatin1Char(' ')));
}

Result<StaffMember> SignInService::verifyPin(const QString& pin)
{
    if (auto valid = StaffCredentials::validatePin(pin); !valid) {
        return valid.error();
    }
    if (auto open = requireDeskOpen(); !open) {
        return open.error();
    }
    PinIndex index(m_database.connection());
    auto digest = index.digest(pin);
    if (!digest) {
        return digest.error();
    }
    auto match = index.find(digest.value());
    if (!match) {
        return match.error();
    }
    if (match->staffId == 0) {
        QString hint;
        if (auto legacy = index.legacyPins(); legacy && !legacy->isEmpty()) {
            hint = tr("If you have not signed in since Kindred was updated, sign in once with your name and PIN "
                      "(“Sign in with a password…”).");
        }
        return deskFailure(QStringLiteral("account.pin_failed"), tr("That PIN is not right."),
                           tr("Type your PIN again."), hint);
    }
    // The digest only found the account; the hash is the proof (a row edited outside Kindred fails here).
    auto account = status(match->staffId);
    if (!account) {
        return account.error();
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        return waitError(account->lockedUntil, now);
    }
    if (!StaffCredentials::verify(match->pinHash, pin)) {
        return deskFailure(QStringLiteral("account.pin_failed"), tr("That PIN is not right."),
                           tr("Type your PIN again."));
    }
    auto member = CentreStore(m_database, m_session).staffMember(match->staffId);
    if (!member) {
        return member.error();
    }
    if (auto recorded = recordSignIn(match->staffId, pin, match->pinHash, true, true); !recorded) {
        return recorded.error();
    }
    if (auto desk = deskStatus(); desk && desk->failedAttempts > 0) {
        WriteTransaction transaction(m_database.connection());
        if (transaction.begin() && PinIndex(m_database.connection()).recordDesk(0, {})) {
            (void)transaction.commit(); // a count left behind only makes the next wrong PIN wait sooner
        }
    }
    return member.value();
}

Result<void> SignInService::recordSignIn(qint64 staffId, const QString& secret, const QString& storedHash, bool isPin,
                                         bool hasDigest)
{
    QString rehash;
    if (StaffCredentials::needsRehash(storedHash, m_limits)) {
        if (auto hashed = StaffCredentials::hash(secret, m_limits)) {
            rehash = hashed.value();
        }
    }
    // A PIN from before schema 6 gets its digest now (unless a colleague's PIN is the same: that person
    // keeps signing in by name until one of them chooses another PIN).
    QString fillDigest;
    if (isPin && !hasDigest) {
        if (auto digest = PinIndex(m_database.connection()).digest(secret)) {
            fillDigest = digest.value();
        }
    }
    return recordAttempt(staffId, QStringLiteral("account.signin"), staffId, 0, rehash, isPin, fillDigest);
}

Result<StaffMember> SignInService::signInWithPin(const QString& pin)
{
    auto verified = verifyPin(pin);
    if (!verified) {
        return verified;
    }
    auto account = status(verified->id);
    m_session.signIn(verified.value(), account ? account->customRole : QString());
    return verified;
}

} // namespace Kindred
