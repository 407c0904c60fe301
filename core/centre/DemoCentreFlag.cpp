// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/DemoCentreFlag.h"

#include "centre/SettingsService.h"

namespace Kindred {

bool isDemoCentre(const Database& database)
{
    const auto flag = SettingsService::read(database, SettingsService::DemoCentre);
    return flag && flag.value() == QLatin1String("1");
}

} // namespace Kindred
