// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthRecordDialog.h"

#include "base/BidiText.h"
#include "health/ConditionsPanel.h"
#include "health/HealthRecordService.h"
#include "health/ImmunisationService.h"
#include "health/ImmunisationsPanel.h"
#include "health/MedicationLogPanel.h"
#include "health/MedicationService.h"
#include "health/MedicationsPanel.h"
#include "widgets/ConflictBar.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kindred {

HealthRecordDialog::HealthRecordDialog(HealthServices health, qint64 childId, const QString& childName, QWidget* parent)
    : QDialog(parent)
    , m_health(health)
    , m_childId(childId)
    , m_tabWidget(new QTabWidget(this))
    , m_conditions(new ConditionsPanel(m_health.record, childId, m_tabWidget))
    , m_medications(new MedicationsPanel(m_health.record, childId, m_tabWidget))
    , m_log(new MedicationLogPanel(m_health.medications, childId, m_tabWidget))
    , m_immunisations(new ImmunisationsPanel(m_health.immunisations, childId, m_tabWidget))
    , m_messageLabel(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
{
    setObjectName(QStringLiteral("healthRecordDialog"));
    setWindowTitle(tr("Health record — %1").arg(isolated(childName)));
    m_tabWidget->setObjectName(QStringLiteral("healthTabWidget"));
    m_conditions->setObjectName(QStringLiteral("conditionsPanel"));
    m_medications->setObjectName(QStringLiteral("medicationsPanel"));
    m_log->setObjectName(QStringLiteral("medicationLogPanel"));
    m_immunisations->setObjectName(QStringLiteral("immunisationsPanel"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    m_tabWidget->addTab(m_conditions, tr("&1 Conditions, diet, doctor"));
    m_tabWidget->addTab(m_medications, tr("&2 Medications"));
    m_tabWidget->addTab(m_log, tr("&3 Medication given"));
    m_tabWidget->addTab(m_immunisations, tr("&4 Immunisations"));
    for (int i = 0; i < m_tabWidget->count(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            m_tabWidget->setCurrentIndex(i);
            m_tabWidget->currentWidget()->setFocus(); // each panel's first field
        });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabWidget, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_conflictBar);
    layout->addWidget(buttons);
    // An entry changed at another desk since it was shown (issue 13, point 4): say so, offer to reload.
    connect(m_conditions, &ConditionsPanel::conflict, m_conflictBar, &ConflictBar::showIfConflict);
    connect(m_medications, &MedicationsPanel::conflict, m_conflictBar, &ConflictBar::showIfConflict);
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, &HealthRecordDialog::reload);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_conditions, &ConditionsPanel::message, this, &HealthRecordDialog::showMessage);
    connect(m_medications, &MedicationsPanel::message, this, &HealthRecordDialog::showMessage);
    connect(m_log, &MedicationLogPanel::message, this, &HealthRecordDialog::showMessage);
    connect(m_immunisations, &ImmunisationsPanel::message, this, &HealthRecordDialog::showMessage);
    connect(&m_health.record, &HealthRecordService::healthRecordChanged, this, [this](qint64 id) {
        if (id == m_childId) {
            reload();
        }
    });
    const auto reloadChild = [this](qint64 id) {
        if (id == m_childId) {
            reload();
        }
    };
    connect(&m_health.medications, &MedicationService::healthRecordChanged, this, reloadChild);
    connect(&m_health.immunisations, &ImmunisationService::healthRecordChanged, this, reloadChild);
    connect(&m_health.immunisations, &ImmunisationService::scheduleChanged, this, &HealthRecordDialog::reload);
    // Enter belongs to the field it is typed in (it adds the condition, logs the dose), never to a
    // dialog button.
    for (QPushButton* button : findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    reload();
    resize(900, 640);
}

HealthRecordDialog* HealthRecordDialog::open(HealthServices health, qint64 childId, const QString& childName,
                                             QWidget* parent)
{
    auto* dialog = new HealthRecordDialog(health, childId, childName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void HealthRecordDialog::reload()
{
    const auto loaded = m_health.record.load(m_childId);
    if (!loaded) {
        showMessage(loaded.errorString(), false);
        return;
    }
    m_record = loaded.value();
    m_conditions->setRecord(m_record);
    m_medications->setRecord(m_record);
    m_log->setRecord(m_record);
    m_immunisations->refresh();
}

QString HealthRecordDialog::messageText() const
{
    return m_messageLabel->text();
}

void HealthRecordDialog::showMessage(const QString& text, bool good)
{
    if (good) {
        m_conflictBar->showIfConflict({}); // a later save went through: the warning is over
    }
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(good ? QStringLiteral("color: %1;").arg(Palette::css(Palette::Success))
                                       : Palette::boldTextStyle(Palette::Alert));
}

} // namespace Kindred
