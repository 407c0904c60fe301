// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"
#include "widgets/RecordListPage.h"

namespace Kindred {

class CentreService;

// The centre's staff. A centre has tens of staff, so a table refilled from CentreService::staff()
// is enough.
class StaffPage : public RecordListPage
{
    Q_OBJECT

public:
    StaffPage(CentreService& centre, Session& session, QWidget* parent = nullptr);

public slots:
    void refresh() override;
    void addStaff();

protected:
    void addRecord() override { addStaff(); }
    void editRecord(int row) override;
    void archiveRecord(int row) override;

private:
    CentreService& m_centre;
    QList<StaffMember> m_staff;
};

} // namespace Kindred
