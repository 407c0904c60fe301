// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthListEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

HealthListEditor::HealthListEditor(const QString& name, const QString& firstTitle, const QString& secondTitle,
                                   QWidget* parent)
    : QWidget(parent)
    , m_tableWidget(new QTableWidget(0, 2, this))
    , m_firstLineEdit(new QLineEdit(this))
    , m_secondLineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_updateButton(new QPushButton(tr("Update"), this))
    , m_removeButton(new QPushButton(tr("Remove…"), this))
{
    setObjectName(name + QStringLiteral("Editor"));
    m_tableWidget->setObjectName(name + QStringLiteral("TableWidget"));
    m_tableWidget->setAccessibleName(firstTitle);
    m_firstLineEdit->setObjectName(name + QStringLiteral("LineEdit"));
    m_secondLineEdit->setObjectName(name + QStringLiteral("NotesLineEdit"));
    m_addButton->setObjectName(name + QStringLiteral("AddButton"));
    m_updateButton->setObjectName(name + QStringLiteral("UpdateButton"));
    m_removeButton->setObjectName(name + QStringLiteral("RemoveButton"));
    m_tableWidget->setHorizontalHeaderLabels({firstTitle, secondTitle});
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_tableWidget->setColumnWidth(0, 180);
    m_tableWidget->setTabKeyNavigation(false);

    auto* form = new QFormLayout;
    form->addRow(firstTitle + QLatin1Char(':'), m_firstLineEdit);
    form->addRow(secondTitle + QLatin1Char(':'), m_secondLineEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_updateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tableWidget, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_tableWidget, &QTableWidget::currentCellChanged, this, &HealthListEditor::showCurrent);
    connect(m_addButton, &QPushButton::clicked, this, &HealthListEditor::addRequested);
    connect(m_firstLineEdit, &QLineEdit::returnPressed, this, &HealthListEditor::addRequested);
    connect(m_updateButton, &QPushButton::clicked, this, [this] {
        if (currentId() != 0) {
            emit updateRequested(currentId());
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (currentId() != 0) {
            emit removeRequested(currentId());
        }
    });
    showCurrent();
}

void HealthListEditor::setRows(const QList<QPair<qint64, QStringList>>& rows)
{
    const QSignalBlocker blocker(m_tableWidget);
    m_tableWidget->setRowCount(0);
    for (const auto& [id, texts] : rows) {
        const int row = m_tableWidget->rowCount();
        m_tableWidget->insertRow(row);
        for (int c = 0; c < 2; ++c) {
            auto* item = new QTableWidgetItem(texts.value(c));
            item->setData(Qt::UserRole, id);
            m_tableWidget->setItem(row, c, item);
        }
    }
    m_tableWidget->setCurrentCell(-1, -1);
    showCurrent();
}

qint64 HealthListEditor::currentId() const
{
    const QTableWidgetItem* item = m_tableWidget->item(m_tableWidget->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString HealthListEditor::firstText() const
{
    return m_firstLineEdit->text();
}

QString HealthListEditor::secondText() const
{
    return m_secondLineEdit->text();
}

void HealthListEditor::clearFields()
{
    m_firstLineEdit->clear();
    m_secondLineEdit->clear();
}

void HealthListEditor::showCurrent()
{
    const int row = m_tableWidget->currentRow();
    const bool selected = currentId() != 0;
    if (selected) {
        m_firstLineEdit->setText(m_tableWidget->item(row, 0)->text());
        m_secondLineEdit->setText(m_tableWidget->item(row, 1)->text());
    }
    m_updateButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

} // namespace Kindred
