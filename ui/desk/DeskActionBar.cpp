// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DeskActionBar.h"

#include "desk/FrontDeskPage.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>

namespace Kindred {

DeskActionBar::DeskActionBar(FrontDeskPage& desk, Session& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deskActionBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    using Slot = void (FrontDeskPage::*)();
    const auto key = [&desk, &session](const QKeySequence& keys, Slot slot, const QList<Permission>& needs) {
        auto* shortcut = new QShortcut(keys, &desk);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, &desk, slot);
        PermissionGate::bind(session, shortcut, needs);
    };
    const auto add = [&](const QString& text, const QString& name, const QKeySequence& keys, Slot slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, &desk, slot);
        PermissionGate::bind(session, button, {Permission::CheckInOut});
        key(keys, slot, {Permission::CheckInOut});
    };
    add(tr("Check in (F2)"), QStringLiteral("checkInButton"), QKeySequence(Qt::Key_F2),
        &FrontDeskPage::checkInSelected);
    add(tr("All siblings (F3)"), QStringLiteral("checkInAllButton"), QKeySequence(Qt::Key_F3),
        &FrontDeskPage::checkInAll);
    add(tr("Check out… (F4)"), QStringLiteral("checkOutButton"), QKeySequence(Qt::Key_F4),
        &FrontDeskPage::checkOutSelected);
    add(tr("Absent… (F6)"), QStringLiteral("absentButton"), QKeySequence(Qt::Key_F6), &FrontDeskPage::markAbsent);
    add(tr("Print labels… (F8)"), QStringLiteral("printLabelsButton"), QKeySequence(Qt::Key_F8),
        &FrontDeskPage::printLabels);
    layout->addStretch(1);
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &FrontDeskPage::checkInAll, {Permission::CheckInOut});
    // Whoever may look a family up may reach its emergency contacts.
    key(QKeySequence(Qt::CTRL | Qt::Key_E), &FrontDeskPage::showEmergencyContacts, {Permission::ViewFamilies});
}

} // namespace Kindred
