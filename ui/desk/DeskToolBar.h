// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Kindred {

class CentreService;
class Database;
class DropInDialog;
class FamilyService;
class FrontDeskPage;
class GroupAttendanceDialog;

// The front desk's second row: a drop-in child (Ctrl+D), a group check-in or check-out (Ctrl+G), a
// lost label reprinted with the same code (Shift+F8), labels saved as PDF (Ctrl+F8) and the label
// settings. Kept apart from FrontDeskPage, which owns the everyday keys.
class DeskToolBar : public QWidget
{
    Q_OBJECT

public:
    DeskToolBar(FrontDeskPage& desk, Database& database, FamilyService& families, CentreService& centre,
                QWidget* parent = nullptr);

public slots:
    DropInDialog* registerDropIn();
    GroupAttendanceDialog* groupAttendance();
    void reprintLostLabel();
    void saveLabelsPdf();
    void labelSettings();

private:
    void backToSearch();

    FrontDeskPage& m_desk;
    Database& m_database;
    FamilyService& m_families;
    CentreService& m_centre;
};

} // namespace Kindred
