// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/AmendIncidentDialog.h"

#include "incidents/IncidentRules.h"
#include "incidents/IncidentService.h"
#include "widgets/ConflictBar.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

AmendIncidentDialog::AmendIncidentDialog(IncidentService& incidents, const Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_incidents(incidents)
    , m_incident(incident)
    , m_fieldComboBox(new QComboBox(this))
    , m_oldValueLabel(new QLabel(this))
    , m_newValueLineEdit(new QLineEdit(this))
    , m_reasonLineEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_conflictBar(new ConflictBar(this))
{
    setWindowTitle(tr("Amend incident no. %1").arg(incident.id));
    m_fieldComboBox->setObjectName(QStringLiteral("fieldComboBox"));
    m_newValueLineEdit->setObjectName(QStringLiteral("newValueLineEdit"));
    m_reasonLineEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    for (const QString& field : IncidentRules::amendableFields()) {
        m_fieldComboBox->addItem(IncidentRules::fieldName(field), field);
    }
    m_oldValueLabel->setWordWrap(true);
    m_oldValueLabel->setTextFormat(Qt::PlainText);
    m_oldValueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Field"), m_fieldComboBox);
    form->addRow(tr("Now"), m_oldValueLabel);
    form->addRow(tr("&New value"), m_newValueLineEdit);
    form->addRow(tr("&Reason"), m_reasonLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record amendment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendIncidentDialog::amend);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A signed-off incident is changed only by a recorded amendment: the old value, "
                                    "the new one, your reason, your name and the time are kept."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_conflictBar);
    layout->addWidget(buttons);
    // Reload: the incident as it is on file now (the bar asked first).
    connect(m_conflictBar, &ConflictBar::reloadRequested, this, [this] {
        if (auto current = m_incidents.load(m_incident.id)) {
            m_incident = current.value();
            m_errorLabel->hide();
            showCurrentValue();
        } else {
            m_errorLabel->setText(current.errorString());
            m_errorLabel->show();
        }
    });
    connect(m_fieldComboBox, &QComboBox::currentIndexChanged, this, &AmendIncidentDialog::showCurrentValue);
    showCurrentValue();
    resize(520, 260);
}

void AmendIncidentDialog::showCurrentValue()
{
    const QString value = IncidentRules::fieldValue(m_incident, m_fieldComboBox->currentData().toString());
    m_oldValueLabel->setText(value.isEmpty() ? tr("(empty)") : value);
    m_newValueLineEdit->setText(value);
}

void AmendIncidentDialog::amend()
{
    const auto done = m_incidents.amend(m_incident.id, m_fieldComboBox->currentData().toString(),
                                        m_newValueLineEdit->text(), m_reasonLineEdit->text(), m_incident.version);
    if (!done) {
        if (m_conflictBar->showIfConflict(done.error())) { // changed at another desk: what was typed stays
            m_errorLabel->hide();
            return;
        }
        m_errorLabel->setText(done.errorString());
        m_errorLabel->show();
        (done.error().field == QLatin1String("reason") ? m_reasonLineEdit : m_newValueLineEdit)->setFocus();
        return;
    }
    accept();
}

} // namespace Kindred
