// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Kindred {

class SignInService;
class StaffAccountService;

// Who is at the desk. First start: asks for the first administrator (name, password, optional PIN).
// Otherwise: one focused PIN field — type your PIN, Enter, and you are signed in (PINs are unique, so
// the PIN says who you are). The same dialog switches the person at the desk (Ctrl+L) and opens the
// locked screen: any staff member's PIN unlocks and makes them the acting user. "Sign in with a
// password…" (Alt+W) shows the name and password fields instead, for administrators without a PIN and
// for a PIN set before PINs were unique. Keyboard only; digits from a PIN pad go straight into the
// PIN field. It accepts only once core has checked the secret.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstAdministrator, SignIn, Unlock };

    SignInDialog(SignInService& service, StaffAccountService& accounts, Mode mode, QWidget* parent = nullptr);

    // Preselects the person on the name page (the one who was signed in when the screen locked).
    void preselect(qint64 staffId);
    QString errorText() const;
    // Shows the name and password fields (true) or the PIN field (false), focused.
    void showPasswordPage(bool password);
    bool isPasswordPageShown() const;

public slots:
    void accept() override;

private:
    void acceptFirstAdministrator();
    void acceptPin();
    void acceptSignIn();
    // After a right PIN that is too short for the role (SignInService::NewPinField): asks for a new one
    // and signs in with it. True when it handled the refusal (signed in, or the person cancelled).
    bool chooseNewPin(qint64 staffId, const QString& oldPin, const QString& why);
    QWidget* createPinPage();
    QWidget* createPasswordPage();
    void showError(const QString& message);
    void growToFit();

    SignInService& m_service;
    StaffAccountService& m_accounts;
    Mode m_mode;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_introLabel = nullptr;
    QComboBox* m_staffComboBox = nullptr;
    QString m_staffReadError; // the account holders could not be read: shown on the password page
    QLineEdit* m_secretLineEdit = nullptr;
    QLineEdit* m_firstNameLineEdit = nullptr;
    QLineEdit* m_lastNameLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLineEdit* m_confirmLineEdit = nullptr;
    QLineEdit* m_pinLineEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace Kindred
