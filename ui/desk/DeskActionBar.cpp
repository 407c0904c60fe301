// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DeskActionBar.h"

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
    const auto key
        = [this, &keyScope, &session](const QKeySequence& keys, Signal signal, const QList<Permission>& needs) {
              auto* shortcut = new QShortcut(keys, &keyScope);
              shortcut->setContext(Qt::WidgetWithChildrenShortcut);
              connect(shortcut, &QShortcut::activated, this, signal);
              PermissionGate::bind(session, shortcut, needs);
          };
    const auto add = [&](const QString& text, const QString& name, const QKeySequence& keys, Signal signal) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, signal);
        PermissionGate::bind(session, button, {Permission::CheckInOut});
        key(keys, signal, {Permission::CheckInOut});
    };
    add(tr("Check in (F2)"), QStringLiteral("checkInButton"), QKeySequence(Qt::Key_F2),
        &DeskActionBar::checkInRequested);
    add(tr("All siblings (F3)"), QStringLiteral("checkInAllButton"), QKeySequence(Qt::Key_F3),
        &DeskActionBar::checkInAllRequested);
    add(tr("Check out… (F4)"), QStringLiteral("checkOutButton"), QKeySequence(Qt::Key_F4),
        &DeskActionBar::checkOutRequested);
    add(tr("Absent… (F6)"), QStringLiteral("absentButton"), QKeySequence(Qt::Key_F6), &DeskActionBar::absentRequested);
    add(tr("Print labels… (F8)"), QStringLiteral("printLabelsButton"), QKeySequence(Qt::Key_F8),
        &DeskActionBar::printLabelsRequested);
    layout->addStretch(1);
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &DeskActionBar::checkInAllRequested, {Permission::CheckInOut});
    // Whoever may look a family up may reach its emergency contacts.
    key(QKeySequence(Qt::CTRL | Qt::Key_E), &DeskActionBar::emergencyContactsRequested, {Permission::ViewFamilies});
}

} // namespace Kindred
