// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

class CentreStore;
class Session;

// The centre's staff. A centre has tens of staff, so a QTableWidget refilled from
// CentreStore::staff() is enough.
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    StaffPage(CentreStore& centre, Session& session, QWidget* parent = nullptr);

public slots:
    void refresh();
    void addStaff();
    void editCurrent();
    void archiveCurrent();

private:
    const StaffMember* current() const;

    CentreStore& m_centre;
    QList<StaffMember> m_staff;
    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
};

} // namespace Kindred
