// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FieldProblemLabels.h"

#include "widgets/Palette.h"

#include <QAbstractSpinBox>
#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace Kindred {
namespace {

// The layout, under `layout`, that holds `widget` itself.
QLayout* layoutHolding(QLayout* layout, QWidget* widget)
{
    if (!layout) {
        return nullptr;
    }
    if (layout->indexOf(widget) >= 0) {
        return layout;
    }
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout* found = layoutHolding(layout->itemAt(i)->layout(), widget)) {
            return found;
        }
    }
    return nullptr;
}

// The layout, under `layout`, that holds the layout `child` as one of its items.
QLayout* layoutAround(QLayout* layout, QLayout* child)
{
    if (!layout) {
        return nullptr;
    }
    for (int i = 0; i < layout->count(); ++i) {
        QLayout* inner = layout->itemAt(i)->layout();
        if (inner == child) {
            return layout;
        }
        if (QLayout* found = layoutAround(inner, child)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

FieldProblemLabels::FieldProblemLabels(QObject* parent)
    : QObject(parent)
{ }

bool FieldProblemLabels::bind(const QString& field, QWidget* widget)
{
    QWidget* parent = widget ? widget->parentWidget() : nullptr;
    QLayout* layout = parent ? layoutHolding(parent->layout(), widget) : nullptr;
    if (!layout) {
        return false;
    }
    auto* label = new QLabel(parent);
    label->setObjectName(widget->objectName() + QStringLiteral("Problem"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // As tall as its lines, no taller: a wrapping label would otherwise take a share of the form's spare height.
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    label->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    auto* box = qobject_cast<QBoxLayout*>(layout);
    const bool sideBySide
        = box && (box->direction() == QBoxLayout::LeftToRight || box->direction() == QBoxLayout::RightToLeft);
    QLayout* around = sideBySide ? layoutAround(parent->layout(), box) : nullptr;
    auto* rowForm = qobject_cast<QFormLayout*>(around);
    auto* column = qobject_cast<QBoxLayout*>(around);
    if (column && column->direction() != QBoxLayout::TopToBottom && column->direction() != QBoxLayout::BottomToTop) {
        column = nullptr;
    }
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(widget, &row, &role);
        form->insertRow(row + 1, static_cast<QWidget*>(nullptr), label);
    } else if (rowForm) { // a field beside others on one form row: the problem goes on a row under it
        int row = -1;
        QFormLayout::ItemRole role {};
        rowForm->getLayoutPosition(box, &row, &role);
        rowForm->insertRow(row + 1, static_cast<QWidget*>(nullptr), label);
    } else if (column) { // a field beside others in a row of a column: the problem goes under the row
        column->insertWidget(column->indexOf(box) + 1, label);
    } else if (box && !sideBySide) {
        box->insertWidget(box->indexOf(widget) + 1, label);
    } else {
        delete label;
        return false;
    }
    m_bindings.insert(field, Binding {widget, label});
    setVisible(label, false);
    return true;
}

void FieldProblemLabels::setVisible(QLabel* label, bool visible)
{
    // A hidden form row takes no space (a hidden widget alone would leave its row's spacing).
    if (auto* form = qobject_cast<QFormLayout*>(layoutHolding(label->parentWidget()->layout(), label))) {
        int row = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(label, &row, &role);
        form->setRowVisible(row, visible);
    } else {
        label->setVisible(visible);
    }
}

void FieldProblemLabels::bindLines(std::initializer_list<Line> lines)
{
    for (const Line& line : lines) {
        line.edit->setMaxLength(line.maxLength);
        bind(QLatin1String(line.field), line.edit);
    }
}

QString FieldProblemLabels::lines(const FieldProblems& problems)
{
    QStringList said;
    for (const FieldProblem& problem : problems.list()) {
        said << problem.message;
    }
    return said.join(QLatin1Char('\n'));
}

FieldProblems FieldProblemLabels::show(const FieldProblems& problems, QLabel* rest, bool focus)
{
    const FieldProblems elsewhere = show(problems, focus);
    rest->setText(lines(elsewhere));
    rest->setVisible(!elsewhere.isEmpty());
    return elsewhere;
}

FieldProblems FieldProblemLabels::show(const FieldProblems& problems, bool focus)
{
    QHash<QString, QStringList> messages;
    FieldProblems unbound;
    QWidget* first = nullptr;
    for (const FieldProblem& problem : problems.list()) {
        const auto binding = m_bindings.constFind(problem.field);
        if (binding == m_bindings.cend() || !binding->widget || !binding->label) {
            unbound.add(problem.field, problem.message);
            continue;
        }
        messages[problem.field] << problem.message;
        if (!first) {
            first = binding->widget;
        }
    }
    for (auto binding = m_bindings.cbegin(); binding != m_bindings.cend(); ++binding) {
        if (!binding->label) {
            continue;
        }
        const QStringList said = messages.value(binding.key());
        binding->label->setText(said.join(QLatin1Char('\n')));
        setVisible(binding->label, !said.isEmpty());
        if (binding->widget) {
            binding->widget->setAccessibleDescription(said.join(QLatin1Char(' ')));
        }
    }
    if (focus && first) {
        first->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(first)) {
            edit->selectAll();
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(first)) {
            spin->selectAll();
        }
    }
    return unbound;
}

FieldProblems FieldProblemLabels::show(const Error& error, bool focus)
{
    FieldProblems problems;
    problems.add(error.field, error.message);
    return show(problems, focus);
}

void FieldProblemLabels::clear()
{
    show(FieldProblems(), false);
}

QLabel* FieldProblemLabels::label(const QString& field) const
{
    return m_bindings.value(field).label;
}

QWidget* FieldProblemLabels::widget(const QString& field) const
{
    return m_bindings.value(field).widget;
}

} // namespace Kindred
