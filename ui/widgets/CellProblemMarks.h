// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QString>

#include <functional>

class QLabel;
class QTableWidget;
class QWidget;

namespace Kindred {

// How core names a table's cells (FamilyValidation's paths): "allergies[2].allergen" is row 2 of the list
// "allergies", in the column whose field is "allergen".
struct TableFields
{
    const char* list;
    QList<const char*> columns; // each column's field, in the table's order

    // The column of `field` ("allergen"), -1 when the table has none.
    int columnOf(const QString& field) const;
    // Whether `path` ("allergies[2].allergen") names a cell of this table.
    bool holds(const QString& path) const;
};

// A table's problems shown at their cells, the table's form of FieldProblemLabels (ui/STYLE-NOTE.md, "Errors"):
// each offending cell framed in Palette::Alert, its message as the cell's tooltip and accessible description, and
// said again in a label right under the table, one line per problem led by the row's name and the column's
// heading ("Peanuts, Reaction: …"), bold in Palette::Alert. A cell's mark goes as soon as the cell is edited; a
// mark follows its cell when rows are removed, and goes with a removed row (prune).
class CellProblemMarks : public QObject
{
    Q_OBJECT

public:
    // What names a row in the label: its own name ("Peanuts"), or "Allergy 2" while it has none. Asked each time
    // the label is written, so a row that moved up is named where it is now.
    using RowName = std::function<QString(int row)>;
    // Watches `table` (the marks are its child, named after it + "Marks"). The label is for the owner to put right
    // under the table in its layout; it is hidden while there is nothing to say.
    CellProblemMarks(QTableWidget* table, RowName rowName);
    ~CellProblemMarks() override;

    // Marks cell (row, column), whether it holds a widget or an item. Returns false when there is no such cell.
    bool mark(int row, int column, const QString& message);
    void clear();
    // Drops the marks of rows no longer in the table: the owner calls it after removing a row (not from a model
    // signal, which a table also sends while it is being destroyed).
    void prune();

    struct Mark
    {
        int row;
        int column;
        QString message;
    };
    // The marks still shown, at the rows their cells are in now.
    QList<Mark> marks() const;
    // Marks each of `problems` that names a cell of the table by `fields` (and the table has its row), after
    // clearing the old marks. Returns the others, for the form to show elsewhere.
    FieldProblems show(const FieldProblems& problems, const TableFields& fields);
    // The marks still shown, as problems named the way `fields` names the cells.
    FieldProblems problems(const TableFields& fields) const;
    // The message at (row, column), empty when the cell is not marked.
    QString message(int row, int column) const;
    QLabel* label() const { return m_label; }

signals:
    void marksChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Entry
    {
        QPointer<QWidget> widget; // the cell's widget, or
        QPersistentModelIndex index; // its item when the cell has no widget
        const QWidget* identity = nullptr; // the widget as marked, to know it once it is gone
        QString message;
        QVariant itemState; // what an item showed when marked: a change clears the mark
        QPointer<QObject> watcher; // holds the connections that clear the mark on an edit
    };
    // Where `entry` is now; false when its cell has left the table.
    bool locate(const Entry& entry, int* row, int* column) const;
    void unmark(int i);
    void update();
    QList<QRect> frames() const;

    QTableWidget* m_table;
    RowName m_rowName;
    QPointer<QWidget> m_viewport;
    QLabel* m_label;
    QPointer<QWidget> m_overlay;
    QList<Entry> m_entries;
    bool m_applying = false;
};

} // namespace Kindred
