// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DeskToolBar.h"

#include "Services.h"
#include "admin/LabelSettingsDialog.h"
#include "desk/DeskActionBar.h"
#include "desk/DeskContext.h"
#include "desk/DropInDialog.h"
#include "desk/GroupAttendanceDialog.h"
#include "desk/LabelPrinting.h"
#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/PermissionGate.h"

#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace Kindred {

DeskToolBar::DeskToolBar(DeskContext& desk, Services& services, DeskActionBar& bar, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_services(services)
{
    setObjectName(QStringLiteral("deskToolBar"));
    // The keys work anywhere on the front desk, like F2…F8.
    // Buttons and keys the acting user may not use are hidden and do not fire.
    Session& session = services.session();
    const auto add
        = [this, &bar, &session](DeskActionBar::Group group, Icons::Name icon, const QString& text, const QString& name,
                                 std::optional<KeyMap::Action> action, auto slot, const QList<Permission>& allOf) {
              QPushButton* button = bar.addButton(group, icon, text, name, action);
              connect(button, &QPushButton::clicked, this, slot);
              PermissionGate::bindAll(session, button, allOf);
              if (action) {
                  auto* shortcut = new QShortcut(KeyMap::sequence(*action), &m_desk.deskWidget());
                  shortcut->setContext(Qt::WidgetWithChildrenShortcut);
                  connect(shortcut, &QShortcut::activated, this, slot);
                  PermissionGate::bindAll(session, shortcut, allOf);
              }
          };
    add(DeskActionBar::Arrive, Icons::DropIn, tr("Drop-in child…"), QStringLiteral("dropInButton"), KeyMap::DropIn,
        &DeskToolBar::registerDropIn, {Permission::EditFamilies, Permission::CheckInOut});
    add(DeskActionBar::Leave, Icons::GroupAttendance, tr("Group…"), QStringLiteral("groupAttendanceButton"),
        KeyMap::GroupAttendance, &DeskToolBar::groupAttendance, {Permission::CheckInOut});
    add(DeskActionBar::Labels, Icons::ReprintLabel, tr("Reprint lost label"), QStringLiteral("reprintLabelButton"),
        KeyMap::ReprintLabel, &DeskToolBar::reprintLostLabel, {Permission::CheckInOut});
    add(DeskActionBar::Labels, Icons::SaveLabelsPdf, tr("Save as PDF…"), QStringLiteral("saveLabelsPdfButton"),
        KeyMap::SaveLabelsPdf, &DeskToolBar::saveLabelsPdf, {Permission::CheckInOut});
    add(DeskActionBar::Labels, Icons::LabelSettings, tr("Settings…"), QStringLiteral("labelSettingsButton"),
        std::nullopt, &DeskToolBar::labelSettings, {Permission::ManageSettings});
}

void DeskToolBar::backToSearch()
{
    // After a dialog has handed the keyboard back to the window.
    QTimer::singleShot(0, &m_desk.deskWidget(), [this] {
        m_desk.deskWidget().window()->activateWindow();
        m_desk.focusSearch();
    });
}

DropInDialog* DeskToolBar::registerDropIn()
{
    auto* dialog = new DropInDialog(m_services.families(), m_services.centre(), m_services.attendance(),
                                    m_desk.deskStaffId(), &m_desk.deskWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            m_desk.openFamily(dialog->familyId());
            m_desk.showStatus(dialog->summary(), true);
        }
        backToSearch();
    });
    dialog->open();
    return dialog;
}

GroupAttendanceDialog* DeskToolBar::groupAttendance()
{
    auto* dialog = new GroupAttendanceDialog(m_services.database(), m_services.centre(), m_services.attendance(),
                                             m_services.session(), &m_desk.deskWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { backToSearch(); });
    dialog->open();
    return dialog;
}

void DeskToolBar::reprintLostLabel()
{
    const QList<AttendanceRecord> records = m_desk.selectedPresentRecords();
    if (records.isEmpty()) {
        m_desk.showStatus(tr("Tick a child who is here to reprint the label with the same code."), false);
    } else {
        LabelPrinting::print(&m_desk.deskWidget(), m_services.database(), m_desk.family(), records, {});
    }
    m_desk.focusSearch();
}

void DeskToolBar::saveLabelsPdf()
{
    const QList<AttendanceRecord> records = m_desk.labelRecords();
    if (records.isEmpty()) {
        m_desk.showStatus(tr("Check a child in, or tick a child who is here, to save labels."), false);
    } else {
        LabelPrinting::savePdf(&m_desk.deskWidget(), m_services.database(), m_desk.family(), records,
                               m_desk.lastAdultName());
    }
    m_desk.focusSearch();
}

void DeskToolBar::labelSettings()
{
    auto* dialog = new LabelSettingsDialog(m_services.database(), m_services.settings(), &m_desk.deskWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { backToSearch(); });
    dialog->open();
}

} // namespace Kindred
