// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffPage.h"

#include "admin/StaffDialog.h"
#include "centre/CentreService.h"
#include "widgets/ArchiveReasonDialog.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

StaffPage::StaffPage(CentreService& centre, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_centre(centre)
    , m_tableWidget(new QTableWidget(0, 6, this))
    , m_addButton(new QPushButton(tr("&Add staff member…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_archiveButton(new QPushButton(tr("A&rchive…"), this))
{
    setObjectName(QStringLiteral("staffPage"));
    m_tableWidget->setObjectName(QStringLiteral("staffTableWidget"));
    m_addButton->setObjectName(QStringLiteral("addStaffButton"));
    m_editButton->setObjectName(QStringLiteral("editStaffButton"));
    m_archiveButton->setObjectName(QStringLiteral("archiveStaffButton"));
    m_tableWidget->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Room"), tr("Phone"), tr("Email"), tr("Certifications")});
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setTabKeyNavigation(false);
    m_tableWidget->setAlternatingRowColors(true);
    m_tableWidget->setWordWrap(false);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_tableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = {190, 110, 120, 130, 230};
    for (int column = 0; column < 5; ++column) {
        header->resizeSection(column, widths[column]);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tableWidget, 1);
    setFocusProxy(m_tableWidget);

    connect(m_addButton, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(m_editButton, &QPushButton::clicked, this, &StaffPage::editCurrent);
    connect(m_archiveButton, &QPushButton::clicked, this, &StaffPage::archiveCurrent);
    // Only those who may change them open the editor from the list; the others only read it.
    connect(m_tableWidget, &QTableWidget::activated, this, [this] {
        if (m_editButton->isVisibleTo(this)) {
            editCurrent();
        }
    });
    for (QPushButton* button : {m_addButton, m_editButton, m_archiveButton}) {
        PermissionGate::bind(session, button, {Permission::ManageStaff});
    }
    connect(&m_centre, &CentreService::staffChanged, this, &StaffPage::refresh);
    connect(&m_centre, &CentreService::roomsChanged, this, &StaffPage::refresh);
    refresh();
}

void StaffPage::refresh()
{
    const auto rooms = m_centre.rooms(true);
    const auto staff = m_centre.staff();
    m_tableWidget->clearSpans();
    if (!rooms || !staff) {
        // In place of the staff: an empty table would say the centre has none.
        m_staff.clear();
        m_tableWidget->setRowCount(1);
        auto* item = new QTableWidgetItem(!rooms ? rooms.errorString() : staff.errorString());
        item->setForeground(QColor(QString::fromLatin1(AlertColor)));
        m_tableWidget->setItem(0, 0, item);
        m_tableWidget->setSpan(0, 0, 1, m_tableWidget->columnCount());
        return;
    }
    QHash<qint64, QString> roomNames;
    for (const Room& room : rooms.value()) {
        roomNames.insert(room.id, room.name);
    }
    m_staff = staff.value();
    m_tableWidget->setRowCount(int(m_staff.size()));
    for (int row = 0; row < m_staff.size(); ++row) {
        const StaffMember& member = m_staff.at(row);
        const QStringList cells = {member.fullName(),
                                   staffRoleName(member.role),
                                   member.roomId ? roomNames.value(member.roomId) : tr("(floating)"),
                                   member.phone,
                                   member.email,
                                   member.certifications.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            m_tableWidget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

const StaffMember* StaffPage::current() const
{
    const int row = m_tableWidget->currentRow();
    return row >= 0 && row < m_staff.size() ? &m_staff.at(row) : nullptr;
}

void StaffPage::addStaff()
{
    StaffDialog dialog(m_centre, StaffMember(), this);
    dialog.exec();
}

void StaffPage::editCurrent()
{
    if (const StaffMember* member = current()) {
        auto loaded = m_centre.staffMember(member->id); // with the photo
        StaffDialog dialog(m_centre, loaded ? loaded.value() : *member, this);
        dialog.exec();
    }
}

void StaffPage::archiveCurrent()
{
    const StaffMember* member = current();
    if (!member) {
        return;
    }
    const qint64 id = member->id;
    const QString reason = ArchiveReasonDialog::ask(this, member->fullName());
    if (reason.isEmpty()) {
        return;
    }
    if (auto archived = m_centre.archiveStaff(id, reason); !archived) {
        MessageBox::warning(this, tr("Archive staff member"), archived.errorString());
    }
}

} // namespace Kindred
