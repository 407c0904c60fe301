// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Kindred {

class FieldProblemLabels;
class FieldProblems;

class CentreService;
class ConflictBar;
class LanguageComboBox;
class PhotoField;

// Adds or edits a staff member; core validates, and a refusal keeps the dialog open on the field.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    StaffDialog(CentreService& centre, const StaffMember& member, QWidget* parent = nullptr);

    StaffMember member() const;

private:
    void save();
    void showProblems(const FieldProblems& problems);
    // The record as it is on file now, replacing what was typed (the conflict bar asked first).
    void reload();

    CentreService& m_centre;
    StaffMember m_member;
    QLineEdit* m_firstNameLineEdit;
    QLineEdit* m_lastNameLineEdit;
    QComboBox* m_roleComboBox;
    QComboBox* m_roomComboBox;
    QLineEdit* m_phoneLineEdit;
    QLineEdit* m_emailLineEdit;
    QLineEdit* m_certificationsLineEdit;
    LanguageComboBox* m_languageComboBox;
    PhotoField* m_photoField;
    QLabel* m_errorLabel;
    ConflictBar* m_conflictBar;
    FieldProblemLabels* m_problems; // each problem under its field; m_errorLabel: what belongs to none
};

} // namespace Kindred
