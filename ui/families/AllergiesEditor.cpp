// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/AllergiesEditor.h"

#include "base/FieldLimits.h"
#include "widgets/AccessibleNames.h"
#include "widgets/CellProblemMarks.h"
#include "widgets/EmptyListNote.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {
namespace {

enum Column { AllergenColumn, SeverityColumn, ReactionColumn, ActionPlanColumn };
// Each column's field in core's paths (FamilyValidation).
const TableFields Fields {"allergies", {"allergen", "severity", "reaction", "actionPlan"}};

} // namespace

AllergiesEditor::AllergiesEditor(QWidget* parent)
    : QWidget(parent)
    , m_tableWidget(new QTableWidget(0, 4, this))
    , m_addButton(new QPushButton(tr("Add aller&gy"), this))
    , m_removeButton(new QPushButton(tr("Remove allergy"), this))
{
    m_tableWidget->setObjectName(QStringLiteral("allergiesTableWidget"));
    m_tableWidget->setAccessibleName(tr("Allergies"));
    new EmptyListNote(
        m_tableWidget,
        tr("No allergies recorded for this child. Add each one the family tells you about, with how to respond."));
    m_addButton->setObjectName(QStringLiteral("addAllergyButton"));
    m_removeButton->setObjectName(QStringLiteral("removeAllergyButton"));
    m_tableWidget->setHorizontalHeaderLabels({tr("Allergen"), tr("Severity"), tr("Reaction"), tr("Action plan")});
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableWidget->verticalHeader()->setDefaultSectionSize(30);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_tableWidget->setColumnWidth(AllergenColumn, 150);
    m_tableWidget->setColumnWidth(SeverityColumn, 140);
    m_tableWidget->setColumnWidth(ReactionColumn, 170);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setTabKeyNavigation(false);
    m_marks = new CellProblemMarks(m_tableWidget, [this](int row) {
        const QString allergen
            = qobject_cast<QLineEdit*>(m_tableWidget->cellWidget(row, AllergenColumn))->text().trimmed();
        return allergen.isEmpty() ? tr("Allergy %1").arg(row + 1) : allergen;
    });
    connect(m_marks, &CellProblemMarks::marksChanged, this, &AllergiesEditor::problemsChanged);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tableWidget);
    layout->addWidget(m_marks->label());
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow(Allergy());
        focusField(m_tableWidget->rowCount() - 1, QStringLiteral("allergen"));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_tableWidget->currentRow() >= 0) {
            m_tableWidget->removeRow(m_tableWidget->currentRow());
            AccessibleNames::nameCellEditors(m_tableWidget);
            m_marks->prune();
        }
    });
}

void AllergiesEditor::setAllergies(const QList<Allergy>& allergies)
{
    m_marks->clear();
    m_tableWidget->setRowCount(0);
    for (const Allergy& allergy : allergies) {
        addRow(allergy);
    }
}

QList<Allergy> AllergiesEditor::allergies() const
{
    QList<Allergy> result;
    for (int row = 0; row < m_tableWidget->rowCount(); ++row) {
        Allergy allergy;
        allergy.allergen = qobject_cast<QLineEdit*>(m_tableWidget->cellWidget(row, AllergenColumn))->text().trimmed();
        allergy.severity = static_cast<AllergySeverity>(
            qobject_cast<QComboBox*>(m_tableWidget->cellWidget(row, SeverityColumn))->currentData().toInt());
        allergy.reaction = qobject_cast<QLineEdit*>(m_tableWidget->cellWidget(row, ReactionColumn))->text().trimmed();
        allergy.actionPlan
            = qobject_cast<QLineEdit*>(m_tableWidget->cellWidget(row, ActionPlanColumn))->text().trimmed();
        result << allergy;
    }
    return result;
}

bool AllergiesEditor::focusField(int row, const QString& field)
{
    if (row < 0 || row >= m_tableWidget->rowCount()) {
        return false;
    }
    const int column = std::max(int(AllergenColumn), Fields.columnOf(field));
    m_tableWidget->setCurrentCell(row, column);
    QWidget* cell = m_tableWidget->cellWidget(row, column);
    cell->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(cell)) {
        edit->selectAll();
    }
    return true;
}

bool AllergiesEditor::showsField(const QString& field)
{
    return Fields.holds(field);
}

FieldProblems AllergiesEditor::showProblems(const FieldProblems& problems)
{
    return m_marks->show(problems, Fields);
}

FieldProblems AllergiesEditor::problems() const
{
    return m_marks->problems(Fields);
}

void AllergiesEditor::addRow(const Allergy& allergy)
{
    const int row = m_tableWidget->rowCount();
    m_tableWidget->insertRow(row);
    auto* allergen = new QLineEdit(allergy.allergen);
    allergen->setObjectName(QStringLiteral("allergenLineEdit"));
    allergen->setPlaceholderText(tr("peanuts, egg, penicillin…"));
    allergen->setMaxLength(FieldLimits::ShortText);
    auto* severity = new QComboBox;
    severity->setObjectName(QStringLiteral("severityComboBox"));
    for (auto level : {AllergySeverity::Mild, AllergySeverity::Moderate, AllergySeverity::Severe,
                       AllergySeverity::LifeThreatening}) {
        severity->addItem(allergySeverityName(level), int(level));
    }
    severity->setCurrentIndex(severity->findData(int(allergy.severity)));
    auto* reaction = new QLineEdit(allergy.reaction);
    reaction->setObjectName(QStringLiteral("reactionLineEdit"));
    reaction->setMaxLength(FieldLimits::Notes);
    auto* plan = new QLineEdit(allergy.actionPlan);
    plan->setObjectName(QStringLiteral("actionPlanLineEdit"));
    plan->setMaxLength(FieldLimits::Notes);
    plan->setPlaceholderText(tr("e.g. EpiPen in the red bag, call 000"));
    m_tableWidget->setCellWidget(row, AllergenColumn, allergen);
    m_tableWidget->setCellWidget(row, SeverityColumn, severity);
    m_tableWidget->setCellWidget(row, ReactionColumn, reaction);
    m_tableWidget->setCellWidget(row, ActionPlanColumn, plan);
    AccessibleNames::nameCellEditors(m_tableWidget);
    connect(severity, &QComboBox::currentIndexChanged, this, [this, severity] {
        for (int r = 0; r < m_tableWidget->rowCount(); ++r) {
            if (m_tableWidget->cellWidget(r, SeverityColumn) == severity) {
                updateRowAlert(r);
            }
        }
    });
    updateRowAlert(row);
}

void AllergiesEditor::updateRowAlert(int row)
{
    auto* severity = qobject_cast<QComboBox*>(m_tableWidget->cellWidget(row, SeverityColumn));
    const bool alert
        = static_cast<AllergySeverity>(severity->currentData().toInt()) == AllergySeverity::LifeThreatening;
    const QString style = alert ? Palette::boldTextStyle(Palette::Alert) : QString();
    for (int column = AllergenColumn; column <= ActionPlanColumn; ++column) {
        m_tableWidget->cellWidget(row, column)->setStyleSheet(style);
    }
}

} // namespace Kindred
