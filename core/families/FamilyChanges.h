// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QCoreApplication>

namespace Kindred {

// What differs between two copies of one family, in words for the desk: "Amara's pickup rules were
// changed", "Emeka Okafor was added". Used when a save is refused because another desk changed the
// family since it was loaded (FamilyService::save). Pure: data in, words out.
class FamilyChanges
{
    Q_DECLARE_TR_FUNCTIONS(FamilyChanges)

public:
    // One clause per change, in the order of the editor's tabs; empty when nothing visible differs.
    static QStringList describe(const Family& before, const Family& after);

    // Row-level comparisons (the row itself, not its sub-rows), shared with FamilyWriter so that what is
    // written and what is described agree.
    static bool sameHousehold(const Family& a, const Family& b);
    static bool samePerson(const Person& a, const Person& b);
    static bool sameChildRow(const Child& a, const Child& b);
};

} // namespace Kindred
