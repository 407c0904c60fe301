// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/EmergencyContactsEditor.h"

#include "widgets/EmptyListNote.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

enum Column { NameColumn, RelationColumn, PhoneColumn };

QString cellText(const QTableWidget* table, int row, int column)
{
    return qobject_cast<QLineEdit*>(table->cellWidget(row, column))->text().trimmed();
}

} // namespace

EmergencyContactsEditor::EmergencyContactsEditor(QWidget* parent)
    : QWidget(parent)
    , m_tableWidget(new QTableWidget(0, 3, this))
    , m_addButton(new QPushButton(tr("Add con&tact"), this))
    , m_removeButton(new QPushButton(tr("Remove contact"), this))
    , m_upButton(new QPushButton(tr("Move u&p"), this))
    , m_downButton(new QPushButton(tr("Move do&wn"), this))
{
    m_tableWidget->setObjectName(QStringLiteral("emergencyContactsTableWidget"));
    new EmptyListNote(m_tableWidget,
                      tr("No emergency contacts yet. Add someone besides the guardians whom the centre can call."));
    m_addButton->setObjectName(QStringLiteral("addContactButton"));
    m_removeButton->setObjectName(QStringLiteral("removeContactButton"));
    m_upButton->setObjectName(QStringLiteral("moveContactUpButton"));
    m_downButton->setObjectName(QStringLiteral("moveContactDownButton"));
    m_tableWidget->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("Phone")});
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableWidget->verticalHeader()->setDefaultSectionSize(30);
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_tableWidget->setColumnWidth(NameColumn, 200);
    m_tableWidget->setColumnWidth(RelationColumn, 150);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setTabKeyNavigation(false);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_addButton, m_removeButton, m_upButton, m_downButton}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tableWidget);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow(EmergencyContact());
        focusField(m_tableWidget->rowCount() - 1, QStringLiteral("name"));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_tableWidget->currentRow() >= 0) {
            m_tableWidget->removeRow(m_tableWidget->currentRow());
        }
    });
    connect(m_upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { move(+1); });
}

void EmergencyContactsEditor::setContacts(const QList<EmergencyContact>& contacts)
{
    m_tableWidget->setRowCount(0);
    for (const EmergencyContact& contact : contacts) {
        addRow(contact);
    }
}

QList<EmergencyContact> EmergencyContactsEditor::contacts() const
{
    QList<EmergencyContact> result;
    for (int row = 0; row < m_tableWidget->rowCount(); ++row) {
        result << EmergencyContact {cellText(m_tableWidget, row, NameColumn),
                                    cellText(m_tableWidget, row, RelationColumn),
                                    cellText(m_tableWidget, row, PhoneColumn)};
    }
    return result;
}

bool EmergencyContactsEditor::focusField(int row, const QString& field)
{
    if (row < 0 || row >= m_tableWidget->rowCount()) {
        return false;
    }
    const int column = field == QLatin1String("phone") ? PhoneColumn
        : field == QLatin1String("relation")           ? RelationColumn
                                                       : NameColumn;
    m_tableWidget->setCurrentCell(row, column);
    m_tableWidget->cellWidget(row, column)->setFocus(Qt::OtherFocusReason);
    return true;
}

void EmergencyContactsEditor::addRow(const EmergencyContact& contact)
{
    const int row = m_tableWidget->rowCount();
    m_tableWidget->insertRow(row);
    const std::pair<const QString*, const char*> cells[] = {{&contact.name, "contactNameLineEdit"},
                                                            {&contact.relation, "contactRelationLineEdit"},
                                                            {&contact.phone, "contactPhoneLineEdit"}};
    for (int column = 0; column < 3; ++column) {
        auto* edit = new QLineEdit(*cells[column].first);
        edit->setObjectName(QLatin1String(cells[column].second));
        m_tableWidget->setCellWidget(row, column, edit);
    }
}

void EmergencyContactsEditor::move(int delta)
{
    const int row = m_tableWidget->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_tableWidget->rowCount()) {
        return;
    }
    QList<EmergencyContact> list = contacts();
    list.swapItemsAt(row, target);
    setContacts(list);
    focusField(target, QStringLiteral("name"));
}

} // namespace Kindred
