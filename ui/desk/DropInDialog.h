// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kindred {

class AttendanceService;
class BusyRetry;
class CentreService;
class FamilyService;

// A drop-in or visiting child registered at the desk in under a minute, by keyboard: Tab through
// child, date of birth, room, allergies and one adult with a phone, Enter registers (and, ticked by
// default, checks the child in with that adult). Core refuses without a working phone number; the
// dialog keeps what was typed and puts the cursor on the field the refusal names.
class DropInDialog : public QDialog
{
    Q_OBJECT

public:
    DropInDialog(FamilyService& families, CentreService& centre, AttendanceService& attendance, qint64 deskStaffId,
                 QWidget* parent = nullptr);

    // Registers (and checks in when asked); the dialog closes only when the family was saved. While
    // another station holds the write lock it waits with the form locked, saying so, and goes on by itself.
    void submit();
    qint64 familyId() const { return m_family.id; }
    // What the desk shows after the dialog closed: registered, checked in with the code, or why not.
    QString summary() const { return m_summary; }

private:
    Family familyFromForm() const;
    void showError(const Error& error);
    void setFormEnabled(bool enabled);

    FamilyService& m_families;
    AttendanceService& m_attendance;
    qint64 m_deskStaffId;
    Family m_family;
    QString m_summary;
    QLineEdit* m_childFirstNameLineEdit;
    QLineEdit* m_childLastNameLineEdit;
    QLineEdit* m_dateOfBirthLineEdit;
    QComboBox* m_roomComboBox;
    QLineEdit* m_allergiesLineEdit;
    QCheckBox* m_lifeThreateningCheckBox;
    QLineEdit* m_adultFirstNameLineEdit;
    QLineEdit* m_adultLastNameLineEdit;
    QLineEdit* m_relationLineEdit;
    QLineEdit* m_phoneLineEdit;
    QCheckBox* m_checkInNowCheckBox;
    QLabel* m_errorLabel;
    QPushButton* m_registerButton;
    // Why registering is off: the rooms could not be read. Empty when they were.
    QString m_readError;
    BusyRetry* m_busyRetry;
};

} // namespace Kindred
