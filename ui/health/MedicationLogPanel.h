// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/Health.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kindred {

class MedicationService;

// The medication-given log: a dose is logged with the medication, the dose, the time and the staff
// member (the one signed in). Core refuses a dose without parental consent on file; the refusal
// stays on screen in red under the form.
class MedicationLogPanel : public QWidget
{
    Q_OBJECT

public:
    MedicationLogPanel(MedicationService& health, qint64 childId, QWidget* parent = nullptr);

    void setRecord(const HealthRecord& record);
    // Logs the dose as typed; false (with the refusal shown) when core refuses.
    bool logDose();
    QString refusalText() const;

signals:
    void message(const QString& text, bool good);

private:
    void medicationChosen();

    MedicationService& m_health;
    qint64 m_childId;
    QList<Medication> m_medications;
    QComboBox* m_medicationComboBox;
    QLineEdit* m_doseLineEdit;
    QDateTimeEdit* m_givenAtDateTimeEdit;
    QLineEdit* m_notesLineEdit;
    QPushButton* m_logButton;
    QLabel* m_refusalLabel;
    QTableWidget* m_logTableWidget;
    QLabel* m_readErrorLabel;
};

} // namespace Kindred
