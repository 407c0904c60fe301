// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyRedaction.h"

#include "centre/Session.h"

namespace Kindred {

void redactForRole(Family& family, const Session& session)
{
    const bool medical = session.can(Permission::ViewMedical);
    const bool custody = session.can(Permission::ViewCustody);
    for (Child& child : family.children) {
        if (!medical) {
            child.medicalNotes.clear();
        }
        if (!custody) {
            child.restrictions.clear();
        }
    }
}

void keepHiddenDetails(Family& edited, const Family& stored, const Session& session)
{
    const bool medical = session.can(Permission::ViewMedical);
    const bool custody = session.can(Permission::ViewCustody);
    if (medical && custody) {
        return;
    }
    for (Child& child : edited.children) {
        for (const Child& before : stored.children) {
            if (child.id == 0 || before.id != child.id) {
                continue;
            }
            if (!medical) {
                child.medicalNotes = before.medicalNotes;
            }
            if (!custody) {
                child.restrictions = before.restrictions;
            }
        }
    }
}

} // namespace Kindred
