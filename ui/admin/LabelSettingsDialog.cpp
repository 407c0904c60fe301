// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/LabelSettingsDialog.h"

#include "attendance/LabelSettings.h"
#include "centre/SettingsService.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

LabelSettingsDialog::LabelSettingsDialog(Database& database, SettingsService& store, QWidget* parent)
    : QDialog(parent)
    , m_settings(store)
    , m_widthSpinBox(new QDoubleSpinBox(this))
    , m_heightSpinBox(new QDoubleSpinBox(this))
    , m_lifeThreateningCheckBox(new QCheckBox(tr("Life-threatening allergies (printed in red)"), this))
    , m_otherAllergiesCheckBox(new QCheckBox(tr("Other allergies"), this))
    , m_medicalNotesCheckBox(new QCheckBox(tr("Medical notes"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("labelSettingsDialog"));
    setWindowTitle(tr("Label settings"));
    m_widthSpinBox->setObjectName(QStringLiteral("labelWidthSpinBox"));
    m_heightSpinBox->setObjectName(QStringLiteral("labelHeightSpinBox"));
    m_lifeThreateningCheckBox->setObjectName(QStringLiteral("printLifeThreateningCheckBox"));
    m_otherAllergiesCheckBox->setObjectName(QStringLiteral("printOtherAllergiesCheckBox"));
    m_medicalNotesCheckBox->setObjectName(QStringLiteral("printMedicalNotesCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("labelSettingsErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);

    const auto loaded = LabelSettings::load(database);
    const LabelSettings settings = loaded ? loaded.value() : LabelSettings();
    for (QDoubleSpinBox* box : {m_widthSpinBox, m_heightSpinBox}) {
        box->setRange(20, 300); // what LabelSettings accepts back
        box->setDecimals(0);
        box->setSuffix(tr(" mm"));
    }
    m_widthSpinBox->setValue(settings.sizeMm.width());
    m_heightSpinBox->setValue(settings.sizeMm.height());
    m_lifeThreateningCheckBox->setChecked(settings.printLifeThreateningAllergies);
    m_otherAllergiesCheckBox->setChecked(settings.printOtherAllergies);
    m_medicalNotesCheckBox->setChecked(settings.printMedicalNotes);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->hide();

    auto* sizeBox = new QGroupBox(tr("Label stock"), this);
    auto* sizeForm = new QFormLayout(sizeBox);
    sizeForm->addRow(tr("&Width:"), m_widthSpinBox);
    sizeForm->addRow(tr("&Height:"), m_heightSpinBox);

    auto* healthBox = new QGroupBox(tr("Health facts printed on a child's label"), this);
    auto* healthLayout = new QVBoxLayout(healthBox);
    healthLayout->addWidget(m_lifeThreateningCheckBox);
    healthLayout->addWidget(m_otherAllergiesCheckBox);
    healthLayout->addWidget(m_medicalNotesCheckBox);
    auto* note = new QLabel(tr("A label travels with the child and can be read by anyone. What is not printed stays "
                               "on screen for staff only — keep sensitive conditions off the label."),
                            healthBox);
    note->setWordWrap(true);
    healthLayout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sizeBox);
    layout->addWidget(healthBox);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LabelSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    if (!loaded) {
        // What is on file is unknown: the defaults are not shown as if they were the centre's, nor saved over it.
        m_errorLabel->setText(loaded.errorString());
        m_errorLabel->show();
        sizeBox->setEnabled(false);
        healthBox->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

void LabelSettingsDialog::save()
{
    LabelSettings settings;
    settings.sizeMm = QSizeF(m_widthSpinBox->value(), m_heightSpinBox->value());
    settings.printLifeThreateningAllergies = m_lifeThreateningCheckBox->isChecked();
    settings.printOtherAllergies = m_otherAllergiesCheckBox->isChecked();
    settings.printMedicalNotes = m_medicalNotesCheckBox->isChecked();
    if (auto saved = settings.save(m_settings); !saved) {
        m_errorLabel->setText(saved.errorString());
        m_errorLabel->show();
        return;
    }
    accept();
}

} // namespace Kindred
