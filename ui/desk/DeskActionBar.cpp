// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/DeskActionBar.h"

#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace Kindred {

DeskActionBar::DeskActionBar(QWidget& keyScope, Session& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("deskActionBar"));
    // The groups wrap onto a second row on a narrow window rather than being cut off.
    auto* layout = new FlowLayout(this, 8);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> groups {
        {tr("Arrive"), QStringLiteral("deskArriveGroupBox")},
        {tr("Leave"), QStringLiteral("deskLeaveGroupBox")},
        {tr("The day"), QStringLiteral("deskDayGroupBox")},
        {tr("Labels"), QStringLiteral("deskLabelsGroupBox")},
    };
    for (const auto& [title, name] : groups) {
        auto* box = new QGroupBox(title, this);
        box->setObjectName(name);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(4, 4, 4, 4);
        row->setSpacing(6);
        layout->addWidget(box);
        m_groups << box;
    }

    using Signal = void (DeskActionBar::*)();
    const auto key = [this, &keyScope, &session](KeyMap::Action action, Signal signal, const QList<Permission>& needs) {
        auto* shortcut = new QShortcut(KeyMap::sequence(action), &keyScope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, signal);
        PermissionGate::bind(session, shortcut, needs);
    };
    const auto add = [&](Group group, Icons::Name icon, const QString& text, const QString& name, KeyMap::Action action,
                         Signal signal) {
        QPushButton* button = addButton(group, icon, text, name, action);
        connect(button, &QPushButton::clicked, this, signal);
        PermissionGate::bind(session, button, {Permission::CheckInOut});
        key(action, signal, {Permission::CheckInOut});
    };
    add(Arrive, Icons::CheckIn, tr("Check in"), QStringLiteral("checkInButton"), KeyMap::CheckIn,
        &DeskActionBar::checkInRequested);
    add(Arrive, Icons::CheckInAll, tr("All siblings"), QStringLiteral("checkInAllButton"), KeyMap::CheckInAll,
        &DeskActionBar::checkInAllRequested);
    add(Leave, Icons::CheckOut, tr("Check out…"), QStringLiteral("checkOutButton"), KeyMap::CheckOut,
        &DeskActionBar::checkOutRequested);
    add(TheDay, Icons::Absent, tr("Absent…"), QStringLiteral("absentButton"), KeyMap::Absent,
        &DeskActionBar::absentRequested);
    // "Print…" under "Labels" says it: the Labels group stays on the one row with a director's label settings.
    add(Labels, Icons::PrintLabels, tr("Print…"), QStringLiteral("printLabelsButton"), KeyMap::PrintLabels,
        &DeskActionBar::printLabelsRequested);
    if (auto* print = findChild<QPushButton*>(QStringLiteral("printLabelsButton"))) {
        print->setAccessibleName(KeyMap::withKey(tr("Print labels…"), KeyMap::PrintLabels));
        print->setToolTip(print->accessibleName());
    }
    key(KeyMap::CheckInAllAlternative, &DeskActionBar::checkInAllRequested, {Permission::CheckInOut});
    // Whoever may look a family up may reach its emergency contacts.
    key(KeyMap::EmergencyContacts, &DeskActionBar::emergencyContactsRequested, {Permission::ViewFamilies});
}

QGroupBox* DeskActionBar::group(Group group) const
{
    return m_groups.value(group);
}

QPushButton* DeskActionBar::addButton(Group group, Icons::Name icon, const QString& text, const QString& objectName,
                                      std::optional<KeyMap::Action> action)
{
    QGroupBox* box = m_groups.value(group);
    // The key on its own line keeps the buttons narrow enough for one row at 1366 pixels.
    const QString shown = action ? KeyMap::withKey(text, *action) : text;
    const qsizetype cut = action ? shown.lastIndexOf(QLatin1String(" (")) : -1;
    auto* button
        = new QPushButton(Icons::icon(icon), cut > 0 ? shown.left(cut) + u'\n' + shown.mid(cut + 1) : shown, box);
    button->setObjectName(objectName);
    button->setAccessibleName(shown);
    button->setIconSize(QSize(20, 20));
    button->setFocusPolicy(Qt::NoFocus); // the keys do the same from the search field
    if (action) {
        button->setToolTip(shown);
    }
    box->layout()->addWidget(button);
    button->installEventFilter(this);
    updateGroups();
    return button;
}

bool DeskActionBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent) {
        updateGroups();
    }
    return QWidget::eventFilter(watched, event);
}

void DeskActionBar::updateGroups()
{
    for (QGroupBox* box : std::as_const(m_groups)) {
        const QList<QPushButton*> buttons = box->findChildren<QPushButton*>();
        box->setHidden(
            std::all_of(buttons.cbegin(), buttons.cend(), [](const QPushButton* b) { return b->isHidden(); }));
    }
}

} // namespace Kindred
