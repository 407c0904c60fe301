// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "health/Health.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Kindred {

class FieldProblemLabels;

class HealthListEditor;
class HealthRecordService;

// A child's medical conditions (with care plans), dietary needs and doctor. Every change goes to
// HealthRecordService; what it refuses comes back through message().
class ConditionsPanel : public QWidget
{
    Q_OBJECT

public:
    ConditionsPanel(HealthRecordService& health, qint64 childId, QWidget* parent = nullptr);

    void setRecord(const HealthRecord& record);

signals:
    void message(const QString& text, bool good);
    // A save refused because the entry changed at another desk (Error::Code::Conflict); what was typed stays.
    void conflict(const Kindred::Error& error);

private:
    void saveCondition(qint64 id);
    void saveNeed(qint64 id);
    void remove(bool condition, qint64 id);
    void saveDoctor();
    void reportFailure(const Error& error);

    HealthRecordService& m_health;
    qint64 m_childId;
    HealthListEditor* m_conditionsEditor;
    HealthListEditor* m_dietEditor;
    QLineEdit* m_doctorNameLineEdit;
    QLineEdit* m_practiceLineEdit;
    QLineEdit* m_doctorPhoneLineEdit;
    QPushButton* m_saveDoctorButton;
    FieldProblemLabels* m_doctorProblems;
    QHash<qint64, int> m_versions; // condition and dietary need ids → version as loaded
    int m_doctorVersion = 0;
};

} // namespace Kindred
