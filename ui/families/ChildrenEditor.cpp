// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/ChildrenEditor.h"

#include "families/ChildDetailsEditor.h"
#include "widgets/FieldPath.h"
#include "widgets/Icons.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

ChildrenEditor::ChildrenEditor(QWidget* parent)
    : QWidget(parent)
    , m_listWidget(new QListWidget(this))
    , m_addButton(new QPushButton(tr("Add ch&ild"), this))
    , m_removeButton(new QPushButton(tr("Remo&ve child"), this))
    , m_healthButton(new QPushButton(tr("Health reco&rd…"), this))
    , m_details(new ChildDetailsEditor(this))
{
    m_listWidget->setObjectName(QStringLiteral("childrenListWidget"));
    m_listWidget->setAccessibleName(tr("Children"));
    m_addButton->setObjectName(QStringLiteral("addChildButton"));
    m_removeButton->setObjectName(QStringLiteral("removeChildButton"));
    m_healthButton->setObjectName(QStringLiteral("healthRecordButton"));
    m_healthButton->setToolTip(tr("Conditions, medications, immunisations and the medication log (saved children)"));
    m_listWidget->setMaximumWidth(220);
    m_listWidget->setUniformItemSizes(true);
    m_listWidget->setIconSize(QSize(16, 16)); // the alert beside a child with a problem, no taller than the name
    auto* left = new QVBoxLayout;
    left->addWidget(m_listWidget);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    left->addLayout(buttons);
    left->addWidget(m_healthButton);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(m_details, 1);

    connect(m_addButton, &QPushButton::clicked, this, &ChildrenEditor::addChild);
    connect(m_removeButton, &QPushButton::clicked, this, &ChildrenEditor::removeChild);
    connect(m_listWidget, &QListWidget::currentRowChanged, this, &ChildrenEditor::showChild);
    // A fixed cell's problem goes from the child's list of problems (and its mark in the list) at once.
    connect(m_details, &ChildDetailsEditor::problemsChanged, this, [this] {
        if (!m_loading && m_current >= 0 && m_current < m_problems.size()) {
            m_problems[m_current] = m_details->problems();
            updateListItem(m_current);
        }
    });
    connect(m_healthButton, &QPushButton::clicked, this, [this] {
        if (m_current >= 0 && m_children.at(m_current).id != 0) {
            emit healthRecordRequested(m_children.at(m_current).id, m_children.at(m_current).displayName());
        }
    });
    showChild(-1);
}

void ChildrenEditor::setRooms(const QList<Room>& rooms)
{
    m_details->setRooms(rooms);
}

void ChildrenEditor::setAdults(const QList<Person>& adults)
{
    storeCurrent();
    m_adults = adults;
    for (Child& child : m_children) {
        child.pickups.removeIf([&adults](const PickupAuthorisation& pickup) {
            return std::none_of(adults.cbegin(), adults.cend(),
                                [&pickup](const Person& p) { return p.id == pickup.personId; });
        });
    }
    m_loading = true; // the tables are built again: their marks are put back below, not lost
    m_details->setAdults(adults);
    if (m_current >= 0) {
        m_details->setChild(m_children.at(m_current));
    }
    m_loading = false;
    if (m_current >= 0) {
        m_details->showProblems(m_problems.value(m_current)); // the tables' rows were built again
    }
}

void ChildrenEditor::setChildren(const QList<Child>& children)
{
    m_current = -1;
    m_children = children;
    m_problems.clear();
    m_loading = true;
    m_listWidget->clear();
    for (int row = 0; row < m_children.size(); ++row) {
        m_listWidget->addItem(QString());
        updateListItem(row);
    }
    m_loading = false;
    m_listWidget->setCurrentRow(m_children.isEmpty() ? -1 : 0);
    showChild(m_listWidget->currentRow());
}

QList<Child> ChildrenEditor::children() const
{
    storeCurrent();
    return m_children;
}

bool ChildrenEditor::focusField(int row, const QString& field)
{
    if (row < 0 || row >= m_children.size()) {
        m_listWidget->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_listWidget->setCurrentRow(row);
    return m_details->focusField(field);
}

void ChildrenEditor::addChild()
{
    storeCurrent();
    Child child;
    if (!m_adults.isEmpty()) {
        child.lastName = m_adults.constFirst().lastName;
    }
    m_children << child;
    m_listWidget->addItem(QString());
    updateListItem(int(m_children.size()) - 1);
    m_listWidget->setCurrentRow(int(m_children.size()) - 1);
    m_details->focusField(QStringLiteral("firstName"));
}

void ChildrenEditor::removeChild()
{
    const int row = m_listWidget->currentRow();
    if (row < 0) {
        return;
    }
    m_current = -1;
    m_children.removeAt(row);
    m_problems.clear(); // they name rows by number: said again on the next save
    delete m_listWidget->takeItem(row);
    for (int other = 0; other < m_children.size(); ++other) {
        updateListItem(other);
    }
    showChild(m_listWidget->currentRow());
}

void ChildrenEditor::showChild(int row)
{
    if (m_loading) {
        return;
    }
    if (m_current >= 0 && m_current != row) {
        storeCurrent();
        updateListItem(m_current);
    }
    m_current = row;
    const bool valid = row >= 0 && row < m_children.size();
    m_details->setEnabled(valid);
    m_removeButton->setEnabled(valid);
    m_healthButton->setEnabled(valid && m_children.at(row).id != 0);
    m_loading = true;
    m_details->setChild(valid ? m_children.at(row) : Child());
    m_loading = false;
    m_details->showProblems(valid ? m_problems.value(row) : FieldProblems());
}

FieldProblems ChildrenEditor::showProblems(const FieldProblems& problems)
{
    m_problems = QList<FieldProblems>(m_children.size());
    FieldProblems elsewhere;
    for (const FieldProblem& problem : problems.list()) {
        const FieldPath path = FieldPath::head(problem.field);
        if (path.name == QLatin1String("children") && path.index >= 0 && path.index < m_children.size()
            && m_details->showsField(path.rest)) {
            m_problems[path.index].add(path.rest, problem.message);
        } else {
            elsewhere.add(problem.field, problem.message);
        }
    }
    for (int row = 0; row < m_children.size(); ++row) {
        updateListItem(row);
    }
    const FieldProblems unplaced
        = m_details->showProblems(m_current >= 0 ? m_problems.value(m_current) : FieldProblems());
    for (const FieldProblem& problem : unplaced.list()) {
        elsewhere.add(QStringLiteral("children[%1].%2").arg(m_current).arg(problem.field), problem.message);
    }
    return elsewhere;
}

void ChildrenEditor::storeCurrent() const
{
    if (m_current >= 0 && m_current < m_children.size()) {
        m_details->writeTo(m_children[m_current]);
        if (m_current < m_problems.size()) {
            m_problems[m_current] = m_details->problems();
        }
    }
}

void ChildrenEditor::updateListItem(int row)
{
    QListWidgetItem* item = m_listWidget->item(row);
    if (!item || row >= m_children.size()) {
        return;
    }
    const Child& child = m_children.at(row);
    const QString name = child.displayName().trimmed();
    const bool alert = child.hasLifeThreateningAllergy();
    item->setText((alert ? QStringLiteral("⚠ ") : QString()) + (name.isEmpty() ? tr("(new child)") : name));
    item->setForeground(alert ? QBrush(Palette::color(Palette::Alert)) : QBrush());
    item->setToolTip(alert ? tr("Life-threatening allergy") : QString());
    if (!m_problems.value(row).isEmpty()) { // a problem to fix: the icon, the rest as it was
        item->setIcon(Icons::icon(Icons::Alert, Palette::Alert));
        item->setToolTip(item->toolTip().isEmpty()
                             ? tr("Something here needs fixing.")
                             : item->toolTip() + QLatin1Char('\n') + tr("Something here needs fixing."));
    } else {
        item->setIcon(QIcon());
    }
}

void ChildrenEditor::setHiddenForRole(const QString& medicalNote, const QString& custodyNote)
{
    m_healthButton->setVisible(medicalNote.isEmpty());
    m_details->setHiddenForRole(medicalNote, custodyNote);
}

void ChildrenEditor::setCustodyReadOnly(const QString& note)
{
    m_details->setCustodyReadOnly(note);
}

void ChildrenEditor::setReadOnly(bool readOnly)
{
    m_addButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly);
    m_details->setReadOnly(readOnly);
}

} // namespace Kindred
