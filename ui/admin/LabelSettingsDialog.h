// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace Kindred {

class Database;
class Session;

// The label stock's size and which health facts may print on a child's label. What is not printed
// stays on screen for staff only (a sensitive condition by default). Saved through LabelSettings.
class LabelSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    LabelSettingsDialog(Database& database, Session& session, QWidget* parent = nullptr);

    // Saves and closes; a failure is shown in the dialog, which stays open.
    void save();

private:
    Database& m_database;
    Session& m_session;
    QDoubleSpinBox* m_widthSpinBox;
    QDoubleSpinBox* m_heightSpinBox;
    QCheckBox* m_lifeThreateningCheckBox;
    QCheckBox* m_otherAllergiesCheckBox;
    QCheckBox* m_medicalNotesCheckBox;
    QLabel* m_errorLabel;
};

} // namespace Kindred
