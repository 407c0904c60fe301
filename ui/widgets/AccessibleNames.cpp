// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AccessibleNames.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QTableWidget>

namespace Kindred {

namespace {
const QString NameLabel = QStringLiteral("accessibleNameLabel");
}

void AccessibleNames::nameField(QWidget* field, const QString& name)
{
    field->setAccessibleName(name);
    QWidget* parent = field->parentWidget();
    if (!qobject_cast<QComboBox*>(field) || !parent) {
        return;
    }
    QString text = name;
    text.replace(QLatin1Char('&'), QStringLiteral("&&")); // a name, never an Alt key
    for (QLabel* label : parent->findChildren<QLabel*>(NameLabel, Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == field) {
            label->setText(text);
            return;
        }
        if (!label->buddy()) { // its field was deleted (a list rebuilt)
            label->deleteLater();
        }
    }
    auto* label = new QLabel(text, parent);
    label->setObjectName(NameLabel);
    label->hide();
    label->setBuddy(field);
}

void AccessibleNames::nameCellEditors(QTableWidget* table)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QWidget* editor = table->cellWidget(row, column);
            if (!editor) {
                continue;
            }
            const QString heading = table->model()->headerData(column, Qt::Horizontal).toString();
            const QString name = QCoreApplication::translate("Kindred::AccessibleNames", "%1, row %2",
                                                             "an editor in a table: its column's heading and its row")
                                     .arg(heading)
                                     .arg(row + 1);
            if (editor->metaObject() != &QWidget::staticMetaObject) {
                nameField(editor, name);
                continue;
            }
            // A plain box holding the cell's fields: each is named, a tick box or button by its own text.
            for (QWidget* inner : editor->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
                if (!qobject_cast<QAbstractButton*>(inner) && !qobject_cast<QLabel*>(inner)) {
                    nameField(inner, name);
                }
            }
        }
    }
}

} // namespace Kindred
