// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Kindred {

class CentreService;
class RoleService;
class RolesPanel;
class SecretDialog;
class SiteRolesPanel;
class Session;
class StaffAccountService;

// Staff accounts and the permission matrix, for those with ManageAccounts: each staff member's
// account (PIN or password set, the role it acts with, locked after wrong tries) with the actions
// to set a PIN or password, give a role (at a centre of several sites, one per site) and unlock; and, on a second tab,
// what each role may do. Every change goes through StaffAccountService or RoleService, which check and audit it. Others
// see a sentence saying who to ask instead.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(Session& session, CentreService& centre, StaffAccountService& accounts, RoleService& roles,
                 QWidget* parent = nullptr);

    void refresh();
    void selectStaff(qint64 staffId);
    // The dialogs open window-modal without blocking and are returned for tests to fill in.
    SecretDialog* setPin();
    SecretDialog* setPassword();
    void giveRole();
    void unlock();
    void unlockDesk();

private:
    void updateAccess();
    void updateActions();
    const StaffMember* current() const;
    SecretDialog* openSecretDialog(bool pin);
    void showStatus(const QString& text, bool good);

    Session& m_session;
    CentreService& m_centre;
    StaffAccountService& m_accounts;
    QList<StaffMember> m_staff;
    QStackedWidget* m_stack;
    QLabel* m_refusedLabel;
    QTableWidget* m_accountsTableWidget;
    QPushButton* m_pinButton;
    QPushButton* m_passwordButton;
    QComboBox* m_roleComboBox;
    QPushButton* m_roleButton;
    QPushButton* m_unlockButton;
    QLabel* m_deskLabel; // wrong PINs that matched no one, for the whole desk
    QPushButton* m_deskButton;
    QLabel* m_statusLabel;
    RolesPanel* m_rolesPanel;
    SiteRolesPanel* m_siteRolesPanel; // the selected account's roles per site, at a centre of several
};

} // namespace Kindred
