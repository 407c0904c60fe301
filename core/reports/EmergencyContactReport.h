// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// The list that goes in the evacuation bag: per room, each enrolled child with their guardians'
// phones, the emergency contacts in calling order, life-threatening allergies and "do not release"
// restrictions. Children with a life-threatening allergy or a restriction are highlighted.
class EmergencyContactReport
{
    Q_DECLARE_TR_FUNCTIONS(EmergencyContactReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
