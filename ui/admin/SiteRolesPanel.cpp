// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/SiteRolesPanel.h"

#include "base/BidiText.h"
#include "centre/Session.h"
#include "security/StaffAccountService.h"
#include "widgets/AccessibleNames.h"
#include "widgets/Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

SiteRolesPanel::SiteRolesPanel(Session& session, StaffAccountService& accounts, QWidget* parent)
    : QGroupBox(tr("Sites and roles"), parent)
    , m_session(session)
    , m_accounts(accounts)
    , m_grid(new QGridLayout)
    , m_saveButton(new QPushButton(tr("&Save sites and roles"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("siteRolesGroupBox"));
    m_saveButton->setObjectName(QStringLiteral("saveSiteRolesButton"));
    m_statusLabel->setObjectName(QStringLiteral("siteRolesStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    setToolTip(tr("The sites this staff member works at, with the role at each. Ticking every site with their "
                  "own role is the same as no choice: they work everywhere, also at a site added later."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    connect(m_saveButton, &QPushButton::clicked, this, &SiteRolesPanel::save);
    hide();
}

void SiteRolesPanel::clearLines()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
}

void SiteRolesPanel::setStaff(qint64 staffId, const QString& name)
{
    m_staffId = staffId;
    m_name = name;
    clearLines();
    m_statusLabel->clear();
    if (staffId == 0 || !m_session.can(Permission::ManageAccounts)) {
        hide();
        return;
    }
    const auto sites = m_accounts.siteRoles(staffId);
    if (!sites) {
        m_statusLabel->setText(sites.errorString());
        m_statusLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
        m_saveButton->setEnabled(false);
        show();
        return;
    }
    if (sites->size() < 2) {
        hide(); // one site: everyone works there with their own role
        return;
    }
    setTitle(tr("Sites and roles of %1").arg(isolated(name)));
    auto* worksHeader = new QLabel(tr("Works at"), this);
    auto* roleHeader = new QLabel(tr("Role there"), this);
    m_grid->addWidget(worksHeader, 0, 0);
    m_grid->addWidget(roleHeader, 0, 1);
    int row = 1;
    for (const SiteRole& site : sites.value()) {
        Line line;
        line.siteId = site.siteId;
        // A site's name is the centre's to choose: an ampersand in it is text, not a mnemonic.
        QString label = site.siteName;
        line.worksHere = new QCheckBox(label.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        line.worksHere->setObjectName(QStringLiteral("worksHereCheckBox%1").arg(site.siteId));
        line.worksHere->setToolTip(tr("%1 works at %2").arg(isolated(name), isolated(site.siteName)));
        line.worksHere->setChecked(!site.roleKey.isEmpty());
        line.role = new QComboBox(this);
        line.role->setObjectName(QStringLiteral("siteRoleComboBox%1").arg(site.siteId));
        AccessibleNames::nameField(line.role, tr("Role at %1").arg(site.siteName));
        for (const RoleDefinition& role : m_session.permissions().roles()) {
            line.role->addItem(role.name, role.key);
        }
        line.role->setCurrentIndex(qMax(0, line.role->findData(site.roleKey)));
        line.role->setEnabled(line.worksHere->isChecked());
        connect(line.worksHere, &QCheckBox::toggled, line.role, &QWidget::setEnabled);
        m_grid->addWidget(line.worksHere, row, 0);
        m_grid->addWidget(line.role, row, 1);
        ++row;
        m_lines << line;
    }
    // Shown now, not at the next turn of the event loop (a widget added to a shown one waits for it otherwise).
    for (QWidget* child : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (m_grid->indexOf(child) >= 0) {
            child->show();
        }
    }
    m_grid->setColumnStretch(2, 1);
    m_saveButton->setEnabled(true);
    show();
}

void SiteRolesPanel::save()
{
    if (m_staffId == 0) {
        return;
    }
    QList<SiteRole> roles;
    for (const Line& line : std::as_const(m_lines)) {
        if (line.worksHere->isChecked()) {
            roles.append({line.siteId, line.role->currentData().toString()});
        }
    }
    if (roles.isEmpty()) {
        showStatus(tr("Tick at least one site where %1 works.").arg(isolated(m_name)), false);
        return;
    }
    if (auto saved = m_accounts.setSiteRoles(m_staffId, roles); !saved) {
        showStatus(saved.errorString(), false);
        return;
    }
    const QString name = m_name;
    const qint64 staffId = m_staffId;
    setStaff(staffId, name); // as now on file (every site with the own role reads as such)
    showStatus(tr("The sites and roles of %1 were saved.").arg(isolated(name)), true);
}

QCheckBox* SiteRolesPanel::worksHereBox(qint64 siteId) const
{
    for (const Line& line : m_lines) {
        if (line.siteId == siteId) {
            return line.worksHere;
        }
    }
    return nullptr;
}

QComboBox* SiteRolesPanel::roleBox(qint64 siteId) const
{
    for (const Line& line : m_lines) {
        if (line.siteId == siteId) {
            return line.role;
        }
    }
    return nullptr;
}

void SiteRolesPanel::showStatus(const QString& text, bool good)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(good ? QString() : Palette::boldTextStyle(Palette::Alert));
}

} // namespace Kindred
