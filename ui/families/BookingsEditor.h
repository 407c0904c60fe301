// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "families/Family.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kindred {

class CellProblemMarks;

// A child's bookings (issue 15, point 2), one line per period: the days of the week (a tick box each,
// Space ticks), the usual arrival and departure, the first day and, when ticked, the last day. Every
// part is reached with Tab; the rules are FamilyValidation's.
class BookingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BookingsEditor(QWidget* parent = nullptr);

    void setBookings(const QList<ChildBooking>& bookings);
    QList<ChildBooking> bookings() const;
    // Puts the cursor on `field` ("weekdays", "arrival", "departure", "startsOn", "endsOn") of period `row`.
    bool focusField(int row, const QString& field);
    // Marks the cells of the problems "bookings[i].<field>" (paths inside the child) and says them under the
    // table; returns the other problems.
    FieldProblems showProblems(const FieldProblems& problems);
    // The problems still marked (a cell's mark goes when it is edited), as "bookings[i].<field>".
    FieldProblems problems() const;
    // True when `field` ("bookings[0].departure") is a cell of this table.
    static bool showsField(const QString& field);

signals:
    // A marked cell was edited or its row removed: problems() changed.
    void problemsChanged();

private:
    void addRow(const ChildBooking& booking);
    int rowOf(const QWidget* widget) const;

    QTableWidget* m_tableWidget;
    QLabel* m_emptyLabel;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    CellProblemMarks* m_marks;
    int m_lastRow = -1; // the period the cursor was last in, for Remove
};

} // namespace Kindred
