// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "families/Family.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

class CellProblemMarks;

// A child's allergies: allergen, severity, reaction, action plan. Life-threatening rows are red.
class AllergiesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AllergiesEditor(QWidget* parent = nullptr);

    void setAllergies(const QList<Allergy>& allergies);
    QList<Allergy> allergies() const;
    // Puts the cursor on row `row`, column named `field` ("allergen", "reaction"…).
    bool focusField(int row, const QString& field);
    // Marks the cells of the problems "allergies[i].<column>" (paths inside the child) and says them under the
    // table; returns the other problems.
    FieldProblems showProblems(const FieldProblems& problems);
    // The problems still marked (a cell's mark goes when it is edited), as "allergies[i].<column>".
    FieldProblems problems() const;
    // True when `field` ("allergies[0].reaction") is a cell of this table.
    static bool showsField(const QString& field);

signals:
    // A marked cell was edited or its row removed: problems() changed.
    void problemsChanged();

private:
    void addRow(const Allergy& allergy);
    void updateRowAlert(int row);

    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    CellProblemMarks* m_marks;
};

} // namespace Kindred
