// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketBoardModel.h"

#include "base/Clock.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Kindred {

TicketBoardModel::TicketBoardModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TicketBoardModel::setRows(const QList<TicketSummary>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const TicketSummary* TicketBoardModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int TicketBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketBoardModel::data(const QModelIndex& index, int role) const
{
    const TicketSummary* t = row(index.row());
    if (!t || !index.isValid()) {
        return {};
    }
    switch (role) {
    case TicketIdRole:
        return t->id;
    case OverdueRole:
        return t->overdue;
    case MineRole:
        return t->mine;
    case FamilyIdRole:
        return t->familyId;
    case SiteIdRole:
        return t->siteId;
    case Qt::ForegroundRole:
        return t->overdue ? QVariant(QBrush(Palette::color(Palette::Overdue))) : QVariant();
    case Qt::FontRole: {
        if (!t->mine) {
            return {};
        }
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        return t->overdue ? tr("Overdue: past its target to %1")
                                .arg(t->status == TicketStatus::New ? tr("acknowledge") : tr("resolve"))
                          : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return t->id;
    case StatusColumn:
        return t->overdue ? tr("%1 — overdue").arg(ticketStatusName(t->status)) : ticketStatusName(t->status);
    case FamilyColumn:
        return t->familyName;
    case SiteColumn:
        return t->siteName;
    case SubjectColumn:
        return t->subject;
    case KindColumn:
        return ticketKindName(t->kind);
    case CategoryColumn:
        return ticketCategoryName(t->category);
    case PriorityColumn:
        return ticketPriorityName(t->priority);
    case OwnerColumn:
        return t->ownerName;
    case RaisedColumn:
        return locale.toString(t->createdAt.toTimeZone(Clock::timeZone()), QLocale::ShortFormat);
    case DueColumn: {
        if (t->status == TicketStatus::Resolved || t->status == TicketStatus::Closed) {
            return QString();
        }
        const QDateTime due = t->status == TicketStatus::New ? t->dueAcknowledgeAt : t->dueResolveAt;
        return locale.toString(due.toTimeZone(Clock::timeZone()), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant TicketBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case StatusColumn:
        return tr("Status");
    case FamilyColumn:
        return tr("Family");
    case SiteColumn:
        return tr("Site");
    case SubjectColumn:
        return tr("Subject");
    case KindColumn:
        return tr("Kind");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Priority");
    case OwnerColumn:
        return tr("Owner");
    case RaisedColumn:
        return tr("Raised");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace Kindred
