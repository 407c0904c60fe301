// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Kindred {

class SignInService;

// Who is at the desk. First start: asks for the first administrator (name, password, optional PIN).
// Otherwise: pick your name (type to jump), type your PIN or password, Enter — the same dialog
// switches the person at the desk (Ctrl+L) and opens the locked screen. Keyboard only; digits from
// a PIN pad go straight into the PIN field. It accepts only once core has checked the secret.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstAdministrator, SignIn, Unlock };

    SignInDialog(SignInService& service, Mode mode, QWidget* parent = nullptr);

    // Preselects the person (the one who was signed in when the screen locked).
    void preselect(qint64 staffId);
    QString errorText() const;

public slots:
    void accept() override;

private:
    void acceptFirstAdministrator();
    void acceptSignIn();

    SignInService& m_service;
    Mode m_mode;
    QComboBox* m_staffComboBox = nullptr;
    QLineEdit* m_secretLineEdit = nullptr;
    QLineEdit* m_firstNameLineEdit = nullptr;
    QLineEdit* m_lastNameLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLineEdit* m_confirmLineEdit = nullptr;
    QLineEdit* m_pinLineEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace Kindred
