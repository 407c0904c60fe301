// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Kindred {

class Session;

// The front desk's everyday buttons and keys: check in (F2), all siblings (F3, Ctrl+Shift+A), check out
// (F4), absent (F6), print labels (F8), and the emergency contacts (Ctrl+E). The keys work anywhere in
// `keyScope` (the desk); buttons and keys the acting user may not use are hidden and do not fire
// (PermissionGate). The bar only asks: the desk answers its signals.
class DeskActionBar : public QWidget
{
    Q_OBJECT

public:
    DeskActionBar(QWidget& keyScope, Session& session, QWidget* parent = nullptr);

signals:
    void checkInRequested();
    void checkInAllRequested();
    void checkOutRequested();
    void absentRequested();
    void printLabelsRequested();
    void emergencyContactsRequested();
};

} // namespace Kindred
