// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "health/Health.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Kindred {

class FieldProblemLabels;

class HealthRecordService;

// A child's medications: name, dose, when, whether a parent's signed consent is on file, and the
// medicine's expiry. A medication without consent or past its expiry is shown in red.
class MedicationsPanel : public QWidget
{
    Q_OBJECT

public:
    MedicationsPanel(HealthRecordService& health, qint64 childId, QWidget* parent = nullptr);

    void setRecord(const HealthRecord& record);

signals:
    void message(const QString& text, bool good);
    // A save refused because the entry changed at another desk (Error::Code::Conflict); what was typed stays.
    void conflict(const Kindred::Error& error);

private:
    void showCurrent();
    void save(qint64 id);
    void remove();
    qint64 currentId() const;

    HealthRecordService& m_health;
    qint64 m_childId;
    QList<Medication> m_medications;
    QTableWidget* m_tableWidget;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_doseLineEdit;
    QLineEdit* m_scheduleLineEdit;
    QCheckBox* m_consentCheckBox;
    QDateEdit* m_expiryDateEdit;
    QLineEdit* m_notesLineEdit;
    QPushButton* m_addButton;
    QPushButton* m_updateButton;
    QPushButton* m_removeButton;
    FieldProblemLabels* m_problems;
};

} // namespace Kindred
