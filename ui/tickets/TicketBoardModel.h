// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tickets/Ticket.h"

#include <QAbstractTableModel>

namespace Kindred {

// The board's rows as core gave them (my tickets first, then overdue, then by priority): overdue
// rows in the alert colour, the viewer's own tickets in bold.
class TicketBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        StatusColumn,
        FamilyColumn,
        SiteColumn, // shown when the board is every site's
        SubjectColumn,
        KindColumn,
        CategoryColumn,
        PriorityColumn,
        OwnerColumn,
        RaisedColumn,
        DueColumn,
        ColumnCount
    };
    enum Role { TicketIdRole = Qt::UserRole + 1, OverdueRole, MineRole, FamilyIdRole, SiteIdRole };

    explicit TicketBoardModel(QObject* parent = nullptr);

    void setRows(const QList<TicketSummary>& rows);
    const TicketSummary* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TicketSummary> m_rows;
};

} // namespace Kindred
