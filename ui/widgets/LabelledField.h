// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Kindred {

// A field with its label before it, in one piece so that a row of filters that flows onto a second line never
// parts them. The label is the field's buddy and its sibling, which is how Qt names the field to a screen reader
// (on Linux the only way to name a combo box: its accessible name is otherwise its value).
class LabelledField : public QWidget
{
public:
    LabelledField(const QString& text, QWidget* field, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }

private:
    QLabel* m_label;
};

} // namespace Kindred
