// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/Icons.h"
#include "widgets/KeyMap.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QPushButton;

namespace Kindred {

class Session;

// The front desk's buttons, in labelled groups by what they do — Arrive, Leave, The day, Labels — each with its icon,
// its words and its key: check in (F2), all siblings (F3, Ctrl+Shift+A), check out (F4), absent (F6), print labels
// (F8), and the emergency contacts (Ctrl+E, no button: each tile has one). The keys work anywhere in `keyScope` (the
// desk); buttons and keys the acting user may not use are hidden and do not fire (PermissionGate). The bar only asks:
// the desk answers its signals. DeskToolBar puts its own buttons into the same groups (addButton).
class DeskActionBar : public QWidget
{
    Q_OBJECT

public:
    enum Group { Arrive, Leave, TheDay, Labels };

    DeskActionBar(QWidget& keyScope, Session& session, QWidget* parent = nullptr);

    // A button in `group`: the icon, then the words and the key in brackets on a second line ("Check in (F2)").
    // The caller connects it, gates it and binds its key.
    QPushButton* addButton(Group group, Icons::Name icon, const QString& text, const QString& objectName,
                           std::optional<KeyMap::Action> action);
    QGroupBox* group(Group group) const;

signals:
    void checkInRequested();
    void checkInAllRequested();
    void checkOutRequested();
    void absentRequested();
    void printLabelsRequested();
    void emergencyContactsRequested();

protected:
    // A group whose buttons are all hidden (PermissionGate) hides too: no empty frame.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateGroups();

    QList<QGroupBox*> m_groups;
};

} // namespace Kindred
