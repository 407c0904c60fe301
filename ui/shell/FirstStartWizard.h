// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"
#include "security/StaffCredentials.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Kindred {

class LanguageComboBox;
struct FirstStartSetup;

// The first start of a new or missing data file: the centre (name, country, time zone, currency,
// language), its rooms, and the first administrator with a password. Nothing is written until Finish:
// then core creates the whole file at once (FirstStart::createFile), so Cancel leaves no file. A refusal
// is shown on the page of the field it names, with everything typed kept.
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { CentrePage, RoomsPage, AdministratorPage };
    // The wizard ends with this code when the person chose another language for Kindred: the caller installs
    // it (chosenLanguage()) and opens the wizard again with what was typed (typed(), fill()).
    static constexpr int LanguageChosen = 2;

    explicit FirstStartWizard(const QString& path, QWidget* parent = nullptr);

    // Tests use the fast hash limits; the app keeps the interactive ones.
    void setHashLimits(const HashLimits& limits) { m_limits = limits; }
    // The administrator created on Finish (id 0 before).
    const StaffMember& administrator() const { return m_administrator; }
    QString errorText() const;
    // The language chosen for Kindred's window and the administrator's account (Translations::languages()).
    QString chosenLanguage() const;
    // Everything typed so far, and the same put back into a new wizard.
    FirstStartSetup typed() const;
    void fill(const FirstStartSetup& setup);

    bool validateCurrentPage() override;

private:
    QWizardPage* createCentrePage();
    QWizardPage* createRoomsPage();
    QWizardPage* createAdministratorPage();
    FirstStartSetup setup() const;
    void addRoomRow(const QString& name = {}, int capacity = 20, int childrenPerStaff = 8);
    void showError(const QString& field, const QString& message);
    void countryChosen();

    QString m_path;
    HashLimits m_limits = HashLimits::interactive();
    StaffMember m_administrator;
    LanguageComboBox* m_uiLanguageComboBox = nullptr;
    QLineEdit* m_centreNameLineEdit = nullptr;
    QComboBox* m_countryComboBox = nullptr;
    QComboBox* m_timeZoneComboBox = nullptr;
    QLineEdit* m_currencyLineEdit = nullptr;
    QLineEdit* m_languageLineEdit = nullptr;
    QLabel* m_centreErrorLabel = nullptr;
    QTableWidget* m_roomsTableWidget = nullptr;
    QLabel* m_roomsErrorLabel = nullptr;
    QLineEdit* m_firstNameLineEdit = nullptr;
    QLineEdit* m_lastNameLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLineEdit* m_confirmLineEdit = nullptr;
    QLabel* m_adminErrorLabel = nullptr;
};

} // namespace Kindred
