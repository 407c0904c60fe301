// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "families/Family.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

class CellProblemMarks;

// A child's emergency contacts in the order to call them, with Move up / Move down.
class EmergencyContactsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EmergencyContactsEditor(QWidget* parent = nullptr);

    void setContacts(const QList<EmergencyContact>& contacts);
    QList<EmergencyContact> contacts() const;
    bool focusField(int row, const QString& field);
    // Marks the cells of the problems "emergencyContacts[i].<column>" (paths inside the child) and says them
    // under the table; returns the other problems.
    FieldProblems showProblems(const FieldProblems& problems);
    // The problems still marked (a cell's mark goes when it is edited), as "emergencyContacts[i].<column>".
    FieldProblems problems() const;
    // True when `field` ("emergencyContacts[0].phone") is a cell of this table.
    static bool showsField(const QString& field);

signals:
    // A marked cell was edited or its row removed: problems() changed.
    void problemsChanged();

private:
    void addRow(const EmergencyContact& contact);
    void move(int delta);

    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_upButton;
    QPushButton* m_downButton;
    CellProblemMarks* m_marks;
};

} // namespace Kindred
