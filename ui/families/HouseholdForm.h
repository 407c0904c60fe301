// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "families/Family.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Kindred {

class FieldProblemLabels;

// The household part of a family: name, address, languages and cultures, status and card code.
class HouseholdForm : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdForm(QWidget* parent = nullptr);

    void setFamily(const Family& family);
    // Copies what is typed into `family` (household fields only).
    void writeTo(Family& family) const;
    // Puts the cursor on a household field ("householdName", "cardCode"…); false when unknown.
    bool focusField(const QString& field);
    // Shows each household problem under its field; returns the problems of other fields.
    FieldProblems showProblems(const FieldProblems& problems);

private:
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_address1LineEdit;
    QLineEdit* m_address2LineEdit;
    QLineEdit* m_cityLineEdit;
    QLineEdit* m_postcodeLineEdit;
    QLineEdit* m_languagesLineEdit;
    QLineEdit* m_culturesLineEdit;
    QLineEdit* m_celebrationsLineEdit;
    QCheckBox* m_shareCulturesCheckBox;
    QComboBox* m_statusComboBox;
    QLineEdit* m_cardCodeLineEdit;
    QPlainTextEdit* m_notesPlainTextEdit;
    FieldProblemLabels* m_problems;
};

} // namespace Kindred
