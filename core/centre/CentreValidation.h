// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "centre/Centre.h"

#include <QCoreApplication>

namespace Kindred {

// The rules a room or a staff member must meet before they are saved. Each failure names the field that
// is wrong in Error::field ("capacity", "email") so that a form can put the cursor on it.
class CentreValidation
{
    Q_DECLARE_TR_FUNCTIONS(CentreValidation)

public:
    // Every problem at once, in the order of the form; names held to FieldLimits.
    static FieldProblems problems(const Room& room);
    static FieldProblems problems(const StaffMember& member);
    // The first of those problems, for a caller that wants one Error.
    static Result<void> validate(const Room& room);
    static Result<void> validate(const StaffMember& member);
};

} // namespace Kindred
