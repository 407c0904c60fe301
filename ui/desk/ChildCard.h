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
    // In the desk's tab order; the card draws a focus ring around itself while it has the keyboard.
    QCheckBox* tickBox() const { return m_selectCheckBox; }
    bool hasFocusRing() const { return m_focusRing; }
    bool isSelected() const;
    void setSelected(bool selected);
    void setState(const AttendanceRecord& open, const Absence& absence);
    bool isPresent() const { return m_open.isPresent(); }
    const AttendanceRecord& openRecord() const { return m_open; }
    // The child's emergency contacts with phones, in a popup.
    void showEmergencyContacts();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setFocusRing(bool on);

    Child m_child;
    bool m_focusRing = false;
    AttendanceRecord m_open;
    QCheckBox* m_selectCheckBox;
    QLabel* m_stateLabel;
};

} // namespace Kindred
