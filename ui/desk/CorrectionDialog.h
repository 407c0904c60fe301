// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Kindred {

class AttendanceCorrections;

// Corrects a check-in or check-out time with a reason, or voids a mistaken check-in or check-out; core
// keeps the old value, who and when, and decides what is allowed (a correction never checks out a child
// who is here today). Offers only what applies to the record.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    // What the dialog does, in the order of its "Correct:" list (items that do not apply are left out).
    enum class Action { CheckOutTime, CheckInTime, VoidCheckIn, VoidCheckOut };

    CorrectionDialog(AttendanceCorrections& corrections, qint64 attendanceId, QWidget* parent = nullptr);

    void setAction(Action action);
    Action action() const;

public slots:
    void save();

private:
    void updateForAction();

    AttendanceCorrections& m_corrections;
    qint64 m_attendanceId;
    AttendanceRecord m_record;
    QComboBox* m_fieldComboBox;
    QDateTimeEdit* m_timeEdit;
    QLineEdit* m_reasonLineEdit;
    QLabel* m_warningLabel;
    QLabel* m_errorLabel;
};

} // namespace Kindred
