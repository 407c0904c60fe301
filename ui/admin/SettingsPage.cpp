// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/SettingsPage.h"

#include "admin/LabelSettingsDialog.h"
#include "backup/BackupSchedule.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "store/Database.h"
#include "widgets/Icons.h"
#include "widgets/Palette.h"
#include "widgets/ScanFeedback.h"
#include "widgets/TextSizePolicy.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Kindred {

SettingsPage::SettingsPage(Database& database, Session& session, SettingsService& settings, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_settings(settings)
    , m_nameLineEdit(new QLineEdit(this))
    , m_addressLineEdit(new QLineEdit(this))
    , m_phoneLineEdit(new QLineEdit(this))
    , m_openingTimeEdit(new QTimeEdit(this))
    , m_closingTimeEdit(new QTimeEdit(this))
    , m_idleLockSpinBox(new QSpinBox(this))
    , m_undoSpinBox(new QSpinBox(this))
    , m_lateSpinBox(new QSpinBox(this))
    , m_timeZoneComboBox(new QComboBox(this))
    , m_currencyLineEdit(new QLineEdit(this))
    , m_languageLineEdit(new QLineEdit(this))
    , m_backupFolderLineEdit(new QLineEdit(this))
    , m_backupFolderButton(new QPushButton(tr("&Choose…"), this))
    , m_backupTimeEdit(new QTimeEdit(this))
    , m_accessLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save settings"), this))
    , m_revertButton(new QPushButton(tr("&Undo changes"), this))
    , m_labelsButton(new QPushButton(tr("La&bel printing…"), this))
    , m_schemeComboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_nameLineEdit->setObjectName(QStringLiteral("centreNameLineEdit"));
    m_addressLineEdit->setObjectName(QStringLiteral("centreAddressLineEdit"));
    m_phoneLineEdit->setObjectName(QStringLiteral("centrePhoneLineEdit"));
    m_openingTimeEdit->setObjectName(QStringLiteral("openingTimeEdit"));
    m_closingTimeEdit->setObjectName(QStringLiteral("closingTimeEdit"));
    m_idleLockSpinBox->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_undoSpinBox->setObjectName(QStringLiteral("undoMinutesSpinBox"));
    m_lateSpinBox->setObjectName(QStringLiteral("lateMinutesSpinBox"));
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_currencyLineEdit->setObjectName(QStringLiteral("currencyLineEdit"));
    m_backupFolderLineEdit->setObjectName(QStringLiteral("backupFolderLineEdit"));
    m_backupFolderButton->setObjectName(QStringLiteral("backupFolderButton"));
    m_backupTimeEdit->setObjectName(QStringLiteral("backupTimeEdit"));
    m_accessLabel->setObjectName(QStringLiteral("settingsAccessLabel"));
    m_accessLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_revertButton->setObjectName(QStringLiteral("revertSettingsButton"));
    m_labelsButton->setObjectName(QStringLiteral("labelPrintingButton"));

    for (QTimeEdit* edit : {m_openingTimeEdit, m_closingTimeEdit, m_backupTimeEdit}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    }
    m_idleLockSpinBox->setRange(0, CentreSettings::MaxIdleLockMinutes);
    m_idleLockSpinBox->setSuffix(tr(" minutes"));
    m_idleLockSpinBox->setSpecialValueText(tr("Never"));
    m_undoSpinBox->setRange(0, CentreSettings::MaxUndoMinutes);
    m_undoSpinBox->setSuffix(tr(" minutes"));
    m_undoSpinBox->setSpecialValueText(tr("Never"));
    m_lateSpinBox->setRange(0, CentreSettings::MaxLateMinutes);
    m_lateSpinBox->setSuffix(tr(" minutes"));
    m_lateSpinBox->setSpecialValueText(tr("At once"));
    m_timeZoneComboBox->setEditable(true);
    m_timeZoneComboBox->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZoneComboBox->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_currencyLineEdit->setMaxLength(3);
    m_currencyLineEdit->setPlaceholderText(tr("AUD"));
    m_currencyLineEdit->setToolTip(tr("A three-letter code such as AUD or EUR; empty: this computer's currency"));
    m_currencyLineEdit->setMaximumWidth(m_currencyLineEdit->fontMetrics().horizontalAdvance(QStringLiteral("WWWWW")));
    m_languageLineEdit->setObjectName(QStringLiteral("languageLineEdit"));
    m_languageLineEdit->setPlaceholderText(tr("en-AU"));
    m_languageLineEdit->setToolTip(tr("A language code (BCP 47) such as en-AU, es-MX or zh-CN: the window's language "
                                      "for staff without one of their own, the reports', and the format of dates "
                                      "and money. Empty: this computer's."));
    m_languageLineEdit->setMaximumWidth(
        m_languageLineEdit->fontMetrics().horizontalAdvance(QStringLiteral("zh-Hans-CNWW")));
    m_addressLineEdit->setMinimumWidth(360);
    m_backupFolderLineEdit->setPlaceholderText(
        QDir::toNativeSeparators(BackupSettings::defaultFolder(m_database.path())));
    m_backupFolderLineEdit->setToolTip(tr("Empty: the \"backups\" folder beside the data file. Best on another disk "
                                          "or a network share, so that a failing disk does not take both."));
    m_accessLabel->setWordWrap(true);
    m_messageLabel->setWordWrap(true);

    auto* centreBox = new QGroupBox(tr("The centre (printed at the top of every report)"), this);
    auto* centreForm = new QFormLayout(centreBox);
    centreForm->addRow(tr("&Name:"), m_nameLineEdit);
    centreForm->addRow(tr("&Address:"), m_addressLineEdit);
    centreForm->addRow(tr("&Phone:"), m_phoneLineEdit);
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_openingTimeEdit);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_closingTimeEdit);
    hours->addWidget(toLabel);
    hours->addWidget(m_closingTimeEdit);
    hours->addStretch();
    auto* hoursLabel = new QLabel(tr("&Open from:"), this);
    hoursLabel->setBuddy(m_openingTimeEdit);
    centreForm->addRow(hoursLabel, hours);
    centreForm->addRow(tr("&Time zone:"), m_timeZoneComboBox);
    centreForm->addRow(tr("Currenc&y:"), m_currencyLineEdit);
    centreForm->addRow(tr("Language and formats:"), m_languageLineEdit);

    auto* deskBox = new QGroupBox(tr("The front desk"), this);
    auto* deskForm = new QFormLayout(deskBox);
    m_idleLockSpinBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    deskForm->addRow(tr("&Lock the screen after:"), m_idleLockSpinBox);
    auto* idleNote = new QLabel(tr("without a key press or a click; the next person unlocks it with their PIN."), this);
    idleNote->setWordWrap(true);
    deskForm->addRow(QString(), idleNote);
    m_undoSpinBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    deskForm->addRow(tr("Undo at the desk &within:"), m_undoSpinBox);
    auto* undoNote = new QLabel(tr("of a check-in or check-out (Ctrl+Z), from the desk that did it; later, a director "
                                   "corrects it with a reason."),
                                this);
    undoNote->setWordWrap(true);
    deskForm->addRow(QString(), undoNote);
    m_lateSpinBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    deskForm->addRow(tr("Late after the booked arr&ival:"), m_lateSpinBox);
    auto* lateNote
        = new QLabel(tr("a booked child not yet here then shows as late on the desk and the today panel."), this);
    lateNote->setWordWrap(true);
    deskForm->addRow(QString(), lateNote);
    auto* labels = new QHBoxLayout;
    labels->addWidget(m_labelsButton);
    labels->addStretch();
    deskForm->addRow(tr("Security labels:"), labels);
    auto* privacyNote
        = new QLabel(tr("How long records of families who left are kept is set on the Privacy screen."), this);
    privacyNote->setWordWrap(true);
    deskForm->addRow(QString(), privacyNote);

    auto* backupBox = new QGroupBox(tr("Daily backup"), this);
    auto* backupLayout = new QFormLayout(backupBox);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolderLineEdit, 1);
    folderRow->addWidget(m_backupFolderButton);
    auto* folderLabel = new QLabel(tr("Backup fol&der:"), this);
    folderLabel->setBuddy(m_backupFolderLineEdit);
    backupLayout->addRow(folderLabel, folderRow);
    m_backupTimeEdit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    backupLayout->addRow(tr("Back up &every day at:"), m_backupTimeEdit);
    auto* backupNote = new QLabel(tr("while Kindred is open, or when it next opens if that time was missed; the last "
                                     "%1 checked copies are kept.")
                                      .arg(BackupSchedule::DefaultKeep),
                                  this);
    backupNote->setWordWrap(true);
    backupLayout->addRow(QString(), backupNote);

    // How Kindred looks is this computer's, not the centre's: a wall display may be dark beside a light desk.
    auto* displayBox = new QGroupBox(tr("This computer"), this);
    auto* displayForm = new QFormLayout(displayBox);
    m_schemeComboBox->setObjectName(QStringLiteral("colorSchemeComboBox"));
    m_schemeComboBox->addItem(Icons::icon(Icons::FollowSystem), tr("Follow the system"),
                              QVariant::fromValue(static_cast<int>(ColorSchemePolicy::Choice::FollowSystem)));
    m_schemeComboBox->addItem(Icons::icon(Icons::LightScheme), tr("Light"),
                              QVariant::fromValue(static_cast<int>(ColorSchemePolicy::Choice::Light)));
    m_schemeComboBox->addItem(Icons::icon(Icons::DarkScheme), tr("Dark"),
                              QVariant::fromValue(static_cast<int>(ColorSchemePolicy::Choice::Dark)));
    m_schemeComboBox->addItem(Icons::icon(Icons::HighContrastScheme), tr("High contrast"),
                              QVariant::fromValue(static_cast<int>(ColorSchemePolicy::Choice::HighContrast)));
    m_schemeComboBox->setCurrentIndex(
        m_schemeComboBox->findData(QVariant::fromValue(static_cast<int>(Theme::instance().choice()))));
    m_schemeComboBox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    displayForm->addRow(tr("Appea&rance:"), m_schemeComboBox);
    // Larger text: the whole window, the board and the wall display; printed labels and PDFs keep their sizes.
    auto* textSize = new QComboBox(this);
    textSize->setObjectName(QStringLiteral("textSizeComboBox"));
    for (const int step : TextSizePolicy::steps()) {
        textSize->addItem(tr("%1 %", "a text size, in per cent").arg(QLocale().toString(step)), step);
    }
    textSize->setCurrentIndex(textSize->findData(Theme::instance().textSize()));
    textSize->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    displayForm->addRow(tr("Text si&ze:"), textSize);
    connect(textSize, &QComboBox::activated, this,
            [textSize] { Theme::instance().setTextSize(textSize->currentData().toInt()); });
    // A scan heard and seen: the receptionist is looking at the parent, not at the screen (ScanFeedback).
    auto* scanSound = new QCheckBox(tr("Play a sound at each scan, one for accepted and one for refused"), this);
    scanSound->setObjectName(QStringLiteral("scanSoundCheckBox"));
    scanSound->setChecked(ScanFeedback::soundOn());
    connect(scanSound, &QCheckBox::toggled, this, [](bool on) { ScanFeedback::setSoundOn(on); });
    auto* scanFlash = new QCheckBox(tr("Flash the desk green or red at each scan"), this);
    scanFlash->setObjectName(QStringLiteral("scanFlashCheckBox"));
    scanFlash->setChecked(ScanFeedback::flashOn());
    connect(scanFlash, &QCheckBox::toggled, this, [](bool on) { ScanFeedback::setFlashOn(on); });
    auto* scanLabel = new QLabel(tr("Card scans at the des&k:"), this);
    scanLabel->setBuddy(scanSound);
    displayForm->addRow(scanLabel, scanSound);
    displayForm->addRow(QString(), scanFlash);
    auto* displayNote = new QLabel(tr("Changes at once, on this computer only."), this);
    displayNote->setWordWrap(true);
    displayForm->addRow(QString(), displayNote);
    connect(m_schemeComboBox, &QComboBox::activated, this, [this] {
        Theme::instance().setChoice(static_cast<ColorSchemePolicy::Choice>(m_schemeComboBox->currentData().toInt()));
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addStretch();
    // A form as wide as the window is hard to read: it keeps to a column at the left.
    auto* column = new QWidget(this);
    column->setMaximumWidth(760);
    auto* columnLayout = new QVBoxLayout(column);
    m_columnLayout = columnLayout;
    columnLayout->addWidget(m_accessLabel);
    columnLayout->addWidget(centreBox);
    columnLayout->addWidget(deskBox);
    columnLayout->addWidget(backupBox);
    columnLayout->addWidget(displayBox);
    columnLayout->addWidget(m_messageLabel);
    columnLayout->addLayout(buttons);
    columnLayout->addStretch();
    // On a short screen (1366×768, or any at scale 1.5) the form scrolls rather than make the window taller.
    auto* page = new QWidget(this);
    auto* pageLayout = new QHBoxLayout(page);
    pageLayout->addWidget(column, 1);
    pageLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_labelsButton, &QPushButton::clicked, this, &SettingsPage::openLabelSettings);
    connect(m_backupFolderButton, &QPushButton::clicked, this, &SettingsPage::chooseBackupFolder);
    connect(&m_session, &Session::actorChanged, this, &SettingsPage::updateAccess);
    // A change saved elsewhere shows here, unless this form holds edits of its own.
    connect(&m_settings, &SettingsService::changed, this, [this] {
        if (form() == m_loaded && backupForm() == m_loadedBackup) {
            revert();
        }
    });
    revert();
    updateAccess();
}

CentreSettings SettingsPage::form() const
{
    CentreSettings s;
    s.name = m_nameLineEdit->text();
    s.address = m_addressLineEdit->text();
    s.phone = m_phoneLineEdit->text();
    s.opening = m_openingTimeEdit->time();
    s.closing = m_closingTimeEdit->time();
    s.idleLockMinutes = m_idleLockSpinBox->value();
    s.undoMinutes = m_undoSpinBox->value();
    s.lateMinutes = m_lateSpinBox->value();
    const int index = m_timeZoneComboBox->findText(m_timeZoneComboBox->currentText());
    s.timeZone
        = index >= 0 ? m_timeZoneComboBox->itemData(index).toString() : m_timeZoneComboBox->currentText().trimmed();
    s.currency = m_currencyLineEdit->text().trimmed().toUpper();
    s.language = m_languageLineEdit->text().trimmed();
    return s;
}

BackupSettings SettingsPage::backupForm() const
{
    BackupSettings s;
    s.folder = m_backupFolderLineEdit->text().trimmed();
    s.time = m_backupTimeEdit->time();
    return s;
}

void SettingsPage::revert()
{
    const auto loaded = CentreSettings::load(m_database);
    const auto loadedBackup = loaded ? BackupSettings::load(m_database) : Result<BackupSettings>(loaded.error());
    if (!loadedBackup) {
        // "Could not read the data file: …": never the defaults shown as the centre's settings, nor saved over
        // what is on file.
        showError(loadedBackup.error());
        m_saveButton->setEnabled(false);
        return;
    }
    m_saveButton->setEnabled(true);
    m_loaded = loaded.value();
    m_nameLineEdit->setText(m_loaded.name);
    m_addressLineEdit->setText(m_loaded.address);
    m_phoneLineEdit->setText(m_loaded.phone);
    m_openingTimeEdit->setTime(m_loaded.opening);
    m_closingTimeEdit->setTime(m_loaded.closing);
    m_idleLockSpinBox->setValue(m_loaded.idleLockMinutes);
    m_undoSpinBox->setValue(m_loaded.undoMinutes);
    m_lateSpinBox->setValue(m_loaded.lateMinutes);
    const int zone = m_timeZoneComboBox->findData(m_loaded.timeZone);
    if (zone >= 0) {
        m_timeZoneComboBox->setCurrentIndex(zone);
    } else {
        m_timeZoneComboBox->setEditText(m_loaded.timeZone);
    }
    m_currencyLineEdit->setText(m_loaded.currency);
    m_languageLineEdit->setText(m_loaded.language);
    m_loadedBackup = loadedBackup.value();
    m_backupFolderLineEdit->setText(m_loadedBackup.folder);
    m_backupTimeEdit->setTime(m_loadedBackup.time);
    m_messageLabel->clear();
}

bool SettingsPage::save()
{
    const CentreSettings edited = form();
    const BackupSettings backup = backupForm();
    // Both checked before either is saved, so that a wrong backup folder does not leave half the form saved.
    for (const auto& valid : {edited.validate(), backup.validate()}) {
        if (!valid) {
            showError(valid.error());
            return false;
        }
    }
    Result<void> saved = edited.save(m_settings);
    if (saved) {
        saved = backup.save(m_settings);
    }
    if (!saved) {
        showError(saved.error());
        return false;
    }
    // Both were saved whole, so what is on file is what was saved, even if reading it back fails.
    const auto reloaded = CentreSettings::load(m_database);
    const auto reloadedBackup = BackupSettings::load(m_database);
    m_loaded = reloaded ? reloaded.value() : edited;
    m_loadedBackup = reloadedBackup ? reloadedBackup.value() : backup;
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("The settings were saved."));
    return true;
}

void SettingsPage::showError(const Error& error)
{
    m_messageLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_messageLabel->setText(error.message);
    if (QWidget* field = fieldWidget(error.field)) {
        field->setFocus();
    }
}

QWidget* SettingsPage::fieldWidget(const QString& field) const
{
    const QList<QPair<QString, QWidget*>> fields {
        {QStringLiteral("name"), m_nameLineEdit},         {QStringLiteral("opening"), m_openingTimeEdit},
        {QStringLiteral("closing"), m_closingTimeEdit},   {QStringLiteral("idleLockMinutes"), m_idleLockSpinBox},
        {QStringLiteral("undoMinutes"), m_undoSpinBox},   {QStringLiteral("lateMinutes"), m_lateSpinBox},
        {QStringLiteral("timeZone"), m_timeZoneComboBox}, {QStringLiteral("currency"), m_currencyLineEdit},
        {QStringLiteral("language"), m_languageLineEdit}, {QStringLiteral("backupFolder"), m_backupFolderLineEdit},
        {QStringLiteral("backupTime"), m_backupTimeEdit},
    };
    for (const auto& [name, widget] : fields) {
        if (name == field) {
            return widget;
        }
    }
    return nullptr;
}

void SettingsPage::updateAccess()
{
    const auto allowed = m_session.require(Permission::ManageSettings);
    const bool mayChange = allowed.ok();
    for (QLineEdit* edit : {m_nameLineEdit, m_addressLineEdit, m_phoneLineEdit, m_currencyLineEdit, m_languageLineEdit,
                            m_backupFolderLineEdit}) {
        edit->setReadOnly(!mayChange);
    }
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*> {
             m_openingTimeEdit, m_closingTimeEdit, m_idleLockSpinBox, m_undoSpinBox, m_backupTimeEdit}) {
        box->setReadOnly(!mayChange);
    }
    m_timeZoneComboBox->setEnabled(mayChange);
    m_saveButton->setVisible(mayChange);
    m_revertButton->setVisible(mayChange);
    m_labelsButton->setEnabled(mayChange);
    m_backupFolderButton->setEnabled(mayChange);
    m_accessLabel->setVisible(!mayChange);
    m_accessLabel->setText(mayChange ? QString() : allowed.errorString());
    if (!mayChange) {
        revert();
    }
}

void SettingsPage::openLabelSettings()
{
    auto* dialog = new LabelSettingsDialog(m_database, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void SettingsPage::chooseBackupFolder()
{
    const QString current = backupForm().folderFor(m_database.path());
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the daily backup"), current);
    if (!chosen.isEmpty()) {
        m_backupFolderLineEdit->setText(QDir::toNativeSeparators(chosen));
    }
}

void SettingsPage::addPanel(QWidget* panel)
{
    // Below the form's buttons and above the stretch: a panel saves its own changes.
    m_columnLayout->insertWidget(m_columnLayout->count() - 1, panel);
}

} // namespace Kindred
