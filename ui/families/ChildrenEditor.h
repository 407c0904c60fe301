// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "centre/Centre.h"
#include "families/Family.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Kindred {

class ChildDetailsEditor;

// The children of a household: a list on the left (red for a life-threatening allergy), the
// selected child's details on the right.
class ChildrenEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenEditor(QWidget* parent = nullptr);

    void setRooms(const QList<Room>& rooms);
    // The adults pickup rules may name; pickups of adults no longer listed are dropped.
    void setAdults(const QList<Person>& adults);
    void setChildren(const QList<Child>& children);
    QList<Child> children() const;
    // Selects child `row` and puts the cursor on `field` (a path inside the child).
    bool focusField(int row, const QString& field);
    // Keeps each child's problems ("children[0].dateOfBirth", "children[1].bookings[0].departure") to show under
    // the fields and at the table cells while that child is shown; returns the problems with no place there
    // (said under the tabs).
    FieldProblems showProblems(const FieldProblems& problems);
    // See ChildDetailsEditor::setHiddenForRole; without medical access there is no health record button.
    void setHiddenForRole(const QString& medicalNote, const QString& custodyNote);
    // Shown, not changed: add/remove hidden, the child's details greyed; the list still chooses.
    void setReadOnly(bool readOnly);
    // See ChildDetailsEditor::setCustodyReadOnly.
    void setCustodyReadOnly(const QString& note);

signals:
    // "Health record…" on a saved child.
    void healthRecordRequested(qint64 childId, const QString& childName);

private:
    void addChild();
    void removeChild();
    void showChild(int row);
    // Keeps what is typed for the shown child, and the problems still shown for it.
    void storeCurrent() const;
    void updateListItem(int row);

    mutable QList<Child> m_children;
    QList<Person> m_adults;
    int m_current = -1;
    bool m_loading = false;
    QListWidget* m_listWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_healthButton;
    ChildDetailsEditor* m_details;
    mutable QList<FieldProblems> m_problems; // per child row, fields relative to the child
};

} // namespace Kindred
