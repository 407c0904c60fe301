// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace Kindred {

class Database;
class SettingsService;

// The label stock's size and which health facts may print on a child's label. What is not printed
// stays on screen for staff only (a sensitive condition by default). Saved through LabelSettings into the desk's
// one SettingsService, so that every screen hears of it.
class LabelSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    LabelSettingsDialog(Database& database, SettingsService& store, QWidget* parent = nullptr);

    // Saves and closes; a failure is shown in the dialog, which stays open.
    void save();

private:
    SettingsService& m_settings;
    QDoubleSpinBox* m_widthSpinBox;
    QDoubleSpinBox* m_heightSpinBox;
    QCheckBox* m_lifeThreateningCheckBox;
    QCheckBox* m_otherAllergiesCheckBox;
    QCheckBox* m_medicalNotesCheckBox;
    QLabel* m_errorLabel;
};

} // namespace Kindred
