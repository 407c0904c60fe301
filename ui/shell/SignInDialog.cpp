// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SignInDialog.h"

#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "widgets/Palette.h"
#include "widgets/SecretDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kindred {

SignInDialog::SignInDialog(SignInService& service, StaffAccountService& accounts, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_accounts(accounts)
    , m_mode(mode)
{
    auto* layout = new QVBoxLayout(this);
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setTextFormat(Qt::PlainText);
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_introLabel);

    if (mode == Mode::FirstAdministrator) {
        setWindowTitle(tr("Welcome to Kindred"));
        m_introLabel->setText(tr("Kindred keeps children's medical notes and custody orders, so each person signs "
                                 "in. First, set up the administrator's account: it adds the other staff accounts."));
        auto* form = new QFormLayout;
        layout->addLayout(form);
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
        m_pages = new QStackedWidget(this);
        m_pages->setObjectName(QStringLiteral("signInPagesStackedWidget"));
        m_pages->addWidget(createPinPage());
        m_pages->addWidget(createPasswordPage());
        layout->addWidget(m_pages);
    }
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::css(Palette::Alert)));
    layout->addWidget(m_errorLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::FirstAdministrator ? tr("Create and sign in") : tr("Sign in"));
    ok->setDefault(true);
    if (mode == Mode::Unlock) {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit Kindred"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    if (m_pages) {
        setMinimumWidth(460);
        showPasswordPage(false);
    }
}

QWidget* SignInDialog::createPinPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_pinLineEdit = new QLineEdit(page);
    m_pinLineEdit->setObjectName(QStringLiteral("pinLineEdit"));
    m_pinLineEdit->setEchoMode(QLineEdit::Password);
    m_pinLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    m_pinLineEdit->setMaxLength(StaffCredentials::MaxPinLength);
    m_pinLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pinLineEdit));
    QFont large = m_pinLineEdit->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    m_pinLineEdit->setFont(large);
    form->addRow(tr("Your &PIN:"), m_pinLineEdit);
    layout->addLayout(form);
    auto* password = new QPushButton(tr("Sign in &with a password…"), page);
    password->setObjectName(QStringLiteral("passwordPagePushButton"));
    password->setAutoDefault(false);
    connect(password, &QPushButton::clicked, this, [this] { showPasswordPage(true); });
    layout->addWidget(password, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

QWidget* SignInDialog::createPasswordPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_staffComboBox = new QComboBox(page);
    m_staffComboBox->setObjectName(QStringLiteral("staffComboBox"));
    const auto holders = m_accounts.accountHolders();
    for (const StaffMember& member : holders ? holders.value() : QList<StaffMember> {}) {
        m_staffComboBox->addItem(member.fullName() + QStringLiteral(" — ") + staffRoleName(member.role), member.id);
    }
    if (!holders) { // nobody to choose is not "no accounts": the error shows on the page (a PIN still works)
        m_staffReadError = holders.errorString();
        m_staffComboBox->setEnabled(false);
    }
    m_secretLineEdit = new QLineEdit(page);
    m_secretLineEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_secretLineEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Who:"), m_staffComboBox);
    form->addRow(tr("Pa&ssword or PIN:"), m_secretLineEdit);
    layout->addLayout(form);
    auto* pin = new QPushButton(tr("Sign in with a &PIN instead"), page);
    pin->setObjectName(QStringLiteral("pinPagePushButton"));
    pin->setAutoDefault(false);
    connect(pin, &QPushButton::clicked, this, [this] { showPasswordPage(false); });
    layout->addWidget(pin, 0, Qt::AlignLeft);
    layout->addStretch();
    return page;
}

void SignInDialog::showPasswordPage(bool password)
{
    if (!m_pages) {
        return;
    }
    m_pages->setCurrentIndex(password ? 1 : 0);
    m_errorLabel->setText(password ? m_staffReadError : QString());
    if (password) {
        m_introLabel->setText(tr("Choose your name and type your password, or your PIN if Kindred does not "
                                 "recognise it on its own yet."));
        m_secretLineEdit->setFocus();
    } else {
        m_introLabel->setText(m_mode == Mode::Unlock
                                  ? tr("The screen is locked. Type your PIN and press Enter: the person whose PIN "
                                       "it is carries on at the desk.")
                                  : tr("Type your PIN and press Enter."));
        m_pinLineEdit->setFocus();
    }
    growToFit(); // the other page's intro may wrap onto more lines
}

void SignInDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    growToFit(); // a wait and a hint wrap onto a second line
}

void SignInDialog::growToFit()
{
    if (!isVisible()) {
        return; // the first show sizes the dialog from its contents
    }
    layout()->activate();
    const int height
        = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (height > this->height()) {
        resize(width(), height);
    }
}

bool SignInDialog::isPasswordPageShown() const
{
    return m_pages && m_pages->currentIndex() == 1;
}

void SignInDialog::preselect(qint64 staffId)
{
    if (m_staffComboBox) {
        const int index = m_staffComboBox->findData(staffId);
        if (index >= 0) {
            m_staffComboBox->setCurrentIndex(index);
        }
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
    } else if (isPasswordPageShown()) {
        acceptSignIn();
    } else {
        acceptPin();
    }
}

void SignInDialog::acceptFirstAdministrator()
{
    if (m_passwordLineEdit->text() != m_confirmLineEdit->text()) {
        showError(tr("The two passwords differ. Type the same password twice."));
        m_confirmLineEdit->setFocus();
        return;
    }
    StaffMember admin;
    admin.firstName = m_firstNameLineEdit->text().trimmed();
    admin.lastName = m_lastNameLineEdit->text().trimmed();
    if (admin.firstName.isEmpty()) {
        showError(tr("Type the administrator's first name."));
        m_firstNameLineEdit->setFocus();
        return;
    }
    auto created = m_accounts.createFirstAdministrator(admin, m_passwordLineEdit->text(), m_pinLineEdit->text());
    if (!created) {
        showError(created.errorString());
        (created.error().field == QLatin1String("pin") ? m_pinLineEdit : m_passwordLineEdit)->setFocus();
        return;
    }
    QDialog::accept();
}

void SignInDialog::acceptPin()
{
    const QString pin = m_pinLineEdit->text();
    auto signedIn = m_service.signInWithPin(pin);
    m_pinLineEdit->clear();
    if (!signedIn && signedIn.error().field == SignInService::NewPinField
        && chooseNewPin(0, pin, signedIn.errorString())) {
        return;
    }
    if (!signedIn) {
        showError(signedIn.errorString());
        m_pinLineEdit->setFocus();
        return;
    }
    m_errorLabel->clear();
    QDialog::accept();
}

bool SignInDialog::chooseNewPin(qint64 staffId, const QString& oldPin, const QString& why)
{
    // The PIN was right but too short for the role: the person signs in by choosing a longer one.
    showError(why);
    SecretDialog dialog(
        SecretDialog::Kind::Pin, tr("your account"),
        [this, staffId, oldPin](const QString& newPin) -> Result<void> {
            auto changed = m_service.signInChangingPin(staffId, oldPin, newPin);
            return changed ? Result<void>() : Result<void>(changed.error());
        },
        this);
    if (dialog.exec() != QDialog::Accepted) {
        return true; // still signed out; the reason stays shown
    }
    m_errorLabel->clear();
    QDialog::accept();
    return true;
}

void SignInDialog::acceptSignIn()
{
    if (m_staffComboBox->currentIndex() < 0) {
        showError(tr("No one can sign in yet: ask the administrator to set up your account."));
        return;
    }
    const qint64 staffId = m_staffComboBox->currentData().toLongLong();
    const QString secret = m_secretLineEdit->text();
    auto signedIn = m_service.signIn(staffId, secret);
    m_secretLineEdit->clear();
    if (!signedIn && signedIn.error().field == SignInService::NewPinField
        && chooseNewPin(staffId, secret, signedIn.errorString())) {
        return;
    }
    if (!signedIn) {
        showError(signedIn.errorString());
        m_secretLineEdit->setFocus();
        return;
    }
    m_errorLabel->clear();
    QDialog::accept();
}

} // namespace Kindred
