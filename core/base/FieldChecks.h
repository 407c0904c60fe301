// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// Checks on a single typed-in text, whatever record it belongs to: the family, centre and staff rules
// (FamilyValidation, CentreValidation) build on them.
class FieldChecks
{
public:
    // Nothing but white space.
    static bool isBlank(const QString& text);
    // A phone number someone can call: 6 to 15 digits, with spaces, dashes, dots, brackets and a
    // leading + allowed.
    static bool isPhoneNumber(const QString& text);
    static bool isEmailAddress(const QString& text);
};

} // namespace Kindred
