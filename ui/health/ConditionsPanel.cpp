// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ConditionsPanel.h"

#include "base/BidiText.h"
#include "base/FieldLimits.h"
#include "health/HealthListEditor.h"
#include "health/HealthRecordService.h"
#include "widgets/FieldProblemLabels.h"
#include "widgets/MessageBox.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

ConditionsPanel::ConditionsPanel(HealthRecordService& health, qint64 childId, QWidget* parent)
    : QWidget(parent)
    , m_health(health)
    , m_childId(childId)
    , m_conditionsEditor(new HealthListEditor(QStringLiteral("condition"), tr("Condition"), tr("Care plan"), this))
    , m_dietEditor(new HealthListEditor(QStringLiteral("diet"), tr("Dietary need"), tr("Notes"), this))
    , m_doctorNameLineEdit(new QLineEdit(this))
    , m_practiceLineEdit(new QLineEdit(this))
    , m_doctorPhoneLineEdit(new QLineEdit(this))
    , m_saveDoctorButton(new QPushButton(tr("Save doctor"), this))
    , m_doctorProblems(new FieldProblemLabels(this))
{
    m_doctorNameLineEdit->setObjectName(QStringLiteral("doctorNameLineEdit"));
    m_practiceLineEdit->setObjectName(QStringLiteral("practiceLineEdit"));
    m_doctorPhoneLineEdit->setObjectName(QStringLiteral("doctorPhoneLineEdit"));
    m_saveDoctorButton->setObjectName(QStringLiteral("saveDoctorButton"));

    auto* conditions = new QGroupBox(tr("Medical conditions"), this);
    (new QVBoxLayout(conditions))->addWidget(m_conditionsEditor);
    auto* diet = new QGroupBox(tr("Dietary needs"), this);
    (new QVBoxLayout(diet))->addWidget(m_dietEditor);
    auto* doctor = new QGroupBox(tr("Doctor"), this);
    auto* doctorForm = new QFormLayout(doctor);
    doctorForm->addRow(tr("Name:"), m_doctorNameLineEdit);
    doctorForm->addRow(tr("Practice:"), m_practiceLineEdit);
    doctorForm->addRow(tr("Phone:"), m_doctorPhoneLineEdit);
    doctorForm->addRow(QString(), m_saveDoctorButton);
    const struct
    {
        const char* field;
        QLineEdit* edit;
        int limit;
    } lines[] = {
        {"name", m_doctorNameLineEdit, FieldLimits::PersonName},
        {"practice", m_practiceLineEdit, FieldLimits::ShortText},
        {"phone", m_doctorPhoneLineEdit, FieldLimits::Phone},
    };
    for (const auto& line : lines) {
        line.edit->setMaxLength(line.limit);
        m_doctorProblems->bind(QLatin1String(line.field), line.edit);
    }

    auto* right = new QVBoxLayout;
    right->addWidget(diet, 1);
    right->addWidget(doctor);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(conditions, 1);
    layout->addLayout(right, 1);

    setFocusProxy(m_conditionsEditor->firstLineEdit());
    connect(m_conditionsEditor, &HealthListEditor::addRequested, this, [this] { saveCondition(0); });
    connect(m_conditionsEditor, &HealthListEditor::updateRequested, this, &ConditionsPanel::saveCondition);
    connect(m_conditionsEditor, &HealthListEditor::removeRequested, this, [this](qint64 id) { remove(true, id); });
    connect(m_dietEditor, &HealthListEditor::addRequested, this, [this] { saveNeed(0); });
    connect(m_dietEditor, &HealthListEditor::updateRequested, this, &ConditionsPanel::saveNeed);
    connect(m_dietEditor, &HealthListEditor::removeRequested, this, [this](qint64 id) { remove(false, id); });
    connect(m_saveDoctorButton, &QPushButton::clicked, this, &ConditionsPanel::saveDoctor);
}

void ConditionsPanel::setRecord(const HealthRecord& record)
{
    QList<QPair<qint64, QStringList>> rows;
    m_versions.clear();
    for (const MedicalCondition& c : record.conditions) {
        rows.append({c.id, {c.name, c.carePlan}});
        m_versions.insert(c.id, c.version);
    }
    m_conditionsEditor->setRows(rows);
    rows.clear();
    for (const DietaryNeed& n : record.dietaryNeeds) {
        rows.append({n.id, {n.need, n.notes}});
        m_versions.insert(n.id, n.version);
    }
    m_dietEditor->setRows(rows);
    m_doctorNameLineEdit->setText(record.doctor.name);
    m_practiceLineEdit->setText(record.doctor.practice);
    m_doctorPhoneLineEdit->setText(record.doctor.phone);
    m_doctorVersion = record.doctor.version;
}

void ConditionsPanel::saveCondition(qint64 id)
{
    MedicalCondition condition {id, m_childId, m_conditionsEditor->firstText(), m_conditionsEditor->secondText(),
                                m_versions.value(id)};
    const auto saved = m_health.saveCondition(condition);
    if (!saved) {
        m_conditionsEditor->firstLineEdit()->setFocus();
        reportFailure(saved.error());
        return;
    }
    m_conditionsEditor->clearFields();
    emit message(tr("Condition \"%1\" saved.").arg(isolated(condition.name.trimmed())), true);
}

void ConditionsPanel::saveNeed(qint64 id)
{
    DietaryNeed need {id, m_childId, m_dietEditor->firstText(), m_dietEditor->secondText(), m_versions.value(id)};
    const auto saved = m_health.saveDietaryNeed(need);
    if (!saved) {
        m_dietEditor->firstLineEdit()->setFocus();
        reportFailure(saved.error());
        return;
    }
    m_dietEditor->clearFields();
    emit message(tr("Dietary need \"%1\" saved.").arg(isolated(need.need.trimmed())), true);
}

void ConditionsPanel::remove(bool condition, qint64 id)
{
    const auto reason = MessageBox::askText(this, tr("Remove from the health record"),
                                            tr("Why is this being removed? (kept in the audit log)"));
    if (!reason) {
        return;
    }
    const auto removed = condition ? m_health.removeCondition(id, *reason) : m_health.removeDietaryNeed(id, *reason);
    emit message(removed ? tr("Removed.") : removed.errorString(), removed.ok());
}

void ConditionsPanel::saveDoctor()
{
    const Doctor doctor {m_doctorNameLineEdit->text().trimmed(), m_practiceLineEdit->text().trimmed(),
                         m_doctorPhoneLineEdit->text().trimmed(), m_doctorVersion};
    // Every problem at once, each under its field; what was typed stays.
    if (const FieldProblems problems = HealthRecordService::problems(doctor); !problems.isEmpty()) {
        m_doctorProblems->show(problems);
        return;
    }
    m_doctorProblems->clear();
    const auto saved = m_health.saveDoctor(m_childId, doctor);
    if (!saved) {
        m_doctorNameLineEdit->setFocus();
        reportFailure(saved.error());
        return;
    }
    emit message(tr("Doctor saved."), true);
}

void ConditionsPanel::reportFailure(const Error& error)
{
    if (error.code == Error::Code::Conflict) {
        emit conflict(error);
    } else {
        emit message(error.message, false);
    }
}

} // namespace Kindred
