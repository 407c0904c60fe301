// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "families/Family.h"

#include <QList>
#include <QString>

class QWidget;

namespace Kindred {

// What the front desk's tool bar needs of the desk it sits on: the family open, the children chosen, the
// staff member at the desk, and a way back to the search field. FrontDeskPage is one; the bar knows only
// this, so that the page and its bars do not include each other.
class DeskContext
{
public:
    virtual ~DeskContext() = default;

    // The desk itself: where its dialogs open and its keys work.
    virtual QWidget& deskWidget() = 0;
    virtual const Family& family() const = 0;
    // Opens a family by id; false (with the reason shown) when it cannot be loaded.
    virtual bool openFamily(qint64 familyId) = 0;
    // The open records of the chosen children who are here.
    virtual QList<AttendanceRecord> selectedPresentRecords() const = 0;
    // The last check-in's records, else those of the chosen children who are here.
    virtual QList<AttendanceRecord> labelRecords() const = 0;
    virtual QString lastAdultName() const = 0;
    // The staff member chosen at the desk (0: the signed-in user).
    virtual qint64 deskStaffId() const = 0;
    virtual void showStatus(const QString& text, bool good) = 0;
    virtual void focusSearch() = 0;
};

} // namespace Kindred
