// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/FieldChecks.h"

#include <QRegularExpression>

namespace Kindred {

bool FieldChecks::isBlank(const QString& text)
{
    return text.trimmed().isEmpty();
}

bool FieldChecks::isPhoneNumber(const QString& text)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    const QString trimmed = text.trimmed();
    if (!allowed.match(trimmed).hasMatch()) {
        return false;
    }
    int digits = 0;
    for (QChar c : trimmed) {
        digits += c.isDigit() ? 1 : 0;
    }
    return digits >= 6 && digits <= 15;
}

bool FieldChecks::isEmailAddress(const QString& text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text.trimmed()).hasMatch();
}

} // namespace Kindred
