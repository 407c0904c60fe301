// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace Kindred {

// The controls of a screen that a screen reader cannot name (issue 17, point 7): every visible interactive
// control (buttons, check boxes, line and text edits, spin boxes, date and time edits, combo boxes, tables,
// lists and trees, sliders, chart views, each tab of a tab bar) whose accessible interface has an empty name.
// What Qt 6.4 gives a name: setAccessibleName; a QLabel that is the control's buddy and its sibling; the title
// of the group box it sits in; a button's text. Except for item views, which take only setAccessibleName, and
// combo boxes: on Linux a combo box's name is its current value (QAccessibleComboBox falls through Name to
// Value), so it counts as named only through its Label relation, a buddy label or its group box. The parts Qt
// builds inside a control (a line edit's clear button, a table's corner button, a spin box's line edit) are
// the control's own and not looked at. A widget hidden, or in another window, is not on screen.
class AccessibleNameCheck
{
public:
    // "QComboBox "familyRoomComboBox" (says only its value "Possums")" for each control of `screen` without a name.
    static QStringList unnamed(QWidget* screen)
    {
        QStringList found;
        const QList<QWidget*> widgets = screen->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(screen) || widget->window() != screen->window() || !isControl(widget)
                || isPartOfAControl(widget)) {
                continue;
            }
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
            if (!iface) {
                found << describe(widget, QStringLiteral("has no accessible interface"));
                continue;
            }
            if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < iface->childCount(); ++i) {
                    QAccessibleInterface* tab = iface->child(i);
                    if (tab && tab->role() == QAccessible::PageTab && !tab->state().invisible
                        && tab->text(QAccessible::Name).trimmed().isEmpty()) {
                        found << describe(tabs, QStringLiteral("tab %1 has no name").arg(i + 1));
                    }
                }
                continue;
            }
            if (qobject_cast<QComboBox*>(widget)) {
                if (labelOf(iface).isEmpty()) {
                    found << describe(
                        widget, QStringLiteral("says only its value \"%1\"").arg(iface->text(QAccessible::Value)));
                }
                continue;
            }
            if (iface->text(QAccessible::Name).trimmed().isEmpty() && labelOf(iface).isEmpty()) {
                found << describe(widget, QStringLiteral("has no name"));
            }
        }
        return found;
    }

private:
    static bool isControl(const QWidget* widget)
    {
        if (qobject_cast<const QScrollBar*>(widget) || qobject_cast<const QHeaderView*>(widget)) {
            return false;
        }
        if (auto* box = qobject_cast<const QGroupBox*>(widget)) {
            return box->isCheckable();
        }
        return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
            || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QComboBox*>(widget)
            || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QAbstractSlider*>(widget)
            || qobject_cast<const QTabBar*>(widget) || qobject_cast<const QPlainTextEdit*>(widget)
            || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QGraphicsView*>(widget);
    }

    // Qt's own pieces: the line edit of a spin box or combo box, a line edit's clear button, a table's corner
    // button, a tab bar's scroll buttons.
    static bool isPartOfAControl(const QWidget* widget)
    {
        for (const QWidget* up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (qobject_cast<const QAbstractSpinBox*>(up) || qobject_cast<const QComboBox*>(up)
                || qobject_cast<const QLineEdit*>(up) || qobject_cast<const QTabBar*>(up)) {
                return true;
            }
            if (qobject_cast<const QAbstractItemView*>(up)) {
                // An editor placed in a cell (setCellWidget) is a control of its own; the corner button is not.
                return qobject_cast<const QAbstractButton*>(widget) && widget->parentWidget() == up;
            }
            if (up->isWindow()) {
                break;
            }
        }
        return false;
    }

    // The text of the label a screen reader reads with the control (the Label relation).
    static QString labelOf(QAccessibleInterface* iface)
    {
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto& relation : labels) {
            if (relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty()) {
                return relation.first->text(QAccessible::Name);
            }
        }
        return {};
    }

    static QString describe(const QWidget* widget, const QString& what)
    {
        return QStringLiteral("%1 \"%2\" %3")
            .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), what);
    }
};

} // namespace Kindred
