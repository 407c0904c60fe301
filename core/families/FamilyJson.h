// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QJsonObject>

namespace Kindred {

// A family as JSON, photos left out: the audit log's before/after snapshot and the basis of the
// machine-readable export of what is held about a family.
QJsonObject familyToJson(const Family& family);

} // namespace Kindred
