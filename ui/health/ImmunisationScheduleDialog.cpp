// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ImmunisationScheduleDialog.h"

#include "health/ImmunisationService.h"
#include "widgets/AccessibleNames.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

QSpinBox* spin(int value, int minimum, int maximum, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setFrame(false);
    return box;
}

} // namespace

ImmunisationScheduleDialog::ImmunisationScheduleDialog(ImmunisationService& health, QWidget* parent)
    : QDialog(parent)
    , m_health(health)
    , m_tableWidget(new QTableWidget(0, 3, this))
    , m_addButton(new QPushButton(tr("&Add dose"), this))
    , m_removeButton(new QPushButton(tr("&Remove dose"), this))
    , m_saveButton(new QPushButton(tr("&Save schedule"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("immunisationScheduleDialog"));
    setWindowTitle(tr("Immunisation schedule"));
    m_tableWidget->setObjectName(QStringLiteral("scheduleTableWidget"));
    m_tableWidget->setAccessibleName(tr("Immunisation schedule"));
    m_addButton->setObjectName(QStringLiteral("addDoseButton"));
    m_removeButton->setObjectName(QStringLiteral("removeDoseButton"));
    m_saveButton->setObjectName(QStringLiteral("saveScheduleButton"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));

    m_tableWidget->setHorizontalHeaderLabels({tr("Vaccine"), tr("Dose number"), tr("Due at age")});
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tableWidget->setColumnWidth(1, 110);
    m_tableWidget->setColumnWidth(2, 130);
    // A schedule that cannot be read is not an empty one: saving it would replace the centre's schedule.
    const auto read = m_health.schedule();
    for (const ScheduledDose& dose : read ? read.value() : QList<ScheduledDose> {}) {
        addRow(dose);
    }
    if (!read) {
        m_errorLabel->setText(read.errorString());
        m_tableWidget->hide();
        m_addButton->setEnabled(false);
        m_removeButton->setEnabled(false);
        m_saveButton->setEnabled(false);
    }

    auto* intro = new QLabel(tr("Each dose is due on the day the child reaches its age, and overdue %n day(s) later.",
                                nullptr, ImmunisationSchedule::OverdueAfterDays),
                             this);
    intro->setWordWrap(true);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch(1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    box->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tableWidget, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(box);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_removeButton, &QPushButton::clicked, this, &ImmunisationScheduleDialog::removeCurrentRow);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not through the box's accepted(): the dialog closes only once core has saved.
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (save()) {
            accept();
        }
    });
    resize(560, 560);
}

void ImmunisationScheduleDialog::addRow(const ScheduledDose& dose)
{
    const int row = m_tableWidget->rowCount();
    m_tableWidget->insertRow(row);
    m_tableWidget->setItem(row, 0, new QTableWidgetItem(dose.vaccine));
    m_tableWidget->setCellWidget(row, 1, spin(dose.doseNumber, 1, 20, QString(), m_tableWidget));
    m_tableWidget->setCellWidget(row, 2, spin(dose.dueAgeMonths, 0, 240, tr(" months"), m_tableWidget));
    AccessibleNames::nameCellEditors(m_tableWidget);
    if (dose.vaccine.isEmpty()) {
        m_tableWidget->setCurrentCell(row, 0);
        m_tableWidget->editItem(m_tableWidget->item(row, 0));
    }
}

void ImmunisationScheduleDialog::removeCurrentRow()
{
    if (m_tableWidget->currentRow() >= 0) {
        m_tableWidget->removeRow(m_tableWidget->currentRow());
        AccessibleNames::nameCellEditors(m_tableWidget);
    }
}

QList<ScheduledDose> ImmunisationScheduleDialog::scheduleAsTyped() const
{
    QList<ScheduledDose> schedule;
    for (int row = 0; row < m_tableWidget->rowCount(); ++row) {
        ScheduledDose dose;
        dose.vaccine = m_tableWidget->item(row, 0) ? m_tableWidget->item(row, 0)->text() : QString();
        dose.doseNumber = qobject_cast<QSpinBox*>(m_tableWidget->cellWidget(row, 1))->value();
        dose.dueAgeMonths = qobject_cast<QSpinBox*>(m_tableWidget->cellWidget(row, 2))->value();
        schedule << dose;
    }
    return schedule;
}

bool ImmunisationScheduleDialog::save()
{
    const auto saved = m_health.saveSchedule(scheduleAsTyped());
    m_errorLabel->setText(saved ? QString() : saved.errorString());
    return saved.ok();
}

QString ImmunisationScheduleDialog::errorText() const
{
    return m_errorLabel->text();
}

} // namespace Kindred
