// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

class CentreService;
class Session;

// The centre's rooms: who they are for, how many they hold, the staff ratio. A centre has a handful
// of rooms, so a QTableWidget refilled from CentreService::rooms() is enough.
class RoomsPage : public QWidget
{
    Q_OBJECT

public:
    RoomsPage(CentreService& centre, Session& session, QWidget* parent = nullptr);

    // "0–17 months", "3–5 years": how an age band reads at the desk.
    static QString ageBandText(int minMonths, int maxMonths);

public slots:
    void refresh();
    void addRoom();
    void editCurrent();
    void archiveCurrent();

private:
    qint64 currentRoomId() const;

    CentreService& m_centre;
    QList<Room> m_rooms;
    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
};

} // namespace Kindred
