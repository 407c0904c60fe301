// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/PermissionMatrix.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kindred {

class RoleService;
class Session;

// The permission matrix as a table: what each role may do (one row per permission, described as
// "check children in and out") against the roles as columns, ticked and saved through RoleService.
// A centre's own role is added by its name; its short key is made from the name.
class RolesPanel : public QWidget
{
    Q_OBJECT

public:
    RolesPanel(Session& session, RoleService& roles, QWidget* parent = nullptr);

    // Re-reads the matrix from the session (not while a save is under way).
    void refresh();
    // Saves every role whose ticks changed; on a refusal the ticks stay as they are and core's
    // message is shown.
    void save();
    void addRole();
    // The key a new role gets from its name: "Casual educator" → "casual-educator".
    static QString keyForName(const QString& name);
    // Where the tick of `permission` for role `roleKey` is (for tests).
    int columnOf(const QString& roleKey) const;
    static int rowOf(Permission permission);

private:
    QList<RoleDefinition> editedRoles() const;
    void showStatus(const QString& text, bool good);

    Session& m_session;
    RoleService& m_roles;
    QList<RoleDefinition> m_shown;
    bool m_saving = false;
    QTableWidget* m_matrixTableWidget;
    QPushButton* m_saveButton;
    QLineEdit* m_newRoleLineEdit;
    QPushButton* m_addButton;
    QLabel* m_statusLabel;
};

} // namespace Kindred
