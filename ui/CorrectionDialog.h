// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Kindred {

class AttendanceCorrections;

// Corrects a check-in or check-out time with a reason; core keeps the old value, who and when.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionDialog(AttendanceCorrections& corrections, qint64 attendanceId, QWidget* parent = nullptr);

public slots:
    void save();

private:
    AttendanceCorrections& m_corrections;
    qint64 m_attendanceId;
    QComboBox* m_fieldComboBox;
    QDateTimeEdit* m_timeEdit;
    QLineEdit* m_reasonLineEdit;
    QLabel* m_errorLabel;
};

} // namespace Kindred
