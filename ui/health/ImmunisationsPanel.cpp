// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ImmunisationsPanel.h"

#include "base/Clock.h"
#include "health/ImmunisationScheduleDialog.h"
#include "health/ImmunisationService.h"
#include "widgets/EmptyListNote.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

ImmunisationsPanel::ImmunisationsPanel(ImmunisationService& health, qint64 childId, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
    , m_childId(childId)
    , m_summaryLabel(new QLabel(this))
    , m_tableWidget(new QTableWidget(0, 5, this))
    , m_doseComboBox(new QComboBox(this))
    , m_givenOnDateEdit(new QDateEdit(this))
    , m_recordButton(new QPushButton(tr("&Record as given"), this))
    , m_scheduleButton(new QPushButton(tr("Edit the centre's &schedule…"), this))
{
    m_summaryLabel->setObjectName(QStringLiteral("immunisationSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_tableWidget->setObjectName(QStringLiteral("immunisationsTableWidget"));
    m_tableWidget->setAccessibleName(tr("Immunisations"));
    new EmptyListNote(m_tableWidget,
                      tr("No immunisations recorded. Add each dose from the child's record or certificate."));
    m_doseComboBox->setObjectName(QStringLiteral("immunisationDoseComboBox"));
    m_givenOnDateEdit->setObjectName(QStringLiteral("givenOnDateEdit"));
    m_recordButton->setObjectName(QStringLiteral("recordImmunisationButton"));
    m_scheduleButton->setObjectName(QStringLiteral("editScheduleButton"));

    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_tableWidget->setHorizontalHeaderLabels({tr("Vaccine"), tr("Dose"), tr("Due on"), tr("Status"), tr("Given on")});
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setTabKeyNavigation(false);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths {200, 60, 120, 110};
    for (int c = 0; c < widths.size(); ++c) {
        m_tableWidget->setColumnWidth(c, widths.at(c));
    }
    m_givenOnDateEdit->setDisplayFormat(dateEditFormat());
    m_givenOnDateEdit->setCalendarPopup(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Vaccine dose:"), m_doseComboBox);
    form->addRow(tr("&Given on:"), m_givenOnDateEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addStretch(1);
    buttons->addWidget(m_scheduleButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tableWidget, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    setFocusProxy(m_doseComboBox);
    connect(m_recordButton, &QPushButton::clicked, this, &ImmunisationsPanel::recordGiven);
    connect(m_scheduleButton, &QPushButton::clicked, this, &ImmunisationsPanel::editSchedule);
}

QColor ImmunisationsPanel::statusColour(DoseStatus status)
{
    switch (status) {
    case DoseStatus::Done:
        return Palette::color(Palette::Success);
    case DoseStatus::Overdue:
        return Palette::color(Palette::Overdue);
    case DoseStatus::Due:
        return Palette::color(Palette::Warning);
    case DoseStatus::Upcoming:
        break;
    }
    return Palette::color(Palette::MutedText);
}

void ImmunisationsPanel::refresh()
{
    const QDate today = Clock::currentDate();
    const auto status = m_health.immunisationStatus(m_childId, today);
    m_doses = status ? status.value() : QList<DoseDue> {};
    const QLocale locale;
    m_tableWidget->setRowCount(0);
    const QString chosen = m_doseComboBox->currentText();
    m_doseComboBox->clear();
    for (const DoseDue& d : std::as_const(m_doses)) {
        const int row = m_tableWidget->rowCount();
        m_tableWidget->insertRow(row);
        const QStringList cells {d.dose.vaccine, QString::number(d.dose.doseNumber),
                                 locale.toString(d.dueOn, QLocale::ShortFormat),
                                 ImmunisationSchedule::statusName(d.status),
                                 d.givenOn.isValid() ? locale.toString(d.givenOn, QLocale::ShortFormat) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setForeground(statusColour(d.status));
            if (d.status == DoseStatus::Overdue || (c == 3 && d.status != DoseStatus::Upcoming)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            item->setData(Qt::UserRole, int(d.status));
            m_tableWidget->setItem(row, c, item);
        }
        if (d.status != DoseStatus::Done) {
            m_doseComboBox->addItem(tr("%1, dose %2").arg(d.dose.vaccine).arg(d.dose.doseNumber),
                                    QVariantList {d.dose.vaccine, d.dose.doseNumber});
        }
    }
    const int index = m_doseComboBox->findText(chosen);
    m_doseComboBox->setCurrentIndex(index >= 0 ? index : 0);
    m_recordButton->setEnabled(m_doseComboBox->count() > 0);
    m_givenOnDateEdit->setMaximumDate(today);
    m_givenOnDateEdit->setDate(today);

    const int overdue = ImmunisationSchedule::countWithStatus(m_doses, DoseStatus::Overdue);
    const int due = ImmunisationSchedule::countWithStatus(m_doses, DoseStatus::Due);
    if (!status) {
        m_summaryLabel->setText(status.errorString());
    } else if (overdue + due == 0) {
        m_summaryLabel->setText(tr("Up to date with the centre's schedule."));
    } else {
        m_summaryLabel->setText(tr("%1 overdue, %2 due now").arg(overdue).arg(due));
    }
    m_summaryLabel->setStyleSheet(overdue > 0 ? QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert))
                                              : QString());
}

bool ImmunisationsPanel::recordGiven()
{
    const QVariantList dose = m_doseComboBox->currentData().toList();
    if (dose.size() != 2) {
        return false;
    }
    ImmunisationGiven given {0, m_childId, dose.at(0).toString(), dose.at(1).toInt(), m_givenOnDateEdit->date()};
    const auto recorded = m_health.recordImmunisation(given);
    emit message(recorded ? tr("%1 dose %2 recorded.").arg(given.vaccine).arg(given.doseNumber)
                          : recorded.errorString(),
                 recorded.ok());
    return recorded.ok();
}

void ImmunisationsPanel::editSchedule()
{
    ImmunisationScheduleDialog dialog(m_health, this);
    dialog.exec();
}

} // namespace Kindred
