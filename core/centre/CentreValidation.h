// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    static Result<void> validate(const Room& room);
    static Result<void> validate(const StaffMember& member);
};

} // namespace Kindred
