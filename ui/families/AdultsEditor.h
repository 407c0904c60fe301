// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "families/Family.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Kindred {

class FieldProblemLabels;
class PhotoField;

// The adults of a household: a list on the left, the selected adult's details on the right. A new
// adult gets a negative id (-1, -2, …) so that children's pickup rules can name them before saving.
class AdultsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AdultsEditor(QWidget* parent = nullptr);

    void setAdults(const QList<Person>& adults);
    // The adults as typed, including the one being edited.
    QList<Person> adults() const;
    // Selects adult `row` and puts the cursor on `field` ("mobilePhone"…); false when out of range.
    bool focusField(int row, const QString& field);
    // Keeps each adult's problems ("adults[1].email") to show under the fields while that adult is shown;
    // returns the problems of other fields.
    FieldProblems showProblems(const FieldProblems& problems);
    void focusList();
    // Shown, not changed: the list still chooses whom to show; the form is greyed, add/remove hidden.
    void setReadOnly(bool readOnly);

signals:
    // An adult was added, removed or renamed: pickup lists should be rebuilt.
    void adultsChanged();

private:
    void addAdult();
    void removeAdult();
    void showAdult(int row);
    void storeCurrent() const;
    void updateListItem(int row);
    qint64 nextTemporaryId() const;

    mutable QList<Person> m_adults;
    int m_current = -1;
    bool m_loading = false;

    QListWidget* m_listWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QWidget* m_form;
    bool m_readOnly = false;
    QLineEdit* m_firstNameLineEdit;
    QLineEdit* m_lastNameLineEdit;
    QLineEdit* m_relationLineEdit;
    QCheckBox* m_guardianCheckBox;
    QLineEdit* m_mobileLineEdit;
    QLineEdit* m_homeLineEdit;
    QLineEdit* m_workLineEdit;
    QLineEdit* m_emailLineEdit;
    QLineEdit* m_languageLineEdit;
    PhotoField* m_photoField;
    QCheckBox* m_directoryCheckBox;
    FieldProblemLabels* m_problemLabels;
    QList<FieldProblems> m_problems; // per adult row, fields relative to the adult
};

} // namespace Kindred
