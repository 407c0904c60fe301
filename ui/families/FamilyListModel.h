// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/FamilyService.h"

#include <QAbstractTableModel>

namespace Kindred {

// The families the desk is looking at: with no search text, every active family by name, fetched a
// page at a time as the view scrolls (canFetchMore/fetchMore); with search text, what
// FamilyService::search finds. Filtering is done in SQL by the store, never over fetched rows.
class FamilyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FamilyColumn, ChildrenColumn, GuardiansColumn, StatusColumn, CardColumn, ColumnCount };
    enum Role {
        FamilyIdRole = Qt::UserRole,
        LifeThreateningAllergyRole,
    };

    explicit FamilyListModel(FamilyService& store, QObject* parent = nullptr);

    // Families fetched per page when listing; search results are capped at searchLimit().
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    static constexpr int searchLimit() { return 200; }

    QString filter() const { return m_filter; }
    // Shows what `text` finds, or the paged list when it is empty.
    void setFilter(const QString& text);
    // Reads the rows again (after a save or an archive).
    void refresh();
    // Why the last read failed (the model is then empty), or empty: a view shows it in place of the
    // rows, so that a read error never looks like "no family".
    QString readError() const { return m_readError; }

    qint64 familyId(int row) const;
    int rowOf(qint64 familyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A read for more rows failed (readError() says why); the rows already read stay.
    void readFailed();

private:
    FamilyService& m_store;
    QList<FamilySummary> m_rows;
    QString m_filter;
    QString m_readError;
    int m_pageSize = 100;
    bool m_more = false;
    bool m_changing = false;
};

} // namespace Kindred
