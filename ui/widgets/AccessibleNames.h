// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableWidget;
class QWidget;

namespace Kindred {

// Names for a screen reader where no label stands beside a field (issue 17, point 7).
class AccessibleNames
{
public:
    // Names `field`. A combo box on Linux is named only by a label (Qt gives its value as its accessible name), so
    // it also gets a label of its own, not shown, beside it (among its parent's children, where Qt looks): call
    // this once the field has its final parent.
    static void nameField(QWidget* field, const QString& name);
    // Names each editor placed in a cell of `table` (setCellWidget) after its column's heading and its row: "From,
    // row 2". Call it again when rows are added or removed.
    static void nameCellEditors(QTableWidget* table);
};

} // namespace Kindred
