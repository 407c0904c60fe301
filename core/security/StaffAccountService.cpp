// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/StaffAccountService.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "centre/AccountManagers.h"
#include "centre/CentreService.h"
#include "centre/PermissionMatrix.h"
#include "centre/RoleGrant.h"
#include "centre/Session.h"
#include "security/FirstStart.h"
#include "security/SignInFailures.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto AccountHoldersSql = QStringLiteral(R"(
    SELECT c.staff_id FROM staff_credentials c JOIN staff s ON s.id = c.staff_id
    WHERE s.archived_at IS NULL ORDER BY lower(s.first_name), lower(s.last_name), s.first_name,
             s.last_name, s.id)");
const auto SetRoleSql = QStringLiteral(R"(
    UPDATE staff_credentials SET custom_role = :role, updated_at = :now WHERE staff_id = :id)");
} // namespace

StaffAccountService::StaffAccountService(Database& database, Session& session, QObject* parent,
                                         const HashLimits& limits)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_limits(limits)
    , m_signIn(database, session, nullptr, limits)
    , m_siteRoles(database, session)
{
    connect(&m_signIn, &SignInService::accountsChanged, this, &StaffAccountService::accountsChanged);
    connect(&m_siteRoles, &SiteRoleService::siteRolesChanged, this, &StaffAccountService::accountsChanged);
}

Result<bool> StaffAccountService::hasAccounts() const
{
    return AccountReader::hasAccounts(m_database.connection());
}

Result<QList<StaffMember>> StaffAccountService::accountHolders() const
{
    QList<qint64> ids;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
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

Result<AccountStatus> StaffAccountService::status(qint64 staffId) const
{
    return AccountReader::status(m_database.connection(), staffId);
}
Result<StaffMember> StaffAccountService::createFirstAdministrator(StaffMember member, const QString& password,
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

Result<void> StaffAccountService::requireOwnOrManage(qint64 staffId) const
{
    if (m_session.isSignedIn() && m_session.actorId() == staffId) {
        return {};
    }
    return m_session.require(Permission::ManageAccounts);
}

Result<void> StaffAccountService::setPin(qint64 staffId, const QString& pin)
{
    if (auto allowed = requireOwnOrManage(staffId); !allowed) {
        return allowed;
    }
    if (auto valid = StaffCredentials::validatePin(pin, m_signIn.minimumPinLength()); !valid) {
        return valid;
    }
    return m_signIn.storeSecret(staffId, pin, true, QStringLiteral("account.pin"));
}

Result<void> StaffAccountService::setPassword(qint64 staffId, const QString& password)
{
    if (auto allowed = requireOwnOrManage(staffId); !allowed) {
        return allowed;
    }
    if (auto valid = StaffCredentials::validatePassword(password); !valid) {
        return valid;
    }
    return m_signIn.storeSecret(staffId, password, false, QStringLiteral("account.password"));
}

Result<void> StaffAccountService::setCustomRole(qint64 staffId, const QString& roleKey)
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
    if (auto allowed = RoleGrant::requireMayChangeRoleOf(m_session, staffId, QStringLiteral("role")); !allowed) {
        return allowed;
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
    StoreQuery query(db);
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

Result<QList<SiteRole>> StaffAccountService::siteRoles(qint64 staffId) const
{
    return m_siteRoles.siteRoles(staffId);
}

Result<bool> StaffAccountService::hasSiteRoles(qint64 staffId) const
{
    return m_siteRoles.hasSiteRoles(staffId);
}

Result<void> StaffAccountService::setSiteRoles(qint64 staffId, const QList<SiteRole>& roles)
{
    return m_siteRoles.setSiteRoles(staffId, roles);
}

Result<void> StaffAccountService::unlock(qint64 staffId)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    return m_signIn.recordAttempt(staffId, QStringLiteral("account.unlock"), m_session.actorId(), 0, {}, false, {},
                                  false);
}

Result<void> StaffAccountService::unlockDesk()
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        return allowed;
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    auto cleared = SignInFailures(db).clear(m_signIn.station(), Clock::currentDateTimeUtc());
    if (!cleared) {
        return cleared.error();
    }
    if (cleared.value() == 0) {
        return {}; // nothing to clear, nothing to record
    }
    const QJsonObject details {{QStringLiteral("failedAttempts"), cleared.value()},
                               {QStringLiteral("station"), m_signIn.station()}};
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

} // namespace Kindred
