// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SignInService.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "centre/AccountManagers.h"
#include "centre/CentreService.h"
#include "centre/DemoCentreFlag.h"
#include "centre/PermissionMatrix.h"
#include "centre/Session.h"
#include "security/FirstStart.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>
#include <QSysInfo>

namespace Kindred {
namespace {

const auto AnyAccountSql = QStringLiteral(R"(
    SELECT 1 FROM staff_credentials c JOIN staff s ON s.id = c.staff_id WHERE s.archived_at IS NULL LIMIT 1)");
const auto AccountHoldersSql = QStringLiteral(R"(
    SELECT c.staff_id FROM staff_credentials c JOIN staff s ON s.id = c.staff_id
    WHERE s.archived_at IS NULL ORDER BY s.first_name COLLATE NOCASE, s.last_name COLLATE NOCASE)");
const auto SelectAccountSql = QStringLiteral(R"(
    SELECT pin_hash, password_hash, custom_role, failed_attempts, locked_until, pin_digest
    FROM staff_credentials WHERE staff_id = :id)");
// reset_at: set when someone else sets the secret (a reset), kept when the holder changes their own.
const auto UpsertPinSql = QStringLiteral(R"(
    INSERT INTO staff_credentials (staff_id, pin_hash, updated_at, reset_at) VALUES (:id, :hash, :now, :reset)
    ON CONFLICT (staff_id) DO UPDATE SET pin_hash = excluded.pin_hash, updated_at = excluded.updated_at,
        reset_at = coalesce(excluded.reset_at, reset_at))");
const auto UpsertPasswordSql = QStringLiteral(R"(
    INSERT INTO staff_credentials (staff_id, password_hash, updated_at, reset_at) VALUES (:id, :hash, :now, :reset)
    ON CONFLICT (staff_id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at,
        reset_at = coalesce(excluded.reset_at, reset_at))");
const auto SetRoleSql = QStringLiteral(R"(
    UPDATE staff_credentials SET custom_role = :role, updated_at = :now WHERE staff_id = :id)");
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

Result<bool> SignInService::hasAccounts() const
{
    QSqlQuery query(m_database.connection());
    if (auto run = execRead(query, AnyAccountSql); !run) {
        return run.error();
    }
    const bool found = query.next();
    if (auto complete = readComplete(query); !complete) {
        return complete.error();
    }
    return found;
}

Result<QList<StaffMember>> SignInService::accountHolders() const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto done = execRead(query, AccountHoldersSql); !done) {
        return done.error();
    }
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    query.finish();
    const auto staff = CentreService(m_database, m_session).staff();
    if (!staff) {
        return staff.error();
    }
    QList<StaffMember> holders;
    for (qint64 id : ids) {
        for (const StaffMember& member : staff.value()) {
            if (member.id == id) {
                holders << member;
            }
        }
    }
    return holders;
}

Result<AccountStatus> SignInService::status(qint64 staffId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectAccountSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    AccountStatus status;
    status.staffId = staffId;
    if (!query.next()) {
        return status;
    }
    status.hasPin = !query.value(0).isNull();
    status.hasPassword = !query.value(1).isNull();
    status.customRole = query.value(2).toString();
    status.failedAttempts = query.value(3).toInt();
    if (!query.value(4).isNull()) {
        status.lockedUntil = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    }
    return status;
}

Result<StaffMember> SignInService::createFirstAdministrator(StaffMember member, const QString& password,
                                                            const QString& pin)
{
    // One write transaction that checks, under the write lock, that no account exists: two desks at
    // first start cannot both create one.
    auto created
        = FirstStart::createFirstAdministrator(m_database, &m_session, std::move(member), password, pin, m_limits);
    if (created) {
        emit accountsChanged();
    }
    return created;
}

Result<void> SignInService::requireOwnOrManage(qint64 staffId) const
{
    if (m_session.isSignedIn() && m_session.actorId() == staffId) {
        return {};
    }
    return m_session.require(Permission::ManageAccounts);
}

Result<void> SignInService::setPin(qint64 staffId, const QString& pin)
{
    if (auto allowed = requireOwnOrManage(staffId); !allowed) {
        return allowed;
    }
    if (auto valid = StaffCredentials::validatePin(pin, minimumPinLength()); !valid) {
        return valid;
    }
    return storeSecret(staffId, pin, true, QStringLiteral("account.pin"));
}

Result<void> SignInService::setPassword(qint64 staffId, const QString& password)
{
    if (auto allowed = requireOwnOrManage(staffId); !allowed) {
        return allowed;
    }
    if (auto valid = StaffCredentials::validatePassword(password); !valid) {
        return valid;
    }
    return storeSecret(staffId, password, false, QStringLiteral("account.password"));
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
    QSqlQuery query(db);
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

Result<void> SignInService::setCustomRole(qint64 staffId, const QString& roleKey)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    auto before = status(staffId);
    if (!before) {
        return before.error();
    }
    if (!before->hasPin && !before->hasPassword) {
        return Error {tr("Nothing was changed: give this staff member a PIN or password first.")};
    }
    if (!roleKey.isEmpty() && !m_session.permissions().role(roleKey)) {
        return fieldError(QStringLiteral("role"), tr("Nothing was changed: there is no role called %1.").arg(roleKey));
    }
    // Raising one's own power, or dropping it by mistake, are both someone else's decision.
    if (m_session.isSignedIn() && staffId == m_session.actorId()) {
        return fieldError(QStringLiteral("role"),
                          tr("Nothing was changed: nobody changes their own role. Ask another administrator."));
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    const auto managers = AccountManagers::count(db);
    if (!managers) {
        return managers.error();
    }
    QSqlQuery query(db);
    query.prepare(SetRoleSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    query.bindValue(QStringLiteral(":role"), roleKey.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : roleKey);
    query.bindValue(QStringLiteral(":now"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto done = execQuery(query); !done) {
        return done;
    }
    if (auto kept = AccountManagers::requireOneLeft(db, managers.value(), QStringLiteral("role")); !kept) {
        return kept;
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("account"), staffId); !sealed) {
        return sealed;
    }
    AuditEntry entry {m_session.actorId(),
                      QStringLiteral("account.role"),
                      QStringLiteral("staff"),
                      staffId,
                      {{QStringLiteral("old"), before->customRole}, {QStringLiteral("new"), roleKey}},
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

Result<void> SignInService::unlock(qint64 staffId)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    return recordAttempt(staffId, QStringLiteral("account.unlock"), m_session.actorId(), 0, {}, false, {}, false);
}

Result<StaffMember> SignInService::verify(qint64 staffId, const QString& secret)
{
    auto member = CentreService(m_database, m_session).staffMember(staffId);
    if (!member || member->archived) {
        return Error {tr("That staff member is not on file.")};
    }
    QSqlQuery query(m_database.connection());
    query.prepare(SelectAccountSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    if (!query.next()) {
        return Error {tr("%1 has no PIN or password yet; ask an administrator to set one.").arg(member->fullName())};
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
    if (isPin) {
        if (auto longEnough = requireLongEnoughPin(member.value(), secret); !longEnough) {
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
    auto account = status(staffId);
    m_session.signIn(verified.value(), account ? account->customRole : QString());
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
    QSqlQuery query(db);
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
        QSqlQuery update(db);
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

} // namespace Kindred
