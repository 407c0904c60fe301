// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace Kindred {

// Asks for a new PIN or password twice, masked, and hands it to `save` (StaffAccountService::setPin or
// setPassword). A refusal — the two entries differ, or core's own message — is shown in the dialog,
// which stays open with what was typed.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Pin, Password };
    using Save = std::function<Result<void>(const QString& secret)>;

    SecretDialog(Kind kind, const QString& staffName, Save save, QWidget* parent = nullptr);

    // Checks the two entries and saves; closes only when core accepted the secret.
    void trySave();

private:
    void showError(const QString& text, QLineEdit* field);

    Save m_save;
    QLineEdit* m_secretLineEdit;
    QLineEdit* m_repeatLineEdit;
    QLabel* m_errorLabel;
};

} // namespace Kindred
