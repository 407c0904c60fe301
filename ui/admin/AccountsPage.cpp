// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/AccountsPage.h"

#include "admin/RolesPanel.h"
#include "admin/SiteRolesPanel.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/RoleService.h"
#include "centre/Session.h"
#include "security/StaffAccountService.h"
#include "widgets/EmptyListNote.h"
#include "widgets/Palette.h"
#include "widgets/SecretDialog.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

enum Column { NameColumn, StaffRoleColumn, AccountRoleColumn, PinColumn, PasswordColumn, LockedColumn, ColumnCount };

} // namespace

AccountsPage::AccountsPage(Session& session, CentreService& centre, StaffAccountService& accounts, RoleService& roles,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_centre(centre)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_refusedLabel(new QLabel(this))
    , m_accountsTableWidget(new QTableWidget(0, ColumnCount, this))
    , m_pinButton(new QPushButton(tr("Set &PIN…"), this))
    , m_passwordButton(new QPushButton(tr("Set pass&word…"), this))
    , m_roleComboBox(new QComboBox(this))
    , m_roleButton(new QPushButton(tr("&Give role"), this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_deskLabel(new QLabel(this))
    , m_deskButton(new QPushButton(tr("Clear the desk's &lock-out"), this))
    , m_statusLabel(new QLabel(this))
    , m_rolesPanel(new RolesPanel(session, roles, this))
    , m_siteRolesPanel(new SiteRolesPanel(session, accounts, this))
{
    setObjectName(QStringLiteral("accountsPage"));
    m_refusedLabel->setObjectName(QStringLiteral("accountsRefusedLabel"));
    m_refusedLabel->setTextFormat(Qt::PlainText);
    m_accountsTableWidget->setObjectName(QStringLiteral("accountsTableWidget"));
    m_accountsTableWidget->setAccessibleName(tr("Accounts"));
    new EmptyListNote(
        m_accountsTableWidget,
        tr("No staff accounts to show. Add the staff on the Staff page first; their sign-in is set here."));
    m_pinButton->setObjectName(QStringLiteral("setPinButton"));
    m_passwordButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_roleComboBox->setObjectName(QStringLiteral("accountRoleComboBox"));
    m_roleButton->setObjectName(QStringLiteral("giveRoleButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockAccountButton"));
    m_deskLabel->setObjectName(QStringLiteral("deskPinLabel"));
    m_deskLabel->setTextFormat(Qt::PlainText);
    m_deskButton->setObjectName(QStringLiteral("unlockDeskButton"));
    m_statusLabel->setObjectName(QStringLiteral("accountsStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setAlignment(Qt::AlignCenter);
    m_accountsTableWidget->setHorizontalHeaderLabels(
        {tr("Staff member"), tr("Staff role"), tr("Acts as"), tr("PIN"), tr("Password"), tr("Locked out")});
    m_accountsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountsTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountsTableWidget->verticalHeader()->hide();
    m_accountsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accountsTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_roleComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_roleComboBox->setToolTip(tr("The role this account acts with: the staff member's own, or another role"));
    m_statusLabel->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_pinButton);
    actions->addWidget(m_passwordButton);
    actions->addSpacing(12);
    auto* roleLabel = new QLabel(tr("Acts &as:"), this);
    roleLabel->setBuddy(m_roleComboBox);
    actions->addWidget(roleLabel);
    actions->addWidget(m_roleComboBox);
    actions->addWidget(m_roleButton);
    actions->addSpacing(12);
    actions->addWidget(m_unlockButton);
    actions->addStretch();

    auto* accountsTab = new QWidget(this);
    auto* accountsLayout = new QVBoxLayout(accountsTab);
    accountsLayout->addWidget(m_accountsTableWidget);
    accountsLayout->addLayout(actions);
    accountsLayout->addWidget(m_siteRolesPanel);
    auto* desk = new QHBoxLayout;
    desk->addWidget(m_deskLabel, 1);
    desk->addWidget(m_deskButton);
    accountsLayout->addLayout(desk);
    accountsLayout->addWidget(m_statusLabel);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("accountsTabWidget"));
    tabs->addTab(accountsTab, tr("Staff a&ccounts"));
    tabs->addTab(m_rolesPanel, tr("&Roles and permissions"));
    m_stack->addWidget(tabs);
    m_stack->addWidget(m_refusedLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_pinButton, &QPushButton::clicked, this, &AccountsPage::setPin);
    connect(m_passwordButton, &QPushButton::clicked, this, &AccountsPage::setPassword);
    connect(m_roleButton, &QPushButton::clicked, this, &AccountsPage::giveRole);
    connect(m_unlockButton, &QPushButton::clicked, this, &AccountsPage::unlock);
    connect(m_deskButton, &QPushButton::clicked, this, &AccountsPage::unlockDesk);
    connect(m_accountsTableWidget, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateActions);
    connect(&m_session, &Session::actorChanged, this, &AccountsPage::updateAccess);
    connect(&m_session, &Session::permissionsChanged, this, &AccountsPage::refresh);
    connect(&m_accounts, &StaffAccountService::accountsChanged, this, &AccountsPage::refresh);
    connect(&m_centre, &CentreService::staffChanged, this, &AccountsPage::refresh);
    updateAccess();
}

void AccountsPage::updateAccess()
{
    if (auto allowed = m_session.require(Permission::ManageAccounts); !allowed) {
        m_refusedLabel->setText(allowed.errorString());
        m_stack->setCurrentWidget(m_refusedLabel);
        m_accountsTableWidget->setRowCount(0);
        m_staff.clear();
        updateActions();
        return;
    }
    m_stack->setCurrentIndex(0);
    refresh();
}

void AccountsPage::refresh()
{
    if (!m_session.can(Permission::ManageAccounts)) {
        return;
    }
    const qint64 selected = current() ? current()->id : 0;
    const auto staff = m_centre.staff();
    const QSignalBlocker blocker(m_accountsTableWidget);
    m_accountsTableWidget->clearSpans();
    if (!staff) {
        // In place of the accounts: an empty table would say there are none.
        m_staff.clear();
        m_accountsTableWidget->setRowCount(1);
        auto* item = new QTableWidgetItem(staff.errorString());
        item->setForeground(Palette::color(Palette::Alert));
        m_accountsTableWidget->setItem(0, 0, item);
        m_accountsTableWidget->setSpan(0, 0, 1, m_accountsTableWidget->columnCount());
        return;
    }
    m_staff = staff.value();
    m_accountsTableWidget->setRowCount(int(m_staff.size()));
    const QLocale locale;
    const QString yes = tr("Yes");
    const QString no = tr("—");
    for (int row = 0; row < m_staff.size(); ++row) {
        const StaffMember& member = m_staff.at(row);
        const auto status = m_accounts.status(member.id);
        const AccountStatus account = status.ok() ? status.value() : AccountStatus {};
        const bool locked = account.lockedUntil.isValid() && account.lockedUntil > Clock::currentDateTimeUtc();
        const auto perSite = m_accounts.hasSiteRoles(member.id);
        const QStringList cells {
            member.fullName(),
            staffRoleName(member.role),
            perSite.ok() && perSite.value()    ? tr("a role per site")
                : account.customRole.isEmpty() ? tr("own role")
                                               : m_session.permissions().roleName(account.customRole),
            account.hasPin ? yes : no,
            account.hasPassword ? yes : no,
            locked ? tr("until %1")
                         .arg(locale.toString(account.lockedUntil.toTimeZone(Clock::timeZone()), QLocale::ShortFormat))
                : account.failedAttempts > 0 ? tr("no: %n wrong tr(ies)", nullptr, account.failedAttempts)
                                             : QString(),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, member.id);
            if (column == LockedColumn && locked) {
                item->setForeground(Palette::color(Palette::Alert));
            }
            m_accountsTableWidget->setItem(row, column, item);
        }
    }
    selectStaff(selected);
    updateActions();

    const auto desk = m_accounts.deskStatus();
    const bool deskLocked = desk.ok() && desk->lockedUntil.isValid() && desk->lockedUntil > Clock::currentDateTimeUtc();
    m_deskLabel->setText(
        !desk.ok() ? desk.errorString()
            : deskLocked
            ? tr("PINs at this desk: %1 wrong in the last 15 minutes; no PIN is taken until %2.")
                  .arg(desk->failedAttempts)
                  .arg(locale.toString(desk->lockedUntil.toTimeZone(Clock::timeZone()), QLocale::ShortFormat))
            : desk->failedAttempts > 0
            ? tr("PINs at this desk: %1 wrong in the last 15 minutes.").arg(desk->failedAttempts)
            : tr("PINs at this desk: no wrong tries."));
    m_deskButton->setEnabled(desk.ok() && (desk->failedAttempts > 0 || desk->lockedUntil.isValid()));
}

void AccountsPage::selectStaff(qint64 staffId)
{
    for (int row = 0; row < m_staff.size(); ++row) {
        if (m_staff.at(row).id == staffId) {
            m_accountsTableWidget->selectRow(row);
            return;
        }
    }
}

const StaffMember* AccountsPage::current() const
{
    const int row = m_accountsTableWidget->currentRow();
    const auto selected = m_accountsTableWidget->selectionModel()->selectedRows();
    if (selected.isEmpty() || row < 0 || row >= m_staff.size()) {
        return nullptr;
    }
    return &m_staff.at(row);
}

void AccountsPage::updateActions()
{
    const StaffMember* member = current();
    const auto status = member ? m_accounts.status(member->id) : Result<AccountStatus>(Error {});
    const bool hasAccount = status.ok() && (status->hasPin || status->hasPassword);
    m_pinButton->setEnabled(member != nullptr);
    m_passwordButton->setEnabled(member != nullptr);
    m_roleComboBox->setEnabled(hasAccount);
    m_roleButton->setEnabled(hasAccount);
    m_unlockButton->setEnabled(status.ok() && (status->failedAttempts > 0 || status->lockedUntil.isValid()));
    const QSignalBlocker blocker(m_roleComboBox);
    m_roleComboBox->clear();
    m_roleComboBox->addItem(member ? tr("Own role (%1)").arg(staffRoleName(member->role)) : tr("Own role"), QString());
    for (const RoleDefinition& role : m_session.permissions().roles()) {
        m_roleComboBox->addItem(role.name, role.key);
    }
    if (status.ok()) {
        m_roleComboBox->setCurrentIndex(qMax(0, m_roleComboBox->findData(status->customRole)));
    }
    m_siteRolesPanel->setStaff(hasAccount ? member->id : 0, hasAccount ? member->fullName() : QString());
}

SecretDialog* AccountsPage::setPin()
{
    return openSecretDialog(true);
}

SecretDialog* AccountsPage::setPassword()
{
    return openSecretDialog(false);
}

SecretDialog* AccountsPage::openSecretDialog(bool pin)
{
    const StaffMember* member = current();
    if (!member) {
        showStatus(tr("Choose a staff member in the list first."), false);
        return nullptr;
    }
    const qint64 staffId = member->id;
    const QString name = member->fullName();
    auto save = [this, staffId, pin](const QString& secret) {
        return pin ? m_accounts.setPin(staffId, secret) : m_accounts.setPassword(staffId, secret);
    };
    auto* dialog = new SecretDialog(pin ? SecretDialog::Kind::Pin : SecretDialog::Kind::Password, name, save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name, pin] {
        showStatus(pin ? tr("%1's PIN was saved.").arg(isolated(name))
                       : tr("%1's password was saved.").arg(isolated(name)),
                   true);
    });
    connect(dialog, &QDialog::finished, m_accountsTableWidget, qOverload<>(&QWidget::setFocus));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void AccountsPage::giveRole()
{
    const StaffMember* member = current();
    if (!member) {
        showStatus(tr("Choose a staff member in the list first."), false);
        return;
    }
    const QString name = member->fullName();
    const QString role = m_roleComboBox->currentData().toString();
    if (auto given = m_accounts.setCustomRole(member->id, role); !given) {
        showStatus(given.errorString(), false);
        return;
    }
    showStatus(tr("%1 now acts as %2.").arg(isolated(name), m_roleComboBox->currentText()), true);
    refresh();
}

void AccountsPage::unlock()
{
    const StaffMember* member = current();
    if (!member) {
        showStatus(tr("Choose a staff member in the list first."), false);
        return;
    }
    const QString name = member->fullName();
    if (auto unlocked = m_accounts.unlock(member->id); !unlocked) {
        showStatus(unlocked.errorString(), false);
        return;
    }
    showStatus(tr("%1 may try again now.").arg(isolated(name)), true);
    refresh();
}

void AccountsPage::unlockDesk()
{
    if (auto unlocked = m_accounts.unlockDesk(); !unlocked) {
        showStatus(unlocked.errorString(), false);
        return;
    }
    showStatus(tr("PINs may be typed at the desk again."), true);
    refresh();
}

void AccountsPage::showStatus(const QString& text, bool good)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(good ? QString() : Palette::boldTextStyle(Palette::Alert));
}

} // namespace Kindred
