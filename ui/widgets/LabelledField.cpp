// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LabelledField.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Kindred {

LabelledField::LabelledField(const QString& text, QWidget* field, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(text, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(field, 1);
    m_label->setBuddy(field);
}

} // namespace Kindred
