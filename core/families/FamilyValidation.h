// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "families/Family.h"

#include <QCoreApplication>

namespace Kindred {

// The rules a record must meet before it is saved. Each failure names the field that is wrong in
// Error::field ("adults[1].mobilePhone", "children[0].dateOfBirth", "capacity") so that a form can
// put the cursor on it and keep everything else the user typed.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static Result<void> validate(const Family& family, QDate today);
    static Result<void> validate(const Person& person, const QString& fieldPrefix);
    static Result<void> validate(const Child& child, const Family& family, const QString& fieldPrefix, QDate today);
    static Result<void> validate(const Room& room);
    static Result<void> validate(const StaffMember& member);

    // A phone number someone can call: 6 to 15 digits, with spaces, dashes, dots, brackets and a
    // leading + allowed.
    static bool isPhoneNumber(const QString& text);
    static bool isEmailAddress(const QString& text);
    // Family card codes: 4 to 16 letters and digits (scanners send them in capitals).
    static bool isCardCode(const QString& text);
};

} // namespace Kindred
