// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RecordListPage.h"

#include "widgets/EmptyListNote.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

RecordListPage::RecordListPage(Session& session, Permission manage, const Names& names, const QStringList& headers,
                               QWidget* parent)
    : QWidget(parent)
    , m_tableWidget(new QTableWidget(0, int(headers.size()), this))
    , m_addButton(new QPushButton(names.addText, this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_archiveButton(new QPushButton(tr("A&rchive…"), this))
{
    setObjectName(names.page);
    m_tableWidget->setObjectName(names.table);
    m_addButton->setObjectName(names.addButton);
    m_editButton->setObjectName(names.editButton);
    m_archiveButton->setObjectName(names.archiveButton);
    m_tableWidget->setHorizontalHeaderLabels(headers);
    new EmptyListNote(m_tableWidget, names.emptyText);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setTabKeyNavigation(false);
    m_tableWidget->setAlternatingRowColors(true);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tableWidget, 1);
    setFocusProxy(m_tableWidget);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRecord(); });
    connect(m_editButton, &QPushButton::clicked, this, &RecordListPage::editCurrent);
    connect(m_archiveButton, &QPushButton::clicked, this, &RecordListPage::archiveCurrent);
    // Only those who may change them open the editor from the list; the others only read it.
    connect(m_tableWidget, &QTableWidget::activated, this, [this] {
        if (m_editButton->isVisibleTo(this)) {
            editCurrent();
        }
    });
    for (QPushButton* button : {m_addButton, m_editButton, m_archiveButton}) {
        PermissionGate::bind(session, button, {manage});
    }
}

void RecordListPage::showRows(const QList<QStringList>& rows)
{
    m_tableWidget->clearSpans();
    m_recordCount = int(rows.size());
    m_tableWidget->setRowCount(m_recordCount);
    for (int row = 0; row < m_recordCount; ++row) {
        const QStringList& cells = rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            m_tableWidget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
}

void RecordListPage::showError(const QString& message)
{
    m_tableWidget->clearSpans();
    m_recordCount = 0;
    m_tableWidget->setRowCount(1);
    auto* item = new QTableWidgetItem(message);
    item->setForeground(Palette::color(Palette::Alert));
    m_tableWidget->setItem(0, 0, item);
    m_tableWidget->setSpan(0, 0, 1, m_tableWidget->columnCount());
}

int RecordListPage::currentRecordRow() const
{
    const int row = m_tableWidget->currentRow();
    return row >= 0 && row < m_recordCount ? row : -1;
}

void RecordListPage::editCurrent()
{
    if (const int row = currentRecordRow(); row >= 0) {
        editRecord(row);
    }
}

void RecordListPage::archiveCurrent()
{
    if (const int row = currentRecordRow(); row >= 0) {
        archiveRecord(row);
    }
}

} // namespace Kindred
