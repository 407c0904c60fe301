// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyListModel.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace Kindred {

FamilyListModel::FamilyListModel(FamilyService& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

void FamilyListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    refresh();
}

void FamilyListModel::setFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter && !m_rows.isEmpty()) {
        return;
    }
    m_filter = trimmed;
    refresh();
}

void FamilyListModel::refresh()
{
    // Views (and QAbstractItemModelTester) may call fetchMore() from the modelReset or rowsInserted
    // signal; inserting rows before the current change has finished would nest two changes.
    m_changing = true;
    beginResetModel();
    auto read = m_filter.isEmpty() ? m_store.list(0, m_pageSize) : m_store.search(m_filter, searchLimit());
    m_readError = read ? QString() : read.errorString();
    m_rows = read ? std::move(read).value() : QList<FamilySummary> {};
    m_more = read && m_filter.isEmpty() && m_rows.size() == m_pageSize;
    endResetModel();
    m_changing = false;
}

qint64 FamilyListModel::familyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int FamilyListModel::rowOf(qint64 familyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == familyId) {
            return row;
        }
    }
    return -1;
}

int FamilyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FamilyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FamilySummary& family = m_rows.at(index.row());
    const bool alert = family.hasLifeThreateningAllergy;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FamilyColumn:
            return alert ? QStringLiteral("⚠ ") + family.householdName : family.householdName;
        case ChildrenColumn:
            return family.childNames;
        case GuardiansColumn:
            return family.adultNames;
        case StatusColumn:
            return familyStatusName(family.status);
        case CardColumn:
            return family.cardCode;
        }
        return {};
    case Qt::ToolTipRole:
        if (alert && (index.column() == FamilyColumn || index.column() == ChildrenColumn)) {
            return tr("A child of this family has a life-threatening allergy.");
        }
        return {};
    case Qt::ForegroundRole:
        if (alert && (index.column() == FamilyColumn || index.column() == ChildrenColumn)) {
            return QBrush(Palette::color(Palette::Alert));
        }
        return {};
    case Qt::FontRole:
        if (alert && index.column() == FamilyColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FamilyIdRole:
        return family.id;
    case LifeThreateningAllergyRole:
        return alert;
    }
    return {};
}

QVariant FamilyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FamilyColumn:
        return tr("Family");
    case ChildrenColumn:
        return tr("Children");
    case GuardiansColumn:
        return tr("Guardians");
    case StatusColumn:
        return tr("Status");
    case CardColumn:
        return tr("Card");
    }
    return {};
}

bool FamilyListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_changing;
}

void FamilyListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const auto read = m_store.list(int(m_rows.size()), m_pageSize);
    if (!read) {
        m_readError = read.errorString();
        m_more = false;
        emit readFailed();
        return;
    }
    const QList<FamilySummary>& page = read.value();
    m_more = page.size() == m_pageSize;
    if (page.isEmpty()) {
        return;
    }
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_changing = false;
}

} // namespace Kindred
