// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Kindred {

class FrontDeskPage;
class Session;

// The front desk's everyday buttons and keys: check in (F2), all siblings (F3, Ctrl+Shift+A), check out
// (F4), absent (F6), print labels (F8), and the emergency contacts (Ctrl+E). The keys work anywhere on
// the desk; buttons and keys the acting user may not use are hidden and do not fire (PermissionGate).
class DeskActionBar : public QWidget
{
    Q_OBJECT

public:
    DeskActionBar(FrontDeskPage& desk, Session& session, QWidget* parent = nullptr);
};

} // namespace Kindred
