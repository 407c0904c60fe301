// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Kindred {

class AttendanceCorrections;
class AttendanceService;
class CentreService;
class Database;
class Services;
class Session;
class StaffAttendance;
struct RoomBoardEntry;
class WallBoardWindow;

// "Who's here": per room the children present, staff clocked in, the live ratio against the
// room's required ratio (red when out of ratio), capacity and children still here after closing.
// Staff clock in and out here; the end-of-day list, time corrections and the daily sign-in sheet
// (print preview and PDF) are one click away.
class RoomBoardPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { RoomColumn, PresentColumn, CapacityColumn, StaffColumn, RatioColumn, LateColumn, ColumnCount };

    // Uses the desk's centre, attendance, staff attendance and corrections.
    explicit RoomBoardPage(Services& services, QWidget* parent = nullptr);

public slots:
    void refresh();
    void clockIn();
    void clockOut();
    void correctSelected();
    void previewSheet();
    void saveSheetPdf();
    // Asks for an incident form about the children chosen in the "children here" list (Ctrl+I).
    void logIncidentForSelected();
    // The board full screen for a wall display (WallBoardWindow), on a second screen if there is one (Ctrl+B).
    void showWallDisplay();

signals:
    // The incidents section opens its form for these children (connected where sections are assembled).
    void logIncidentRequested(const QList<qint64>& childIds);

private:
    void refreshChildren(const QList<RoomBoardEntry>& entries);
    // In place of the rooms and the children when the file could not be read: never an empty board
    // that looks like "nobody here". Empty `message`: the board is shown again.
    void showReadError(const QString& message);

    Services& m_services;
    Database& m_database;
    CentreService& m_centre;
    Session& m_session;
    StaffAttendance& m_staff;
    AttendanceCorrections& m_corrections;
    QTableWidget* m_tableWidget;
    QPointer<WallBoardWindow> m_wallBoard; // deletes itself when closed
    QLabel* m_totalLabel;
    QLabel* m_readErrorLabel;
    QGroupBox* m_childrenBox = nullptr;
    QComboBox* m_staffComboBox;
    QComboBox* m_roomComboBox;
    QListWidget* m_childrenListWidget;
    QListWidget* m_notCheckedOutListWidget;
    QDateEdit* m_sheetDateEdit;
    QComboBox* m_sheetRoomComboBox;
};

} // namespace Kindred
