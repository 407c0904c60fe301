// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

namespace Kindred {

class Session;

// Medical notes need ViewMedical and "do not release" restrictions (with their court orders) need
// ViewCustody. redactForRole() blanks what the acting role may not see; keepHiddenDetails() puts the
// values on file back into a family edited by such a role, so that saving it wipes nothing.
void redactForRole(Family& family, const Session& session);
void keepHiddenDetails(Family& edited, const Family& stored, const Session& session);

} // namespace Kindred
