// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SecretDialog.h"

#include "base/BidiText.h"
#include "security/StaffCredentials.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

SecretDialog::SecretDialog(Kind kind, const QString& staffName, Save save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_secretLineEdit(new QLineEdit(this))
    , m_repeatLineEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    const bool pin = kind == Kind::Pin;
    setObjectName(QStringLiteral("secretDialog"));
    setWindowTitle(pin ? tr("PIN for %1").arg(isolated(staffName)) : tr("Password for %1").arg(isolated(staffName)));
    m_secretLineEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_repeatLineEdit->setObjectName(QStringLiteral("repeatSecretLineEdit"));
    m_errorLabel->setObjectName(QStringLiteral("secretErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    for (QLineEdit* edit : {m_secretLineEdit, m_repeatLineEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        if (pin) {
            edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
            edit->setMaxLength(StaffCredentials::MaxPinLength);
        } else {
            edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        }
    }
    auto* hint = new QLabel(pin ? tr("A PIN is %1 to %2 digits. It unlocks the screen and switches the person at "
                                     "the desk.")
                                      .arg(StaffCredentials::MinPinLength)
                                      .arg(StaffCredentials::MaxPinLength)
                                : tr("A password has at least %1 characters.").arg(StaffCredentials::MinPasswordLength),
                            this);
    hint->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(pin ? tr("New &PIN:") : tr("New &password:"), m_secretLineEdit);
    form->addRow(tr("&Again:"), m_repeatLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

void SecretDialog::trySave()
{
    if (m_secretLineEdit->text() != m_repeatLineEdit->text()) {
        showError(tr("The two entries differ: type the same in both."), m_repeatLineEdit);
        return;
    }
    if (auto saved = m_save(m_secretLineEdit->text()); !saved) {
        showError(saved.errorString(), m_secretLineEdit);
        return;
    }
    accept();
}

void SecretDialog::showError(const QString& text, QLineEdit* field)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
    field->setFocus();
    field->selectAll();
}

} // namespace Kindred
