// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/EmergencyContactsEditor.h"

#include "base/FieldLimits.h"
#include "widgets/AccessibleNames.h"
#include "widgets/CellProblemMarks.h"
#include "widgets/EmptyListNote.h"
#include "widgets/FieldPath.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace Kindred {
namespace {

enum Column { NameColumn, RelationColumn, PhoneColumn };
// Each column's field in core's paths (FamilyValidation).
const TableFields Fields {"emergencyContacts", {"name", "relation", "phone"}};

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
    m_tableWidget->setAccessibleName(tr("Emergency contacts"));
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
    m_marks = new CellProblemMarks(m_tableWidget, [this](int row) {
        const QString name = cellText(m_tableWidget, row, NameColumn);
        return name.isEmpty() ? tr("Contact %1").arg(row + 1) : name;
    });
    connect(m_marks, &CellProblemMarks::marksChanged, this, &EmergencyContactsEditor::problemsChanged);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_addButton, m_removeButton, m_upButton, m_downButton}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tableWidget);
    layout->addWidget(m_marks->label());
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow(EmergencyContact());
        focusField(m_tableWidget->rowCount() - 1, QStringLiteral("name"));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_tableWidget->currentRow() >= 0) {
            m_tableWidget->removeRow(m_tableWidget->currentRow());
            AccessibleNames::nameCellEditors(m_tableWidget);
            m_marks->prune();
        }
    });
    connect(m_upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { move(+1); });
}

void EmergencyContactsEditor::setContacts(const QList<EmergencyContact>& contacts)
{
    m_marks->clear();
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
    const int column = std::max(int(NameColumn), Fields.columnOf(field));
    m_tableWidget->setCurrentCell(row, column);
    auto* edit = qobject_cast<QLineEdit*>(m_tableWidget->cellWidget(row, column));
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    return true;
}

bool EmergencyContactsEditor::showsField(const QString& field)
{
    return Fields.holds(field);
}

FieldProblems EmergencyContactsEditor::showProblems(const FieldProblems& problems)
{
    return m_marks->show(problems, Fields);
}

FieldProblems EmergencyContactsEditor::problems() const
{
    return m_marks->problems(Fields);
}

void EmergencyContactsEditor::addRow(const EmergencyContact& contact)
{
    const int row = m_tableWidget->rowCount();
    m_tableWidget->insertRow(row);
    const std::tuple<const QString*, const char*, int> cells[]
        = {{&contact.name, "contactNameLineEdit", FieldLimits::PersonName},
           {&contact.relation, "contactRelationLineEdit", FieldLimits::ShortText},
           {&contact.phone, "contactPhoneLineEdit", FieldLimits::Phone}};
    for (int column = 0; column < 3; ++column) {
        auto* edit = new QLineEdit(*std::get<0>(cells[column]));
        edit->setObjectName(QLatin1String(std::get<1>(cells[column])));
        edit->setMaxLength(std::get<2>(cells[column]));
        m_tableWidget->setCellWidget(row, column, edit);
    }
    AccessibleNames::nameCellEditors(m_tableWidget);
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
    // The rows are built again: their problems go with them.
    const FieldProblems kept = problems();
    FieldProblems moved;
    for (const FieldProblem& problem : kept.list()) {
        const FieldPath path = FieldPath::head(problem.field);
        const int now = path.index == row ? target : path.index == target ? row : path.index;
        moved.add(QStringLiteral("emergencyContacts[%1].%2").arg(now).arg(path.rest), problem.message);
    }
    setContacts(list);
    showProblems(moved);
    focusField(target, QStringLiteral("name"));
}

} // namespace Kindred
