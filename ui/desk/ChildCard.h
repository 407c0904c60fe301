// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "families/Family.h"
#include "widgets/Palette.h"

#include <QFrame>

class QCheckBox;
class QLabel;

namespace Kindred {

// One child on the front desk, as a large tile: the photo (or the initials), the name, the room, the allergy and
// medical badges, any restriction alert, and a status chip (here, expected, late, absent, gone home). The name is a
// check box that picks the child for the next check-in or check-out: Space on it, or a click anywhere on the tile,
// ticks it; a ticked tile is tinted and says "Ticked".
class ChildCard : public QFrame
{
    Q_OBJECT

public:
    // What the status chip says; the desk decides it from core's reads.
    enum class Status { NotHere, Expected, Late, Here, Absent, GoneHome };

    static constexpr int TileWidth = 184;
    static constexpr int TileMinimumHeight = 220;
    static constexpr int PhotoSize = 96;

    // `roomName` empty: not placed in a room yet.
    ChildCard(const Child& child, const Family& family, const QString& roomName, QWidget* parent = nullptr);

    qint64 childId() const { return m_child.id; }
    const Child& child() const { return m_child; }
    // In the desk's tab order; the card draws a focus ring around itself while it has the keyboard.
    QCheckBox* tickBox() const { return m_selectCheckBox; }
    bool hasFocusRing() const { return m_focusRing; }
    bool isSelected() const;
    void setSelected(bool selected);
    // `open`: the child's open record (here) or none; `absence`: today's, if any. `status` is shown in the chip.
    void setState(const AttendanceRecord& open, const Absence& absence, Status status);
    Status status() const { return m_status; }
    bool isPresent() const { return m_open.isPresent(); }
    const AttendanceRecord& openRecord() const { return m_open; }
    // The child's emergency contacts with phones, in a popup.
    void showEmergencyContacts();

    // The chip's words and colour for a status.
    static QString statusText(Status status);
    static Palette::Role statusRole(Status status);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void setFocusRing(bool on);
    void showTick();

    Child m_child;
    bool m_focusRing = false;
    Status m_status = Status::NotHere;
    AttendanceRecord m_open;
    QCheckBox* m_selectCheckBox;
    QLabel* m_tickedLabel;
    QLabel* m_statusChip;
    QLabel* m_stateLabel;
};

} // namespace Kindred
