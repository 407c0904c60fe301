// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/RolesPanel.h"

#include "base/BidiText.h"
#include "centre/RoleService.h"
#include "centre/Session.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

RolesPanel::RolesPanel(Session& session, RoleService& roles, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_roles(roles)
    , m_matrixTableWidget(new QTableWidget(this))
    , m_saveButton(new QPushButton(tr("&Save permissions"), this))
    , m_newRoleLineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("A&dd role"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("rolesPanel"));
    m_matrixTableWidget->setObjectName(QStringLiteral("permissionMatrixTableWidget"));
    m_matrixTableWidget->setAccessibleName(tr("Permissions of each role"));
    m_saveButton->setObjectName(QStringLiteral("saveRolesButton"));
    m_newRoleLineEdit->setObjectName(QStringLiteral("newRoleLineEdit"));
    m_addButton->setObjectName(QStringLiteral("addRoleButton"));
    m_statusLabel->setObjectName(QStringLiteral("rolesStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);

    m_matrixTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers); // Space ticks the current cell
    m_matrixTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_newRoleLineEdit->setPlaceholderText(tr("Name of a new role, such as Cook"));
    m_newRoleLineEdit->setClearButtonEnabled(true);
    m_statusLabel->setWordWrap(true);

    auto* hint = new QLabel(tr("Tick what each role may do (Space ticks the chosen box), then save. Changes apply "
                               "at once to everyone signed in with that role, and are kept in the audit trail."),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addSpacing(24);
    auto* newLabel = new QLabel(tr("&New role:"), this);
    newLabel->setBuddy(m_newRoleLineEdit);
    buttons->addWidget(newLabel);
    buttons->addWidget(m_newRoleLineEdit, 1);
    buttons->addWidget(m_addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_matrixTableWidget, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    connect(m_saveButton, &QPushButton::clicked, this, &RolesPanel::save);
    connect(m_addButton, &QPushButton::clicked, this, &RolesPanel::addRole);
    connect(m_newRoleLineEdit, &QLineEdit::returnPressed, this, &RolesPanel::addRole);
    connect(&m_session, &Session::permissionsChanged, this, &RolesPanel::refresh);
    refresh();
}

int RolesPanel::rowOf(Permission permission)
{
    return int(allPermissions().indexOf(permission));
}

int RolesPanel::columnOf(const QString& roleKey) const
{
    for (int column = 0; column < m_shown.size(); ++column) {
        if (m_shown.at(column).key == roleKey) {
            return column;
        }
    }
    return -1;
}

void RolesPanel::refresh()
{
    if (m_saving) {
        return;
    }
    m_shown = m_session.permissions().roles();
    const QList<Permission> permissions = allPermissions();
    m_matrixTableWidget->clear();
    m_matrixTableWidget->setRowCount(int(permissions.size()));
    m_matrixTableWidget->setColumnCount(int(m_shown.size()));
    QStringList roleNames;
    for (const RoleDefinition& role : m_shown) {
        roleNames << (role.builtIn ? role.name : tr("%1 (own)").arg(isolated(role.name)));
    }
    m_matrixTableWidget->setHorizontalHeaderLabels(roleNames);
    QStringList actions;
    for (Permission p : permissions) {
        QString action = permissionAction(p);
        if (!action.isEmpty()) {
            action[0] = action.at(0).toUpper();
        }
        actions << action;
    }
    m_matrixTableWidget->setVerticalHeaderLabels(actions);
    for (int row = 0; row < permissions.size(); ++row) {
        for (int column = 0; column < m_shown.size(); ++column) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(m_shown.at(column).allows(permissions.at(row)) ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(tr("%1 may %2").arg(roleNames.at(column), permissionAction(permissions.at(row))));
            m_matrixTableWidget->setItem(row, column, item);
        }
    }
}

QList<RoleDefinition> RolesPanel::editedRoles() const
{
    QList<RoleDefinition> changed;
    const QList<Permission> permissions = allPermissions();
    for (int column = 0; column < m_shown.size(); ++column) {
        RoleDefinition role = m_shown.at(column);
        QList<Permission> ticked;
        for (int row = 0; row < permissions.size(); ++row) {
            if (m_matrixTableWidget->item(row, column)->checkState() == Qt::Checked) {
                ticked << permissions.at(row);
            }
        }
        QList<Permission> before = role.permissions;
        std::sort(before.begin(), before.end());
        std::sort(ticked.begin(), ticked.end());
        if (ticked != before) {
            role.permissions = ticked;
            changed << role;
        }
    }
    return changed;
}

void RolesPanel::save()
{
    const QList<RoleDefinition> changed = editedRoles();
    if (changed.isEmpty()) {
        showStatus(tr("No permission was changed."), true);
        return;
    }
    m_saving = true; // each save reloads the matrix; the other columns' ticks must survive until saved
    QStringList saved;
    for (const RoleDefinition& role : changed) {
        if (auto done = m_roles.saveRole(role); !done) {
            m_saving = false;
            showStatus(saved.isEmpty() ? done.errorString()
                                       : tr("%1 saved. %2").arg(saved.join(QStringLiteral(", ")), done.errorString()),
                       false);
            return;
        }
        saved << role.name;
    }
    m_saving = false;
    refresh();
    showStatus(tr("Saved what %1 may do.").arg(saved.join(QStringLiteral(", "))), true);
}

QString RolesPanel::keyForName(const QString& name)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9_-]+"));
    QString key = name.trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("-"));
    key.remove(notAllowed);
    return key.left(40);
}

void RolesPanel::addRole()
{
    const QString name = m_newRoleLineEdit->text().trimmed();
    RoleDefinition role {keyForName(name), name, false, {}};
    if (m_session.permissions().role(role.key)) {
        showStatus(tr("Nothing was changed: there is already a role called %1.")
                       .arg(m_session.permissions().roleName(role.key)),
                   false);
        m_newRoleLineEdit->setFocus();
        return;
    }
    if (auto added = m_roles.saveRole(role); !added) {
        showStatus(added.errorString(), false);
        m_newRoleLineEdit->setFocus();
        return;
    }
    m_newRoleLineEdit->clear();
    refresh();
    const int column = columnOf(role.key);
    m_matrixTableWidget->setCurrentCell(0, column);
    m_matrixTableWidget->setFocus();
    showStatus(tr("%1 was added and may do nothing yet: tick what it may do, then save.").arg(isolated(name)), true);
}

void RolesPanel::showStatus(const QString& text, bool good)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(good ? QString() : Palette::boldTextStyle(Palette::Alert));
}

} // namespace Kindred
