// SPDX-License-Identifier: GPL-3.0-or-later
// One PIN says who is at the desk (found through PinIndex, proven by the Argon2id hash), and PINs
// that match no one slow the whole desk down.
#include "security/SignInService.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/DemoCentreFlag.h"
#include "centre/PermissionMatrix.h"
#include "centre/Session.h"
#include "centre/SiteRoles.h"
#include "security/PinIndex.h"
#include "security/SignInFailures.h"
#include "security/StaffCredentials.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QSysInfo>

namespace Kindred {
namespace {

const auto SelectAccountSql = QStringLiteral(R"(
    SELECT pin_hash, password_hash, custom_role, failed_attempts, locked_until, pin_digest
    FROM staff_credentials WHERE staff_id = :id)");
// reset_at: set when someone else sets the secret (a reset), kept when the holder changes their own.
const auto UpsertPinSql = QStringLiteral(R"(
    INSERT INTO staff_credentials (staff_id, pin_hash, updated_at, reset_at) VALUES (:id, :hash, :now, :reset)
    ON CONFLICT (staff_id) DO UPDATE SET pin_hash = excluded.pin_hash, updated_at = excluded.updated_at,
        reset_at = coalesce(excluded.reset_at, staff_credentials.reset_at))");
const auto UpsertPasswordSql = QStringLiteral(R"(
    INSERT INTO staff_credentials (staff_id, password_hash, updated_at, reset_at) VALUES (:id, :hash, :now, :reset)
    ON CONFLICT (staff_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at,
        reset_at = coalesce(excluded.reset_at, staff_credentials.reset_at))");
const auto RecordAttemptSql = QStringLiteral(R"(
    UPDATE staff_credentials SET failed_attempts = :failures, locked_until = :until WHERE staff_id = :id)");
const auto RehashPinSql = QStringLiteral(R"(UPDATE staff_credentials SET pin_hash = :hash WHERE staff_id = :id)");
const auto RehashPasswordSql
    = QStringLiteral(R"(UPDATE staff_credentials SET password_hash = :hash WHERE staff_id = :id)");

bool looksLikePin(const QString& secret)
{
    return StaffCredentials::looksLikePin(secret);
}

} // namespace

SignInService::SignInService(Database& database, Session& session, QObject* parent, const HashLimits& limits)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_limits(limits)
    , m_station(QSysInfo::machineHostName())
{
    if (m_station.isEmpty()) {
        m_station = QStringLiteral("localhost");
    }
}

Result<AccountStatus> SignInService::status(qint64 staffId) const
{
    return AccountReader::status(m_database.connection(), staffId);
}

Result<QString> SignInService::actingRole(const StaffMember& member) const
{
    auto account = status(member.id);
    if (!account) {
        return account.error();
    }
    auto acting
        = SiteRoles::at(m_database.connection(), member.id, m_session.siteId(), account->customRole, member.fullName());
    if (!acting) {
        return acting.error();
    }
    if (!acting->worksHere()) {
        return Error {acting->refusal, QStringLiteral("secret")};
    }
    return acting->roleKey;
}

int SignInService::minimumPinLength() const
{
    return isDemoCentre(m_database) ? StaffCredentials::LegacyMinPinLength : StaffCredentials::MinPinLength;
}

int SignInService::delaySecondsAfter(int failures)
{
    if (failures < FreeAttempts) {
        return 0;
    }
    const int doublings = qMin(failures - FreeAttempts, 16);
    return int(qMin<qint64>(qint64(FirstDelaySecs) << doublings, MaxDelaySecs));
}

Result<void> SignInService::storeSecret(qint64 staffId, const QString& secret, bool isPin, const QString& action,
                                        bool signingIn)
{
    if (auto member = CentreService(m_database, m_session).staffMember(staffId); !member || member->archived) {
        return Error {tr("Nothing was changed: that staff member is not on file.")};
    }
    const QSqlDatabase db = m_database.connection();
    QString digest;
    if (isPin) {
        if (auto open = requireDeskOpen(); !open) {
            return open;
        }
        auto computed = PinIndex(db).digest(secret);
        if (!computed) {
            return computed.error();
        }
        digest = computed.value();
        if (auto free = requirePinFree(staffId, secret, digest); !free) {
            return free;
        }
    }
    auto hashed = StaffCredentials::hash(secret, m_limits);
    if (!hashed) {
        return hashed.error();
    }
    // A PIN chosen while signing in is the holder's own change, whoever was signed in at the desk before.
    const qint64 actorId = signingIn ? staffId : m_session.actorId();
    WriteTransaction transaction(db, signingIn ? WriteTransaction::Actor::SigningIn : WriteTransaction::Actor::Checked);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (isPin) {
        // Another station may have taken the PIN since the check above; this one is serialised.
        auto taken = PinIndex(db).isTakenByOther(digest, staffId);
        if (!taken || taken.value()) {
            return taken ? pinInUse() : taken.error();
        }
    }
    StoreQuery query(db);
    query.prepare(isPin ? UpsertPinSql : UpsertPasswordSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    query.bindValue(QStringLiteral(":hash"), hashed.value());
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    query.bindValue(QStringLiteral(":now"), now);
    query.bindValue(QStringLiteral(":reset"), actorId == staffId ? QVariant(QMetaType::fromType<QString>()) : now);
    if (auto done = execQuery(query); !done) {
        return done;
    }
    if (isPin) {
        if (auto assigned = PinIndex(db).assignDigest(staffId, digest); !assigned) {
            return assigned;
        }
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("account"), staffId); !sealed) {
        return sealed;
    }
    AuditEntry entry {actorId,
                      action,
                      QStringLiteral("staff"),
                      staffId,
                      {{QStringLiteral("changed"), isPin ? QStringLiteral("pin") : QStringLiteral("password")}},
                      {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    emit accountsChanged();
    return {};
}

Result<StaffMember> SignInService::verify(qint64 staffId, const QString& secret)
{
    auto member = CentreService(m_database, m_session).staffMember(staffId);
    if (!member || member->archived) {
        return Error {tr("That staff member is not on file.")};
    }
    StoreQuery query(m_database.connection());
    query.prepare(SelectAccountSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next()) {
        return Error {
            tr("%1 has no PIN or password yet; ask an administrator to set one.").arg(isolated(member->fullName()))};
    }
    const QString pinHash = query.value(0).toString();
    const QString passwordHash = query.value(1).toString();
    const int failures = query.value(3).toInt();
    const QDateTime lockedUntil
        = query.value(4).isNull() ? QDateTime() : QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    const bool hasDigest = !query.value(5).isNull();
    query.finish();

    const QDateTime now = Clock::currentDateTimeUtc();
    const bool isPin = looksLikePin(secret);
    // A PIN typed by name waits with the station's PINs too; a password (an administrator coming to vouch
    // for a waiting desk) only with its account.
    if (isPin) {
        if (auto open = requireDeskOpen(); !open) {
            return Error {open.errorString(), QStringLiteral("secret")};
        }
    }
    if (lockedUntil.isValid() && lockedUntil > now) {
        const qint64 wait = qMax<qint64>(1, (now.msecsTo(lockedUntil) + 999) / 1000);
        return Error {tr("Too many wrong tries. Wait %n second(s), then try again.", nullptr, int(wait)),
                      QStringLiteral("secret")};
    }
    const QString& stored = isPin ? pinHash : passwordHash;
    if (!StaffCredentials::verify(stored, secret)) {
        const int failed = failures + 1;
        // Against no user: whoever typed it is not known, and is not the person signed in before.
        if (auto recorded
            = recordAttempt(staffId, QStringLiteral("account.signin_failed"), 0, failed, {}, false, {}, true);
            !recorded) {
            return recorded.error();
        }
        const int delay = qMax(delaySecondsAfter(failed), deskDelaySeconds());
        const QString what = isPin ? tr("That PIN is not right.") : tr("That password is not right.");
        if (delay > 0) {
            return Error {what + QLatin1Char(' ')
                              + tr("Too many wrong tries. Wait %n second(s), then try again.", nullptr, delay),
                          QStringLiteral("secret")};
        }
        return Error {what, QStringLiteral("secret")};
    }
    // A right secret at a site they do not work at signs nobody in, and is no wrong try either.
    const auto here = actingRole(member.value());
    if (!here) {
        return here.error();
    }
    if (isPin) {
        if (auto longEnough = requireLongEnoughPin(member.value(), here.value(), secret); !longEnough) {
            return longEnough.error();
        }
    }
    if (auto recorded = recordSignIn(staffId, secret, stored, isPin, hasDigest); !recorded) {
        return recorded.error();
    }
    return member.value();
}

Result<StaffMember> SignInService::signIn(qint64 staffId, const QString& secret)
{
    auto verified = verify(staffId, secret);
    if (!verified) {
        return verified;
    }
    auto role = actingRole(verified.value());
    if (!role) {
        return role.error();
    }
    m_session.signIn(verified.value(), role.value());
    return verified;
}

Result<void> SignInService::recordAttempt(qint64 staffId, const QString& action, qint64 actorId, int failures,
                                          const QString& rehash, bool rehashPin, const QString& fillDigest,
                                          bool signingIn)
{
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, signingIn ? WriteTransaction::Actor::SigningIn : WriteTransaction::Actor::Checked);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    if (action == QLatin1String("account.signin_failed")) {
        if (auto recorded = recordStationFailure(db, now); !recorded) {
            return recorded.error();
        }
    }
    const int delay = delaySecondsAfter(failures);
    StoreQuery query(db);
    query.prepare(RecordAttemptSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    query.bindValue(QStringLiteral(":failures"), failures);
    query.bindValue(QStringLiteral(":until"),
                    delay > 0 ? QVariant(now.addSecs(delay).toString(Qt::ISODateWithMs))
                              : QVariant(QMetaType::fromType<QString>()));
    if (auto done = execQuery(query); !done) {
        return done;
    }
    if (!rehash.isEmpty()) {
        StoreQuery update(db);
        update.prepare(rehashPin ? RehashPinSql : RehashPasswordSql);
        update.bindValue(QStringLiteral(":id"), staffId);
        update.bindValue(QStringLiteral(":hash"), rehash);
        if (auto done = execQuery(update); !done) {
            return done;
        }
    }
    QJsonObject details {{QStringLiteral("failedAttempts"), failures}};
    if (!fillDigest.isEmpty()) {
        PinIndex index(db);
        auto taken = index.isTakenByOther(fillDigest, staffId);
        if (!taken) {
            return taken.error();
        }
        if (!taken.value()) {
            if (auto assigned = index.assignDigest(staffId, fillDigest); !assigned) {
                return assigned;
            }
        }
        details.insert(QStringLiteral("pinLookup"), taken.value() ? QStringLiteral("shared") : QStringLiteral("added"));
    }
    if (delay > 0) {
        details.insert(QStringLiteral("lockedSeconds"), delay);
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("account"), staffId); !sealed) {
        return sealed;
    }
    AuditEntry entry {actorId, action, QStringLiteral("staff"), staffId, details, {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited;
    }
    return transaction.commit();
}

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
    const QDateTime now = Clock::currentDateTimeUtc();
    auto failures = SignInFailures(m_database.connection()).atStation(m_station, now.addSecs(-FailureWindowSecs));
    if (!failures) {
        return failures.error();
    }
    DeskPinStatus status;
    status.failedAttempts = failures->count;
    if (failures->lockedUntil.isValid() && failures->lockedUntil > now) {
        status.lockedUntil = failures->lockedUntil;
    }
    return status;
}

Result<int> SignInService::recordStationFailure(const QSqlDatabase& db, const QDateTime& now)
{
    // Counted and inserted under the write lock: a failure at another desk at the same moment is a row of
    // its own, and each counts the other.
    SignInFailures failures(db);
    auto counted = failures.atStation(m_station, now.addSecs(-FailureWindowSecs));
    if (!counted) {
        return counted.error();
    }
    const int total = counted->count + 1;
    const int delay = delaySecondsAfter(total);
    if (auto recorded = failures.record(m_station, now, delay > 0 ? now.addSecs(delay) : QDateTime()); !recorded) {
        return recorded.error();
    }
    return total;
}

int SignInService::deskDelaySeconds() const
{
    const auto desk = deskStatus();
    const QDateTime now = Clock::currentDateTimeUtc();
    if (!desk || !desk->lockedUntil.isValid()) {
        return 0;
    }
    return int(qMax<qint64>(1, (now.msecsTo(desk->lockedUntil) + 999) / 1000));
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
    WriteTransaction transaction(db, WriteTransaction::Actor::SigningIn);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    auto counted = recordStationFailure(db, now);
    if (!counted) {
        return counted.error();
    }
    const int delay = delaySecondsAfter(counted.value());
    QJsonObject details {{QStringLiteral("failedAttempts"), counted.value()}, {QStringLiteral("station"), m_station}};
    if (delay > 0) {
        details.insert(QStringLiteral("lockedSeconds"), delay);
    }
    // Against no user: whoever typed it is not known, and is not the person signed in before.
    if (auto audited = AuditLog::append(db, {0, action, QStringLiteral("desk"), 0, details, {}}); !audited) {
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
    if (auto valid = StaffCredentials::validatePin(pin, StaffCredentials::LegacyMinPinLength); !valid) {
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
    auto member = CentreService(m_database, m_session).staffMember(match->staffId);
    if (!member) {
        return member.error();
    }
    const auto here = actingRole(member.value());
    if (!here) {
        return here.error();
    }
    if (auto longEnough = requireLongEnoughPin(member.value(), here.value(), pin); !longEnough) {
        return longEnough.error();
    }
    // A right PIN clears none of the station's failures: they were someone's guesses all the same.
    if (auto recorded = recordSignIn(match->staffId, pin, match->pinHash, true, true); !recorded) {
        return recorded.error();
    }
    return member.value();
}

Result<void> SignInService::requireLongEnoughPin(const StaffMember& member, const QString& roleKey, const QString& pin)
{
    if (pin.size() >= StaffCredentials::MinPinLength || isDemoCentre(m_database)) {
        return {};
    }
    auto matrix = PermissionMatrix::load(m_database.connection());
    if (!matrix) {
        return matrix.error();
    }
    const QString role = roleKey.isEmpty() ? staffRoleKey(member.role) : roleKey;
    if (!matrix->allows(role, Permission::OverridePickup) && !matrix->allows(role, Permission::ManageAccounts)) {
        return {}; // a short PIN keeps working until its holder changes it
    }
    return Error {tr("Your PIN is right, but it is too short for a %1: choose a new PIN of at least %2 digits.")
                      .arg(matrix->roleName(role))
                      .arg(StaffCredentials::MinPinLength),
                  NewPinField};
}

Result<StaffMember> SignInService::signInChangingPin(qint64 staffId, const QString& oldSecret, const QString& newPin)
{
    auto verified = staffId == 0 ? verifyPin(oldSecret) : verify(staffId, oldSecret);
    if (verified) {
        return Error {tr("Your PIN is long enough already: sign in with it.")};
    }
    if (verified.error().field != NewPinField) {
        return verified; // a wrong PIN stays wrong, and was counted
    }
    qint64 holder = staffId;
    if (holder == 0) {
        auto digest = PinIndex(m_database.connection()).digest(oldSecret);
        if (!digest) {
            return digest.error();
        }
        auto match = PinIndex(m_database.connection()).find(digest.value());
        if (!match) {
            return match.error();
        }
        holder = match->staffId;
    }
    if (auto valid = StaffCredentials::validatePin(newPin, StaffCredentials::MinPinLength); !valid) {
        return valid.error();
    }
    if (auto stored = storeSecret(holder, newPin, true, QStringLiteral("account.pin"), true); !stored) {
        return stored.error();
    }
    return staffId == 0 ? signInWithPin(newPin) : signIn(holder, newPin);
}

Result<QList<SignInFailure>> SignInService::failureNotice() const
{
    if (!m_session.isSignedIn() || !m_session.can(Permission::ManageAccounts)) {
        return QList<SignInFailure>();
    }
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = Clock::currentDateTimeUtc();
    auto failures = SignInFailures(db).since(now.addSecs(-NoticeWindowSecs));
    if (!failures) {
        return failures.error();
    }
    if (failures->size() < NoticeFailures) {
        return QList<SignInFailure>();
    }
    auto seen = SignInFailures(db).noticeSeenUntil(m_session.actorId());
    if (!seen) {
        return seen.error();
    }
    if (seen->isValid() && failures->last().at <= seen.value()) {
        return QList<SignInFailure>(); // nothing new since they were last shown
    }
    return failures.value();
}

Result<void> SignInService::acknowledgeFailureNotice()
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto saved = SignInFailures(db).setNoticeSeenUntil(m_session.actorId(), Clock::currentDateTimeUtc()); !saved) {
        return saved;
    }
    return transaction.commit();
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
    return recordAttempt(staffId, QStringLiteral("account.signin"), staffId, 0, rehash, isPin, fillDigest, true);
}

Result<StaffMember> SignInService::signInWithPin(const QString& pin)
{
    auto verified = verifyPin(pin);
    if (!verified) {
        return verified;
    }
    auto role = actingRole(verified.value());
    if (!role) {
        return role.error();
    }
    m_session.signIn(verified.value(), role.value());
    return verified;
}

} // namespace Kindred
