// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "centre/Centre.h"
#include "families/Family.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace Kindred {

class FieldProblemLabels;

class AllergiesEditor;
class BookingsEditor;
class EmergencyContactsEditor;
class PhotoField;
class PickupRulesEditor;

// Everything about one child, on tabs: the child, allergies and medical notes, emergency contacts,
// pickup rules, and bookings.
class ChildDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChildDetailsEditor(QWidget* parent = nullptr);

    void setRooms(const QList<Room>& rooms);
    void setAdults(const QList<Person>& adults);
    void setChild(const Child& child);
    // Copies what is typed into `child` (its id and photo id are kept unless the photo changed).
    void writeTo(Child& child) const;
    // Shows the right tab and puts the cursor on `field` ("dateOfBirth", "allergies[0].allergen",
    // "restrictions[1].reason"…).
    bool focusField(const QString& field);
    // True when `field` ("firstName", "medicalNotes", "allergies[1].allergen") has a place for its problem: under
    // it, or at its cell in one of the tables.
    bool showsField(const QString& field) const;
    // The shown child's problems (fields relative to the child), each under its field or at its table cell.
    // Returns those with no place here (a row the tables do not have).
    FieldProblems showProblems(const FieldProblems& problems);
    // The problems still shown: a table cell's goes when the cell is edited, the others at the next showProblems.
    FieldProblems problems() const;
    // What the acting role may not see: `medicalNote`/`custodyNote` ("hidden for your role…") take the
    // place of the medical notes and the "do not release" restrictions; empty notes show them.
    void setHiddenForRole(const QString& medicalNote, const QString& custodyNote);
    // Shown, not changed: every tab's contents greyed; the tabs still switch.
    void setReadOnly(bool readOnly);
    // The pickup rules shown, not changed, with `note` saying why; empty: editable.
    void setCustodyReadOnly(const QString& note);

signals:
    // A table cell's problem went (the cell was edited, its row removed): problems() changed.
    void problemsChanged();

private:
    // An alert icon on each tab that holds a problem, so that all of them are seen at once.
    void markTabs();

    QTabWidget* m_tabWidget;
    QLineEdit* m_firstNameLineEdit;
    QLineEdit* m_lastNameLineEdit;
    QLineEdit* m_preferredNameLineEdit;
    QDateEdit* m_dateOfBirthDateEdit;
    QComboBox* m_roomComboBox;
    PhotoField* m_photoField;
    QCheckBox* m_photoConsentCheckBox;
    QPlainTextEdit* m_medicalNotesPlainTextEdit;
    AllergiesEditor* m_allergiesEditor;
    EmergencyContactsEditor* m_contactsEditor;
    PickupRulesEditor* m_pickupRulesEditor;
    BookingsEditor* m_bookingsEditor;
    QString m_medicalNotesPlaceholder;
    FieldProblemLabels* m_problems = nullptr;
    FieldProblems m_fieldProblems; // shown under the child's fields
};

} // namespace Kindred
