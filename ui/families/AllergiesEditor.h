// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

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

private:
    void addRow(const Allergy& allergy);
    void updateRowAlert(int row);

    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
};

} // namespace Kindred
