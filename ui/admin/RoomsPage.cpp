// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/RoomsPage.h"

#include "admin/RoomDialog.h"
#include "base/BidiText.h"
#include "centre/CentreService.h"
#include "widgets/ArchiveReasonDialog.h"
#include "widgets/MessageBox.h"

#include <QHeaderView>
#include <QTableWidget>

namespace Kindred {

RoomsPage::RoomsPage(CentreService& centre, Session& session, QWidget* parent)
    : RecordListPage(session, Permission::ManageRooms,
                     {QStringLiteral("roomsPage"), QStringLiteral("roomsTableWidget"), QStringLiteral("addRoomButton"),
                      QStringLiteral("editRoomButton"), QStringLiteral("archiveRoomButton"), tr("&Add room…"),
                      tr("No rooms yet. Children are placed in rooms and ratios are counted per room: add the first "
                         "with Add room.")},
                     {tr("Room"), tr("Ages"), tr("Capacity"), tr("Ratio")}, parent)
    , m_centre(centre)
{
    table()->setAccessibleName(tr("Rooms"));
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(&m_centre, &CentreService::roomsChanged, this, &RoomsPage::refresh);
    refresh();
}

QString RoomsPage::ageBandText(int minMonths, int maxMonths)
{
    if (minMonths % 12 == 0 && (maxMonths + 1) % 12 == 0 && maxMonths >= 24) {
        return tr("%1–%2 years").arg(minMonths / 12).arg((maxMonths + 1) / 12 - 1);
    }
    return tr("%1–%2 months").arg(minMonths).arg(maxMonths);
}

void RoomsPage::refresh()
{
    const auto read = m_centre.rooms();
    if (!read) {
        m_rooms.clear();
        showError(read.errorString());
        return;
    }
    m_rooms = read.value();
    QList<QStringList> rows;
    for (const Room& room : std::as_const(m_rooms)) {
        rows.append({room.name, ageBandText(room.minAgeMonths, room.maxAgeMonths), QLocale().toString(room.capacity),
                     room.ratioText()});
    }
    showRows(rows);
}

void RoomsPage::addRoom()
{
    RoomDialog dialog(m_centre, Room(), this);
    dialog.exec();
}

void RoomsPage::editRecord(int row)
{
    RoomDialog dialog(m_centre, m_rooms.at(row), this);
    dialog.exec();
}

void RoomsPage::archiveRecord(int row)
{
    const Room room = m_rooms.at(row);
    const QString reason = ArchiveReasonDialog::ask(this, tr("the room %1").arg(isolated(room.name)));
    if (reason.isEmpty()) {
        return;
    }
    if (auto archived = m_centre.archiveRoom(room.id, reason); !archived) {
        MessageBox::warning(this, tr("Archive room"), archived.errorString());
    }
}

} // namespace Kindred
