// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "families/Family.h"

#include <QFrame>

class QCheckBox;
class QLabel;

namespace Kindred {

// One child on the front desk: photo, name, allergy and medical badges, any restriction alert, and
// whether the child is here (with the code) or marked absent. The check box picks the child for
// the next check-in or check-out.
class ChildCard : public QFrame
{
    Q_OBJECT

public:
    ChildCard(const Child& child, const Family& family, QWidget* parent = nullptr);

    qint64 childId() const { return m_child.id; }
    const Child& child() const { return m_child; }
    bool isSelected() const;
    void setSelected(bool selected);
    void setState(const AttendanceRecord& open, const Absence& absence);
    bool isPresent() const { return m_open.isPresent(); }
    const AttendanceRecord& openRecord() const { return m_open; }
    // The child's emergency contacts with phones, in a popup.
    void showEmergencyContacts();

private:
    Child m_child;
    AttendanceRecord m_open;
    QCheckBox* m_selectCheckBox;
    QLabel* m_stateLabel;
};

} // namespace Kindred
