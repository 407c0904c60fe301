// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"
#include "widgets/RecordListPage.h"

namespace Kindred {

class CentreService;

// The centre's rooms: who they are for, how many they hold, the staff ratio. A centre has a handful
// of rooms, so a table refilled from CentreService::rooms() is enough.
class RoomsPage : public RecordListPage
{
    Q_OBJECT

public:
    RoomsPage(CentreService& centre, Session& session, QWidget* parent = nullptr);

    // "0–17 months", "3–5 years": how an age band reads at the desk.
    static QString ageBandText(int minMonths, int maxMonths);

public slots:
    void refresh() override;
    void addRoom();

protected:
    void addRecord() override { addRoom(); }
    void editRecord(int row) override;
    void archiveRecord(int row) override;

private:
    CentreService& m_centre;
    QList<Room> m_rooms;
};

} // namespace Kindred
