// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportRequest.h"

#include <QCoreApplication>

namespace Kindred {

class Database;

// The allergy and medical list a room keeps on its wall and in the kitchen: per room, each enrolled
// child with an allergy or medical notes, allergies most severe first with the reaction and the
// action plan. Life-threatening allergies are highlighted. No photos are printed.
class AllergyMedicalReport
{
    Q_DECLARE_TR_FUNCTIONS(AllergyMedicalReport)

public:
    static Result<BuiltReport> build(Database& database, const ReportRequest& request);
};

} // namespace Kindred
