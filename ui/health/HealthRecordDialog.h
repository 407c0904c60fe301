// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/Health.h"
#include "health/HealthServices.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace Kindred {

class ConditionsPanel;
class ConflictBar;
class ImmunisationsPanel;
class MedicationLogPanel;
class MedicationsPanel;

// One child's health record on four tabs: conditions, diet and doctor; medications (consent and
// expiry); the medication-given log; immunisations against the centre's schedule. Every change is
// saved at once through HealthRecordService (MedicationService, ImmunisationService) and the tabs reload from core; a
// refusal is shown in red at the bottom (and, for a dose, under the dose form). Ctrl+1…4 switch tabs.
class HealthRecordDialog : public QDialog
{
    Q_OBJECT

public:
    HealthRecordDialog(HealthServices health, qint64 childId, const QString& childName, QWidget* parent = nullptr);

    // Opens the dialog without blocking (deleted on close).
    static HealthRecordDialog* open(HealthServices health, qint64 childId, const QString& childName, QWidget* parent);

    void reload();
    const HealthRecord& record() const { return m_record; }
    QString messageText() const;
    HealthRecordService& service() const { return m_health.record; }
    MedicationService& medicationService() const { return m_health.medications; }
    ImmunisationService& immunisationService() const { return m_health.immunisations; }

private:
    void showMessage(const QString& text, bool good);

    HealthServices m_health;
    qint64 m_childId;
    HealthRecord m_record;
    QTabWidget* m_tabWidget;
    ConditionsPanel* m_conditions;
    MedicationsPanel* m_medications;
    MedicationLogPanel* m_log;
    ImmunisationsPanel* m_immunisations;
    QLabel* m_messageLabel;
    ConflictBar* m_conflictBar;
};

} // namespace Kindred
