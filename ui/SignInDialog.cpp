// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "SignInService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

SignInDialog::SignInDialog(SignInService& service, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_mode(mode)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);

    if (mode == Mode::FirstAdministrator) {
        setWindowTitle(tr("Welcome to Kindred"));
        intro->setText(tr("Kindred keeps children's medical notes and custody orders, so each person signs in. "
                          "First, set up the administrator's account: it adds the other staff accounts."));
        m_firstNameLineEdit = new QLineEdit(this);
        m_firstNameLineEdit->setObjectName(QStringLiteral("firstNameLineEdit"));
        m_lastNameLineEdit = new QLineEdit(this);
        m_lastNameLineEdit->setObjectName(QStringLiteral("lastNameLineEdit"));
        m_passwordLineEdit = new QLineEdit(this);
        m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
        m_passwordLineEdit->setEchoMode(QLineEdit::Password);
        m_confirmLineEdit = new QLineEdit(this);
        m_confirmLineEdit->setObjectName(QStringLiteral("confirmLineEdit"));
        m_confirmLineEdit->setEchoMode(QLineEdit::Password);
        m_pinLineEdit = new QLineEdit(this);
        m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
        m_pinLineEdit->setEchoMode(QLineEdit::Password);
        m_pinLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);
        m_pinLineEdit->setPlaceholderText(tr("optional, 4 to 8 digits, for quick switching at the desk"));
        form->addRow(tr("&First name:"), m_firstNameLineEdit);
        form->addRow(tr("&Last name:"), m_lastNameLineEdit);
        form->addRow(tr("&Password:"), m_passwordLineEdit);
        form->addRow(tr("&Again:"), m_confirmLineEdit);
        form->addRow(tr("P&IN:"), m_pinLineEdit);
    } else {
        setWindowTitle(mode == Mode::Unlock ? tr("Kindred is locked") : tr("Sign in"));
        intro->setText(mode == Mode::Unlock ? tr("The screen locked after a while without use. Type your PIN to "
                                                 "carry on, or choose another person.")
                                            : tr("Choose your name and type your PIN or password."));
        m_staffComboBox = new QComboBox(this);
        m_staffComboBox->setObjectName(QStringLiteral("staffComboBox"));
        for (const StaffMember& member : m_service.accountHolders()) {
            m_staffComboBox->addItem(member.fullName() + QStringLiteral(" — ") + staffRoleName(member.role), member.id);
        }
        m_secretLineEdit = new QLineEdit(this);
        m_secretLineEdit->setObjectName(QStringLiteral("secretLineEdit"));
        m_secretLineEdit->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Who:"), m_staffComboBox);
        form->addRow(tr("&PIN or password:"), m_secretLineEdit);
        m_secretLineEdit->setFocus();
    }
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::FirstAdministrator ? tr("Create and sign in") : tr("Sign in"));
    if (mode == Mode::Unlock) {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit Kindred"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
}

void SignInDialog::preselect(qint64 staffId)
{
    if (m_staffComboBox) {
        const int index = m_staffComboBox->findData(staffId);
        if (index >= 0) {
            m_staffComboBox->setCurrentIndex(index);
        }
        m_secretLineEdit->setFocus();
    }
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->text();
}

void SignInDialog::accept()
{
    if (m_mode == Mode::FirstAdministrator) {
        acceptFirstAdministrator();
    } else {
        acceptSignIn();
    }
}

void SignInDialog::acceptFirstAdministrator()
{
    if (m_passwordLineEdit->text() != m_confirmLineEdit->text()) {
        m_errorLabel->setText(tr("The two passwords differ. Type the same password twice."));
        m_confirmLineEdit->setFocus();
        return;
    }
    StaffMember admin;
    admin.firstName = m_firstNameLineEdit->text().trimmed();
    admin.lastName = m_lastNameLineEdit->text().trimmed();
    if (admin.firstName.isEmpty()) {
        m_errorLabel->setText(tr("Type the administrator's first name."));
        m_firstNameLineEdit->setFocus();
        return;
    }
    auto created = m_service.createFirstAdministrator(admin, m_passwordLineEdit->text(), m_pinLineEdit->text());
    if (!created) {
        m_errorLabel->setText(created.errorString());
        (created.error().field == QLatin1String("pin") ? m_pinLineEdit : m_passwordLineEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

void SignInDialog::acceptSignIn()
{
    if (m_staffComboBox->currentIndex() < 0) {
        m_errorLabel->setText(tr("No one can sign in yet: ask the administrator to set up your account."));
        return;
    }
    auto signedIn = m_service.signIn(m_staffComboBox->currentData().toLongLong(), m_secretLineEdit->text());
    m_secretLineEdit->clear();
    if (!signedIn) {
        m_errorLabel->setText(signedIn.errorString());
        m_secretLineEdit->setFocus();
        return;
    }
    m_errorLabel->clear();
    QDialog::accept();
}

} // namespace Kindred
