// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Kindred {

class DeskContext;
class DropInDialog;
class GroupAttendanceDialog;
class Services;

// The front desk's second row: a drop-in child (Ctrl+D), a group check-in or check-out (Ctrl+G), a
// lost label reprinted with the same code (Shift+F8), labels saved as PDF (Ctrl+F8) and the label
// settings. Kept apart from FrontDeskPage, which owns the everyday keys; it knows the desk only as a
// DeskContext.
class DeskToolBar : public QWidget
{
    Q_OBJECT

public:
    DeskToolBar(DeskContext& desk, Services& services, QWidget* parent = nullptr);

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
