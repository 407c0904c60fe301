// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DeskActionBar.h"

#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>

namespace Kindred {

DeskActionBar::DeskActionBar(QWidget& keyScope, Session& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deskActionBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    using Signal = void (DeskActionBar::*)();
    const auto key = [this, &keyScope, &session](KeyMap::Action action, Signal signal, const QList<Permission>& needs) {
        auto* shortcut = new QShortcut(KeyMap::sequence(action), &keyScope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, signal);
        PermissionGate::bind(session, shortcut, needs);
    };
    const auto add
        = [&](Icons::Name icon, const QString& text, const QString& name, KeyMap::Action action, Signal signal) {
              auto* button = new QPushButton(Icons::icon(icon), KeyMap::withKey(text, action), this);
              button->setObjectName(name);
              button->setFocusPolicy(Qt::NoFocus);
              layout->addWidget(button);
              connect(button, &QPushButton::clicked, this, signal);
              PermissionGate::bind(session, button, {Permission::CheckInOut});
              key(action, signal, {Permission::CheckInOut});
          };
    add(Icons::CheckIn, tr("Check in"), QStringLiteral("checkInButton"), KeyMap::CheckIn,
        &DeskActionBar::checkInRequested);
    add(Icons::CheckInAll, tr("All siblings"), QStringLiteral("checkInAllButton"), KeyMap::CheckInAll,
        &DeskActionBar::checkInAllRequested);
    add(Icons::CheckOut, tr("Check out…"), QStringLiteral("checkOutButton"), KeyMap::CheckOut,
        &DeskActionBar::checkOutRequested);
    add(Icons::Absent, tr("Absent…"), QStringLiteral("absentButton"), KeyMap::Absent, &DeskActionBar::absentRequested);
    add(Icons::PrintLabels, tr("Print labels…"), QStringLiteral("printLabelsButton"), KeyMap::PrintLabels,
        &DeskActionBar::printLabelsRequested);
    layout->addStretch(1);
    key(KeyMap::CheckInAllAlternative, &DeskActionBar::checkInAllRequested, {Permission::CheckInOut});
    // Whoever may look a family up may reach its emergency contacts.
    key(KeyMap::EmergencyContacts, &DeskActionBar::emergencyContactsRequested, {Permission::ViewFamilies});
}

} // namespace Kindred
