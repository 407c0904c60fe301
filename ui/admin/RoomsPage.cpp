// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/RoomsPage.h"

#include "admin/RoomDialog.h"
#include "centre/CentreService.h"
#include "widgets/ArchiveReasonDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

RoomsPage::RoomsPage(CentreService& centre, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_centre(centre)
    , m_tableWidget(new QTableWidget(0, 4, this))
    , m_addButton(new QPushButton(tr("&Add room…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_archiveButton(new QPushButton(tr("A&rchive…"), this))
{
    setObjectName(QStringLiteral("roomsPage"));
    m_tableWidget->setObjectName(QStringLiteral("roomsTableWidget"));
    m_addButton->setObjectName(QStringLiteral("addRoomButton"));
    m_editButton->setObjectName(QStringLiteral("editRoomButton"));
    m_archiveButton->setObjectName(QStringLiteral("archiveRoomButton"));
    m_tableWidget->setHorizontalHeaderLabels({tr("Room"), tr("Ages"), tr("Capacity"), tr("Ratio")});
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setTabKeyNavigation(false);
    m_tableWidget->setAlternatingRowColors(true);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tableWidget, 1);
    setFocusProxy(m_tableWidget);

    connect(m_addButton, &QPushButton::clicked, this, &RoomsPage::addRoom);
    connect(m_editButton, &QPushButton::clicked, this, &RoomsPage::editCurrent);
    connect(m_archiveButton, &QPushButton::clicked, this, &RoomsPage::archiveCurrent);
    // Only those who may change them open the editor from the list; the others only read it.
    connect(m_tableWidget, &QTableWidget::activated, this, [this] {
        if (m_editButton->isVisibleTo(this)) {
            editCurrent();
        }
    });
    for (QPushButton* button : {m_addButton, m_editButton, m_archiveButton}) {
        PermissionGate::bind(session, button, {Permission::ManageRooms});
    }
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
    m_tableWidget->clearSpans();
    if (!read) {
        // In place of the rooms: an empty table would say the centre has none.
        m_rooms.clear();
        m_tableWidget->setRowCount(1);
        auto* item = new QTableWidgetItem(read.errorString());
        item->setForeground(QColor(QString::fromLatin1(AlertColor)));
        m_tableWidget->setItem(0, 0, item);
        m_tableWidget->setSpan(0, 0, 1, m_tableWidget->columnCount());
        return;
    }
    m_rooms = read.value();
    m_tableWidget->setRowCount(int(m_rooms.size()));
    for (int row = 0; row < m_rooms.size(); ++row) {
        const Room& room = m_rooms.at(row);
        const QStringList cells = {room.name, ageBandText(room.minAgeMonths, room.maxAgeMonths),
                                   QLocale().toString(room.capacity), room.ratioText()};
        for (int column = 0; column < cells.size(); ++column) {
            m_tableWidget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

qint64 RoomsPage::currentRoomId() const
{
    const int row = m_tableWidget->currentRow();
    return row >= 0 && row < m_rooms.size() ? m_rooms.at(row).id : 0;
}

void RoomsPage::addRoom()
{
    RoomDialog dialog(m_centre, Room(), this);
    dialog.exec();
}

void RoomsPage::editCurrent()
{
    const int row = m_tableWidget->currentRow();
    if (row < 0 || row >= m_rooms.size()) {
        return;
    }
    RoomDialog dialog(m_centre, m_rooms.at(row), this);
    dialog.exec();
}

void RoomsPage::archiveCurrent()
{
    const qint64 id = currentRoomId();
    if (!id) {
        return;
    }
    const QString reason
        = ArchiveReasonDialog::ask(this, tr("the room %1").arg(m_rooms.at(m_tableWidget->currentRow()).name));
    if (reason.isEmpty()) {
        return;
    }
    if (auto archived = m_centre.archiveRoom(id, reason); !archived) {
        MessageBox::warning(this, tr("Archive room"), archived.errorString());
    }
}

} // namespace Kindred
