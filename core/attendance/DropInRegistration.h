// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"

#include <QCoreApplication>

namespace Kindred {

class FamilyService;

// A drop-in or visiting child registered at the desk: a small family record saved through
// FamilyService (validated, audited, searchable), never without at least one adult with a working
// phone number. Adults with a phone become the children's authorised pickups when none are given.
class DropInRegistration
{
    Q_DECLARE_TR_FUNCTIONS(DropInRegistration)

public:
    // On success the family's id is returned and its new ids written back into `family`.
    static Result<qint64> registerFamily(FamilyService& store, Family& family);
};

} // namespace Kindred
