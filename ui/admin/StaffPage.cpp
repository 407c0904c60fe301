// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/StaffPage.h"

#include "admin/StaffDialog.h"
#include "centre/CentreService.h"
#include "widgets/ArchiveReasonDialog.h"
#include "widgets/MessageBox.h"

#include <QHash>
#include <QHeaderView>
#include <QTableWidget>

namespace Kindred {

StaffPage::StaffPage(CentreService& centre, Session& session, QWidget* parent)
    : RecordListPage(session, Permission::ManageStaff,
                     {QStringLiteral("staffPage"), QStringLiteral("staffTableWidget"), QStringLiteral("addStaffButton"),
                      QStringLiteral("editStaffButton"), QStringLiteral("archiveStaffButton"), tr("&Add staff member…"),
                      tr("No staff on the list yet. Add the people who work here with Add staff member, so that they "
                         "can sign in and count towards the ratios.")},
                     {tr("Name"), tr("Role"), tr("Room"), tr("Phone"), tr("Email"), tr("Certifications")}, parent)
    , m_centre(centre)
{
    table()->setAccessibleName(tr("Staff"));
    table()->setWordWrap(false);
    QHeaderView* header = table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int widths[] = {190, 110, 120, 130, 230};
    for (int column = 0; column < 5; ++column) {
        header->resizeSection(column, widths[column]);
    }
    connect(&m_centre, &CentreService::staffChanged, this, &StaffPage::refresh);
    connect(&m_centre, &CentreService::roomsChanged, this, &StaffPage::refresh);
    refresh();
}

void StaffPage::refresh()
{
    const auto rooms = m_centre.rooms(true);
    const auto staff = m_centre.staff();
    if (!rooms || !staff) {
        m_staff.clear();
        showError(!rooms ? rooms.errorString() : staff.errorString());
        return;
    }
    QHash<qint64, QString> roomNames;
    for (const Room& room : rooms.value()) {
        roomNames.insert(room.id, room.name);
    }
    m_staff = staff.value();
    QList<QStringList> rows;
    for (const StaffMember& member : std::as_const(m_staff)) {
        rows.append({member.fullName(), staffRoleName(member.role),
                     member.roomId ? roomNames.value(member.roomId) : tr("(floating)"), member.phone, member.email,
                     member.certifications.join(QStringLiteral(", "))});
    }
    showRows(rows);
}

void StaffPage::addStaff()
{
    StaffDialog dialog(m_centre, StaffMember(), this);
    dialog.exec();
}

void StaffPage::editRecord(int row)
{
    const StaffMember& member = m_staff.at(row);
    auto loaded = m_centre.staffMember(member.id); // with the photo
    StaffDialog dialog(m_centre, loaded ? loaded.value() : member, this);
    dialog.exec();
}

void StaffPage::archiveRecord(int row)
{
    const StaffMember member = m_staff.at(row);
    const QString reason = ArchiveReasonDialog::ask(this, member.fullName());
    if (reason.isEmpty()) {
        return;
    }
    if (auto archived = m_centre.archiveStaff(member.id, reason); !archived) {
        MessageBox::warning(this, tr("Archive staff member"), archived.errorString());
    }
}

} // namespace Kindred
