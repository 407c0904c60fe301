// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

class CentreService;
class Session;

// The centre's staff. A centre has tens of staff, so a QTableWidget refilled from
// CentreService::staff() is enough.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    StaffPage(CentreService& centre, Session& session, QWidget* parent = nullptr);

public slots:
    void refresh();
    void addStaff();
    void editCurrent();
    void archiveCurrent();

private:
    const StaffMember* current() const;

    CentreService& m_centre;
    QList<StaffMember> m_staff;
    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
};

} // namespace Kindred
