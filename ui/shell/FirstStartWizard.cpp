// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FirstStartWizard.h"

#include "base/Translations.h"
#include "centre/CentreTimeZoneMigration.h"
#include "security/FirstStart.h"
#include "widgets/LanguageComboBox.h"
#include "widgets/Palette.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {
namespace {

enum RoomColumn { NameColumn, CapacityColumn, RatioColumn };

QLabel* errorLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert)));
    return label;
}

bool isCentreField(const QString& field)
{
    return field == QLatin1String("centreName") || field == QLatin1String("country")
        || field == QLatin1String("timeZone") || field == QLatin1String("currency")
        || field == QLatin1String("language");
}

} // namespace

FirstStartWizard::FirstStartWizard(const QString& path, QWidget* parent)
    : QWizard(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("firstStartWizard"));
    setWindowTitle(tr("Set up Kindred"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(CentrePage, createCentrePage());
    setPage(RoomsPage, createRoomsPage());
    setPage(AdministratorPage, createAdministratorPage());
    setStartId(CentrePage);
}

QWizardPage* FirstStartWizard::createCentrePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Your centre"));
    page->setSubTitle(tr("Kindred keeps the centre in one new data file. Nothing is written until you finish."));
    auto* form = new QFormLayout;
    // First, so that whoever sets up the centre reads the rest in their own language.
    m_uiLanguageComboBox = new LanguageComboBox({}, page);
    m_uiLanguageComboBox->setObjectName(QStringLiteral("uiLanguageComboBox"));
    m_uiLanguageComboBox->setToolTip(tr("The language of Kindred's window and of your own account. Each staff "
                                        "member can have their own."));
    m_uiLanguageComboBox->setLanguage(Translations::installedLanguage());
    form->addRow(tr("&Your language:"), m_uiLanguageComboBox);
    connect(m_uiLanguageComboBox, &QComboBox::activated, this, [this] {
        if (chosenLanguage() != Translations::installedLanguage()) {
            done(LanguageChosen);
        }
    });
    m_centreNameLineEdit = new QLineEdit(page);
    m_centreNameLineEdit->setObjectName(QStringLiteral("centreNameLineEdit"));
    form->addRow(tr("Centre &name:"), m_centreNameLineEdit);

    m_countryComboBox = new QComboBox(page);
    m_countryComboBox->setObjectName(QStringLiteral("countryComboBox"));
    QList<QPair<QString, QString>> countries;
    for (int t = int(QLocale::Afghanistan); t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2) {
            countries.append({QLocale::territoryToString(territory), code});
        }
    }
    std::sort(countries.begin(), countries.end());
    m_countryComboBox->addItem(tr("(not said)"), QString());
    for (const auto& [name, code] : std::as_const(countries)) {
        m_countryComboBox->addItem(tr("%1 (%2)").arg(name, code), code);
    }
    const int own = m_countryComboBox->findData(QLocale::territoryToCode(QLocale().territory()));
    m_countryComboBox->setCurrentIndex(qMax(0, own));
    form->addRow(tr("&Country:"), m_countryComboBox);

    m_timeZoneComboBox = new QComboBox(page);
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZoneComboBox->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZoneComboBox->addItem(QString::fromUtf8(id));
    }
    m_timeZoneComboBox->setCurrentText(CentreTimeZoneMigration::systemZoneId());
    form->addRow(tr("&Time zone:"), m_timeZoneComboBox);

    m_currencyLineEdit = new QLineEdit(QLocale().currencySymbol(QLocale::CurrencyIsoCode), page);
    m_currencyLineEdit->setObjectName(QStringLiteral("currencyLineEdit"));
    m_currencyLineEdit->setToolTip(tr("Three letters (ISO 4217): AUD, EUR, CAD…"));
    form->addRow(tr("C&urrency:"), m_currencyLineEdit);

    m_languageLineEdit = new QLineEdit(QLocale().bcp47Name(), page);
    m_languageLineEdit->setObjectName(QStringLiteral("languageLineEdit"));
    m_languageLineEdit->setToolTip(tr("The centre's language and formats, as a language code (BCP 47): en, en-AU, "
                                      "fr-CA… Staff who have no language of their own see the window in it."));
    form->addRow(tr("Centre's &language:"), m_languageLineEdit);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    m_centreErrorLabel = errorLabel(QStringLiteral("centreErrorLabel"), page);
    layout->addWidget(m_centreErrorLabel);
    connect(m_countryComboBox, &QComboBox::currentIndexChanged, this, &FirstStartWizard::countryChosen);
    return page;
}

void FirstStartWizard::countryChosen()
{
    // The country's currency, until the person types one of their own.
    const QString code = m_countryComboBox->currentData().toString();
    if (code.isEmpty() || m_currencyLineEdit->isModified()) {
        return;
    }
    const auto locales
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::codeToTerritory(code));
    if (!locales.isEmpty()) {
        m_currencyLineEdit->setText(locales.first().currencySymbol(QLocale::CurrencyIsoCode));
    }
}

QWizardPage* FirstStartWizard::createRoomsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Rooms"));
    page->setSubTitle(tr("The rooms children are checked into, with how many each holds and how many children "
                         "one adult may look after there. More can be added later under Rooms."));
    m_roomsTableWidget = new QTableWidget(0, 3, page);
    m_roomsTableWidget->setObjectName(QStringLiteral("roomsTableWidget"));
    m_roomsTableWidget->setAccessibleName(tr("Rooms"));
    m_roomsTableWidget->setHorizontalHeaderLabels({tr("Room"), tr("Places"), tr("Children per adult")});
    m_roomsTableWidget->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&Add a room"), page);
    add->setObjectName(QStringLiteral("addRoomButton"));
    auto* remove = new QPushButton(tr("&Remove the room"), page);
    remove->setObjectName(QStringLiteral("removeRoomButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRoomRow();
        m_roomsTableWidget->setCurrentCell(m_roomsTableWidget->rowCount() - 1, NameColumn);
        m_roomsTableWidget->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_roomsTableWidget->currentRow() >= 0) {
            m_roomsTableWidget->removeRow(m_roomsTableWidget->currentRow());
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_roomsTableWidget);
    layout->addLayout(buttons);
    m_roomsErrorLabel = errorLabel(QStringLiteral("roomsErrorLabel"), page);
    layout->addWidget(m_roomsErrorLabel);
    return page;
}

void FirstStartWizard::addRoomRow(const QString& name, int capacity, int childrenPerStaff)
{
    const int row = m_roomsTableWidget->rowCount();
    m_roomsTableWidget->insertRow(row);
    m_roomsTableWidget->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto* places = new QTableWidgetItem;
    places->setData(Qt::EditRole, capacity);
    m_roomsTableWidget->setItem(row, CapacityColumn, places);
    auto* ratio = new QTableWidgetItem;
    ratio->setData(Qt::EditRole, childrenPerStaff);
    m_roomsTableWidget->setItem(row, RatioColumn, ratio);
}

QWizardPage* FirstStartWizard::createAdministratorPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The first administrator"));
    page->setSubTitle(tr("The administrator sets up staff, their PINs and what each role may do. The password has "
                         "at least %1 characters and contains neither the centre's name nor yours.")
                          .arg(FirstStart::MinAdministratorPasswordLength));
    auto* form = new QFormLayout;
    m_firstNameLineEdit = new QLineEdit(page);
    m_firstNameLineEdit->setObjectName(QStringLiteral("firstNameLineEdit"));
    form->addRow(tr("&First name:"), m_firstNameLineEdit);
    m_lastNameLineEdit = new QLineEdit(page);
    m_lastNameLineEdit->setObjectName(QStringLiteral("lastNameLineEdit"));
    form->addRow(tr("La&st name:"), m_lastNameLineEdit);
    m_passwordLineEdit = new QLineEdit(page);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_passwordLineEdit);
    m_confirmLineEdit = new QLineEdit(page);
    m_confirmLineEdit->setObjectName(QStringLiteral("confirmLineEdit"));
    m_confirmLineEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password &again:"), m_confirmLineEdit);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    m_adminErrorLabel = errorLabel(QStringLiteral("adminErrorLabel"), page);
    layout->addWidget(m_adminErrorLabel);
    return page;
}

FirstStartSetup FirstStartWizard::setup() const
{
    FirstStartSetup setup;
    setup.centreName = m_centreNameLineEdit->text();
    setup.country = m_countryComboBox->currentData().toString();
    setup.timeZone = m_timeZoneComboBox->currentText();
    setup.currency = m_currencyLineEdit->text();
    setup.language = m_languageLineEdit->text();
    for (int row = 0; row < m_roomsTableWidget->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_roomsTableWidget->item(row, column);
            return item ? item->data(Qt::EditRole) : QVariant();
        };
        Room room;
        room.name = text(NameColumn).toString();
        room.capacity = text(CapacityColumn).toInt();
        room.childrenPerStaff = text(RatioColumn).toInt();
        setup.rooms << room;
    }
    setup.administrator.firstName = m_firstNameLineEdit->text();
    setup.administrator.lastName = m_lastNameLineEdit->text();
    setup.administrator.language = chosenLanguage();
    setup.password = m_passwordLineEdit->text();
    return setup;
}

QString FirstStartWizard::chosenLanguage() const
{
    return m_uiLanguageComboBox->language();
}

FirstStartSetup FirstStartWizard::typed() const
{
    return setup();
}

void FirstStartWizard::fill(const FirstStartSetup& setup)
{
    m_uiLanguageComboBox->setLanguage(setup.administrator.language);
    m_centreNameLineEdit->setText(setup.centreName);
    m_countryComboBox->setCurrentIndex(std::max(0, m_countryComboBox->findData(setup.country)));
    m_timeZoneComboBox->setCurrentText(setup.timeZone);
    m_currencyLineEdit->setText(setup.currency);
    m_languageLineEdit->setText(setup.language);
    m_roomsTableWidget->setRowCount(0);
    for (const Room& room : setup.rooms) {
        addRoomRow(room.name, room.capacity, room.childrenPerStaff);
    }
    m_firstNameLineEdit->setText(setup.administrator.firstName);
    m_lastNameLineEdit->setText(setup.administrator.lastName);
    m_passwordLineEdit->setText(setup.password);
    m_confirmLineEdit->setText(setup.password);
}

QString FirstStartWizard::errorText() const
{
    for (const QLabel* label : {m_centreErrorLabel, m_roomsErrorLabel, m_adminErrorLabel}) {
        if (!label->text().isEmpty()) {
            return label->text();
        }
    }
    return {};
}

void FirstStartWizard::showError(const QString& field, const QString& message)
{
    for (QLabel* label : {m_centreErrorLabel, m_roomsErrorLabel, m_adminErrorLabel}) {
        label->clear();
    }
    if (isCentreField(field)) {
        m_centreErrorLabel->setText(message);
    } else if (field.startsWith(QLatin1String("rooms"))) {
        m_roomsErrorLabel->setText(message);
    } else {
        m_adminErrorLabel->setText(message);
    }
}

bool FirstStartWizard::validateCurrentPage()
{
    // Each page is checked by core's rules as it is left; what belongs to a later page waits for it.
    const auto checked = FirstStart::validate(setup());
    const QString field = checked ? QString() : checked.error().field;
    switch (currentId()) {
    case CentrePage:
        if (isCentreField(field)) {
            showError(field, checked.errorString());
            return false;
        }
        showError({}, {});
        return true;
    case RoomsPage:
        if (field.startsWith(QLatin1String("rooms"))) {
            showError(field, checked.errorString());
            return false;
        }
        showError({}, {});
        return true;
    default:
        break;
    }
    if (m_passwordLineEdit->text() != m_confirmLineEdit->text()) {
        showError(QStringLiteral("password"), tr("The two passwords differ; type the same one twice."));
        m_confirmLineEdit->setFocus();
        return false;
    }
    if (!checked) {
        showError(field, checked.errorString());
        return false;
    }
    // Finish: the whole file is made now, or not at all.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto created = FirstStart::createFile(m_path, setup(), m_limits);
    QApplication::restoreOverrideCursor();
    if (!created) {
        showError(created.error().field, created.errorString());
        return false;
    }
    m_administrator = created.value();
    return true;
}

} // namespace Kindred
