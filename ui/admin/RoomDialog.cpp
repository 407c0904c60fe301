// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/RoomDialog.h"

#include "base/BidiText.h"
#include "base/FieldLimits.h"
#include "centre/CentreService.h"
#include "centre/CentreValidation.h"
#include "widgets/ConflictBar.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Kindred {
namespace {

QSpinBox* spinBox(QWidget* parent, const char* name, int max, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, max);
    box->setSuffix(suffix);
    return box;
}

} // namespace

RoomDialog::RoomDialog(CentreService& centre, const Room& room, QWidget* parent)
    : QDialog(parent)
    , m_centre(centre)
    , m_room(room)
    , m_nameLineEdit(new QLineEdit(room.name, this))
    , m_minAgeSpinBox(spinBox(this, "minAgeSpinBox", 240, tr(" months")))
    , m_maxAgeSpinBox(spinBox(this, "maxAgeSpinBox", 240, tr(" months")))
    , m_capacitySpinBox(spinBox(this, "capacitySpinBox", 500, tr(" children")))
    , m_ratioSpinBox(spinBox(this, "childrenPerStaffSpinBox", 50, QString()))
    , m_errorLabel(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
    , m_problems(new FieldProblemLabels(this))
{
    setObjectName(QStringLiteral("roomDialog"));
    setWindowTitle(room.id == 0 ? tr("New room") : tr("Room %1").arg(isolated(room.name)));
    m_nameLineEdit->setObjectName(QStringLiteral("roomNameLineEdit"));
    m_minAgeSpinBox->setValue(room.minAgeMonths);
    m_maxAgeSpinBox->setValue(room.maxAgeMonths);
    m_capacitySpinBox->setValue(room.capacity);
    m_ratioSpinBox->setValue(room.childrenPerStaff);
    m_ratioSpinBox->setPrefix(tr("1 adult : "));
    m_ratioSpinBox->setSuffix(tr(" children"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&Youngest age:"), m_minAgeSpinBox);
    form->addRow(tr("&Oldest age:"), m_maxAgeSpinBox);
    form->addRow(tr("&Capacity:"), m_capacitySpinBox);
    form->addRow(tr("&Ratio:"), m_ratioSpinBox);
    form->addRow(m_errorLabel);
    form->addRow(m_conflictBar);
    form->addRow(buttons);
    m_nameLineEdit->setMaxLength(FieldLimits::RoomName);
    const std::pair<const char*, QWidget*> fields[] = {
        {"name", m_nameLineEdit},        {"minAgeMonths", m_minAgeSpinBox},    {"maxAgeMonths", m_maxAgeSpinBox},
        {"capacity", m_capacitySpinBox}, {"childrenPerStaff", m_ratioSpinBox},
    };
    for (const auto& [field, widget] : fields) {
        m_problems->bind(QLatin1String(field), widget);
    }
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &RoomDialog::reload);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Room RoomDialog::room() const
{
    Room room = m_room;
    room.name = m_nameLineEdit->text().trimmed();
    room.minAgeMonths = m_minAgeSpinBox->value();
    room.maxAgeMonths = m_maxAgeSpinBox->value();
    room.capacity = m_capacitySpinBox->value();
    room.childrenPerStaff = m_ratioSpinBox->value();
    return room;
}

void RoomDialog::save()
{
    Room edited = room();
    // Every problem at once, each under its field; nothing is saved until there is none.
    if (const FieldProblems problems = CentreValidation::problems(edited); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    auto saved = m_centre.saveRoom(edited);
    if (saved) {
        m_room = edited;
        accept();
        return;
    }
    if (m_conflictBar->showIfConflict(saved.error())) { // changed at another desk: what was typed stays
        m_errorLabel->hide();
        return;
    }
    FieldProblems problems;
    problems.add(saved.error().field, saved.errorString());
    showProblems(problems);
}

void RoomDialog::showProblems(const FieldProblems& problems)
{
    m_problems->show(problems, m_errorLabel);
}

void RoomDialog::reload()
{
    auto current = m_centre.room(m_room.id);
    if (!current) {
        m_errorLabel->setText(current.errorString());
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_room = current.value();
    m_nameLineEdit->setText(m_room.name);
    m_minAgeSpinBox->setValue(m_room.minAgeMonths);
    m_maxAgeSpinBox->setValue(m_room.maxAgeMonths);
    m_capacitySpinBox->setValue(m_room.capacity);
    m_ratioSpinBox->setValue(m_room.childrenPerStaff);
}

} // namespace Kindred
