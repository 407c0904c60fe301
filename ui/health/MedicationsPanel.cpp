// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/MedicationsPanel.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/FieldLimits.h"
#include "health/HealthRecordService.h"
#include "widgets/EmptyListNote.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {
namespace {

// The expiry field's lowest date stands for "not recorded".
const QDate NoExpiry(2000, 1, 1);

} // namespace

MedicationsPanel::MedicationsPanel(HealthRecordService& health, qint64 childId, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
    , m_childId(childId)
    , m_tableWidget(new QTableWidget(0, 5, this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_doseLineEdit(new QLineEdit(this))
    , m_scheduleLineEdit(new QLineEdit(this))
    , m_consentCheckBox(new QCheckBox(tr("Parent's signed &consent on file"), this))
    , m_expiryDateEdit(new QDateEdit(this))
    , m_notesLineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add medication"), this))
    , m_updateButton(new QPushButton(tr("&Update"), this))
    , m_removeButton(new QPushButton(tr("&Remove…"), this))
    , m_problems(new FieldProblemLabels(this))
{
    m_tableWidget->setObjectName(QStringLiteral("medicationsTableWidget"));
    m_tableWidget->setAccessibleName(tr("Medications"));
    new EmptyListNote(m_tableWidget, tr("No medications recorded. Add one with its dose before staff give it."));
    m_nameLineEdit->setObjectName(QStringLiteral("medicationNameLineEdit"));
    m_doseLineEdit->setObjectName(QStringLiteral("medicationDoseLineEdit"));
    m_scheduleLineEdit->setObjectName(QStringLiteral("medicationScheduleLineEdit"));
    m_consentCheckBox->setObjectName(QStringLiteral("consentCheckBox"));
    m_expiryDateEdit->setObjectName(QStringLiteral("expiryDateEdit"));
    m_notesLineEdit->setObjectName(QStringLiteral("medicationNotesLineEdit"));
    m_addButton->setObjectName(QStringLiteral("addMedicationButton"));
    m_updateButton->setObjectName(QStringLiteral("updateMedicationButton"));
    m_removeButton->setObjectName(QStringLiteral("removeMedicationButton"));

    m_tableWidget->setHorizontalHeaderLabels({tr("Medication"), tr("Dose"), tr("When"), tr("Consent"), tr("Expires")});
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setTabKeyNavigation(false);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths {180, 110, 170, 130};
    for (int c = 0; c < widths.size(); ++c) {
        m_tableWidget->setColumnWidth(c, widths.at(c));
    }
    m_expiryDateEdit->setDisplayFormat(dateEditFormat());
    m_expiryDateEdit->setCalendarPopup(true);
    m_expiryDateEdit->setMinimumDate(NoExpiry);
    m_expiryDateEdit->setSpecialValueText(tr("not recorded"));
    m_expiryDateEdit->setDate(NoExpiry);

    auto* form = new QFormLayout;
    form->addRow(tr("&Medication:"), m_nameLineEdit);
    form->addRow(tr("D&ose:"), m_doseLineEdit);
    form->addRow(tr("W&hen:"), m_scheduleLineEdit);
    form->addRow(QString(), m_consentCheckBox);
    form->addRow(tr("E&xpires:"), m_expiryDateEdit);
    form->addRow(tr("No&tes:"), m_notesLineEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_updateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tableWidget, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    m_problems->bindLines({
        {"name", m_nameLineEdit, FieldLimits::ShortText},
        {"dose", m_doseLineEdit, FieldLimits::ShortText},
        {"schedule", m_scheduleLineEdit, FieldLimits::ShortText},
        {"notes", m_notesLineEdit, FieldLimits::Notes},
    });

    setFocusProxy(m_nameLineEdit);
    connect(m_tableWidget, &QTableWidget::currentCellChanged, this, &MedicationsPanel::showCurrent);
    connect(m_addButton, &QPushButton::clicked, this, [this] { save(0); });
    connect(m_updateButton, &QPushButton::clicked, this, [this] {
        if (currentId() != 0) {
            save(currentId());
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, &MedicationsPanel::remove);
    showCurrent();
}

void MedicationsPanel::setRecord(const HealthRecord& record)
{
    m_medications = record.medications;
    const QSignalBlocker blocker(m_tableWidget);
    m_tableWidget->setRowCount(0);
    const QDate today = Clock::currentDate();
    const QLocale locale;
    for (const Medication& m : std::as_const(m_medications)) {
        const int row = m_tableWidget->rowCount();
        m_tableWidget->insertRow(row);
        const bool expired = m.isExpiredOn(today);
        const QStringList cells {m.name, m.dose, m.schedule, m.consentOnFile ? tr("On file") : tr("NO CONSENT"),
                                 m.expiresOn.isValid() ? (expired ? tr("EXPIRED %1") : QStringLiteral("%1"))
                                                             .arg(locale.toString(m.expiresOn, QLocale::ShortFormat))
                                                       : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, m.id);
            if ((c == 3 && !m.consentOnFile) || (c == 4 && expired)) {
                item->setForeground(Palette::color(Palette::Alert));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_tableWidget->setItem(row, c, item);
        }
    }
    m_tableWidget->setCurrentCell(-1, -1);
    showCurrent();
}

qint64 MedicationsPanel::currentId() const
{
    const QTableWidgetItem* item = m_tableWidget->item(m_tableWidget->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MedicationsPanel::showCurrent()
{
    const int row = m_tableWidget->currentRow();
    const bool selected = row >= 0 && row < m_medications.size();
    if (selected) {
        const Medication& m = m_medications.at(row);
        m_nameLineEdit->setText(m.name);
        m_doseLineEdit->setText(m.dose);
        m_scheduleLineEdit->setText(m.schedule);
        m_consentCheckBox->setChecked(m.consentOnFile);
        m_expiryDateEdit->setDate(m.expiresOn.isValid() ? m.expiresOn : NoExpiry);
        m_notesLineEdit->setText(m.notes);
    }
    m_updateButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void MedicationsPanel::save(qint64 id)
{
    Medication m;
    m.id = id;
    m.childId = m_childId;
    for (const Medication& loaded : std::as_const(m_medications)) {
        if (loaded.id == id) {
            m.version = loaded.version; // a save from an older version is refused (issue 13, point 4)
        }
    }
    m.name = m_nameLineEdit->text();
    m.dose = m_doseLineEdit->text();
    m.schedule = m_scheduleLineEdit->text();
    m.consentOnFile = m_consentCheckBox->isChecked();
    m.expiresOn = m_expiryDateEdit->date() == NoExpiry ? QDate() : m_expiryDateEdit->date();
    m.notes = m_notesLineEdit->text();
    // Every problem at once, each under its field; what was typed stays.
    if (const FieldProblems problems = HealthRecordService::problems(m); !problems.isEmpty()) {
        m_problems->show(problems);
        return;
    }
    m_problems->clear();
    const auto saved = m_health.saveMedication(m);
    if (!saved) {
        m_nameLineEdit->setFocus();
        if (saved.error().code == Error::Code::Conflict) {
            emit conflict(saved.error());
        } else {
            emit message(saved.errorString(), false);
        }
        return;
    }
    for (QLineEdit* edit : {m_nameLineEdit, m_doseLineEdit, m_scheduleLineEdit, m_notesLineEdit}) {
        edit->clear();
    }
    m_consentCheckBox->setChecked(false);
    m_expiryDateEdit->setDate(NoExpiry);
    emit message(m.consentOnFile
                     ? tr("%1 saved.").arg(isolated(m.name.trimmed()))
                     : tr("%1 saved. No consent is on file: it cannot be given yet.").arg(isolated(m.name.trimmed())),
                 m.consentOnFile);
}

void MedicationsPanel::remove()
{
    const qint64 id = currentId();
    if (id == 0) {
        return;
    }
    const auto reason = MessageBox::askText(this, tr("Remove medication"),
                                            tr("Why is this medication being removed? (kept in the audit log)"));
    if (!reason) {
        return;
    }
    const auto removed = m_health.removeMedication(id, *reason);
    emit message(removed ? tr("Medication removed.") : removed.errorString(), removed.ok());
}

} // namespace Kindred
