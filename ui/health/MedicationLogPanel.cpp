// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/MedicationLogPanel.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "health/MedicationService.h"
#include "widgets/EmptyListNote.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Kindred {

MedicationLogPanel::MedicationLogPanel(MedicationService& health, qint64 childId, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
    , m_childId(childId)
    , m_medicationComboBox(new QComboBox(this))
    , m_doseLineEdit(new QLineEdit(this))
    , m_givenAtDateTimeEdit(new QDateTimeEdit(this))
    , m_notesLineEdit(new QLineEdit(this))
    , m_logButton(new QPushButton(tr("&Log dose given"), this))
    , m_refusalLabel(new QLabel(this))
    , m_logTableWidget(new QTableWidget(0, 5, this))
    , m_readErrorLabel(new QLabel(this))
{
    m_medicationComboBox->setObjectName(QStringLiteral("doseMedicationComboBox"));
    m_doseLineEdit->setObjectName(QStringLiteral("doseGivenLineEdit"));
    m_givenAtDateTimeEdit->setObjectName(QStringLiteral("givenAtDateTimeEdit"));
    m_notesLineEdit->setObjectName(QStringLiteral("doseNotesLineEdit"));
    m_logButton->setObjectName(QStringLiteral("logDoseButton"));
    m_refusalLabel->setObjectName(QStringLiteral("doseRefusalLabel"));
    m_refusalLabel->setTextFormat(Qt::PlainText);
    m_logTableWidget->setObjectName(QStringLiteral("medicationLogTableWidget"));
    m_logTableWidget->setAccessibleName(tr("Medication given"));
    new EmptyListNote(m_logTableWidget, tr("No doses recorded for this child yet."));
    m_readErrorLabel->setObjectName(QStringLiteral("medicationLogReadErrorLabel"));
    m_readErrorLabel->setTextFormat(Qt::PlainText);
    m_readErrorLabel->setWordWrap(true);
    m_readErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readErrorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_readErrorLabel->hide();

    m_givenAtDateTimeEdit->setDisplayFormat(dateEditFormat() + QStringLiteral(" HH:mm"));
    m_givenAtDateTimeEdit->setTimeSpec(Qt::LocalTime);
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_refusalLabel->hide();
    m_logTableWidget->setHorizontalHeaderLabels(
        {tr("Given at"), tr("Medication"), tr("Dose"), tr("Staff"), tr("Notes")});
    m_logTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logTableWidget->setTabKeyNavigation(false);
    m_logTableWidget->verticalHeader()->hide();
    m_logTableWidget->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths {150, 170, 100, 150};
    for (int c = 0; c < widths.size(); ++c) {
        m_logTableWidget->setColumnWidth(c, widths.at(c));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Medication:"), m_medicationComboBox);
    form->addRow(tr("&Dose given:"), m_doseLineEdit);
    form->addRow(tr("&Time given:"), m_givenAtDateTimeEdit);
    form->addRow(tr("N&otes:"), m_notesLineEdit);
    form->addRow(QString(), m_logButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(new QLabel(tr("Doses given at the centre, newest first:"), this));
    layout->addWidget(m_readErrorLabel);
    layout->addWidget(m_logTableWidget, 1);

    setFocusProxy(m_medicationComboBox);
    connect(m_medicationComboBox, &QComboBox::currentIndexChanged, this, &MedicationLogPanel::medicationChosen);
    connect(m_logButton, &QPushButton::clicked, this, &MedicationLogPanel::logDose);
    connect(m_doseLineEdit, &QLineEdit::returnPressed, this, &MedicationLogPanel::logDose);
}

void MedicationLogPanel::setRecord(const HealthRecord& record)
{
    const qint64 chosen = m_medicationComboBox->currentData().toLongLong();
    m_medications = record.medications;
    {
        const QSignalBlocker blocker(m_medicationComboBox);
        m_medicationComboBox->clear();
        for (const Medication& m : std::as_const(m_medications)) {
            m_medicationComboBox->addItem(
                m.consentOnFile ? m.name : tr("%1 — no consent on file").arg(isolated(m.name)), m.id);
        }
        const int index = m_medicationComboBox->findData(chosen);
        m_medicationComboBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    medicationChosen();
    m_logButton->setEnabled(!m_medications.isEmpty());
    const QDateTime wallClock = Clock::currentDateTimeUtc().toTimeZone(Clock::timeZone());
    m_givenAtDateTimeEdit->setDateTime(QDateTime(wallClock.date(), wallClock.time()));

    // A log that could not be read shows the error where the doses would be: never "no doses given".
    const auto read = m_health.medicationLog(m_childId);
    m_readErrorLabel->setText(read ? QString() : read.errorString());
    m_readErrorLabel->setVisible(!read);
    m_logTableWidget->setVisible(read.ok());
    const QList<MedicationDose> log = read ? read.value() : QList<MedicationDose> {};
    m_logTableWidget->setRowCount(0);
    const QLocale locale;
    for (const MedicationDose& d : log) {
        const int row = m_logTableWidget->rowCount();
        m_logTableWidget->insertRow(row);
        const QStringList cells {locale.toString(d.givenAt.toTimeZone(Clock::timeZone()), QLocale::ShortFormat),
                                 d.medicationName, d.dose, d.staffName, d.notes};
        for (int c = 0; c < cells.size(); ++c) {
            m_logTableWidget->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
}

void MedicationLogPanel::medicationChosen()
{
    const qint64 id = m_medicationComboBox->currentData().toLongLong();
    for (const Medication& m : std::as_const(m_medications)) {
        if (m.id == id) {
            m_doseLineEdit->setText(m.dose);
        }
    }
}

bool MedicationLogPanel::logDose()
{
    MedicationDose dose;
    dose.childId = m_childId;
    dose.medicationId = m_medicationComboBox->currentData().toLongLong();
    dose.dose = m_doseLineEdit->text();
    // The edit shows the centre's wall clock; read it back in the centre's zone.
    const QDateTime shown = m_givenAtDateTimeEdit->dateTime();
    dose.givenAt = QDateTime(shown.date(), shown.time(), Clock::timeZone()).toUTC();
    dose.notes = m_notesLineEdit->text();
    const auto logged = m_health.logMedicationDose(dose);
    if (!logged) {
        m_refusalLabel->setText(logged.errorString());
        m_refusalLabel->show();
        m_medicationComboBox->setFocus();
        emit message(logged.errorString(), false);
        return false;
    }
    m_refusalLabel->clear();
    m_refusalLabel->hide();
    m_notesLineEdit->clear();
    emit message(tr("Dose logged."), true);
    return true;
}

QString MedicationLogPanel::refusalText() const
{
    return m_refusalLabel->text();
}

} // namespace Kindred
