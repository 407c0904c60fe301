// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupSettings.h"
#include "centre/CentreSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QVBoxLayout;

namespace Kindred {

class Database;
class Session;
class SettingsService;

// The centre's settings: name, address, phone, opening hours, time zone, currency and how soon an
// unattended screen locks, and where and when the daily backup is made. Saved together through CentreSettings
// (validated, permission-checked and audited in core, BackupSettings for the backup); a refusal names the field and
// keeps what was typed. Without ManageSettings the values are shown read-only. Label stock has its own dialog, reached
// from here.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    // Saves through `settings`, the desk's one: every screen listening to it hears the change at once.
    SettingsPage(Database& database, Session& session, SettingsService& settings, QWidget* parent = nullptr);

    CentreSettings form() const;
    BackupSettings backupForm() const;
    // Saves the form; false (with the reason shown by the field) when core refused it.
    bool save();
    // Shows what is on file again, dropping unsaved edits.
    void revert();
    void openLabelSettings();
    void chooseBackupFolder();
    // A part of the settings that saves each change itself (the sites), shown below the form.
    void addPanel(QWidget* panel);

private:
    void updateAccess();
    void showError(const Error& error);
    QWidget* fieldWidget(const QString& field) const;

    Database& m_database;
    Session& m_session;
    SettingsService& m_settings;
    CentreSettings m_loaded;
    BackupSettings m_loadedBackup;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_addressLineEdit;
    QLineEdit* m_phoneLineEdit;
    QTimeEdit* m_openingTimeEdit;
    QTimeEdit* m_closingTimeEdit;
    QSpinBox* m_idleLockSpinBox;
    QSpinBox* m_undoSpinBox;
    QSpinBox* m_lateSpinBox;
    QComboBox* m_timeZoneComboBox;
    QLineEdit* m_currencyLineEdit;
    QLineEdit* m_languageLineEdit;
    QLineEdit* m_backupFolderLineEdit;
    QPushButton* m_backupFolderButton;
    QTimeEdit* m_backupTimeEdit;
    QLabel* m_accessLabel;
    QLabel* m_messageLabel;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    QPushButton* m_labelsButton;
    QComboBox* m_schemeComboBox; // this computer's, applied at once (Theme)
    QVBoxLayout* m_columnLayout = nullptr;
};

} // namespace Kindred
