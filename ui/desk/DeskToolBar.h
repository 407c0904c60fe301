// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Kindred {

class DeskActionBar;
class DeskContext;
class DropInDialog;
class GroupAttendanceDialog;
class Services;

// The front desk's less everyday buttons, put into DeskActionBar's groups: a drop-in child (Ctrl+D, Arrive), a group
// check-in or check-out (Ctrl+G, Leave), a lost label reprinted with the same code (Shift+F8), labels saved as PDF
// (Ctrl+F8) and the label settings (Labels). Kept apart from FrontDeskPage, which owns the everyday keys; it knows
// the desk only as a DeskContext.
class DeskToolBar : public QObject
{
    Q_OBJECT

public:
    DeskToolBar(DeskContext& desk, Services& services, DeskActionBar& bar, QObject* parent = nullptr);

public slots:
    DropInDialog* registerDropIn();
    GroupAttendanceDialog* groupAttendance();
    void reprintLostLabel();
    void saveLabelsPdf();
    void labelSettings();

private:
    void backToSearch();

    DeskContext& m_desk;
    Services& m_services;
};

} // namespace Kindred
