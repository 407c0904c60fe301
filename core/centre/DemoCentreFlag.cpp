// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCentreFlag.h"

#include "SettingsStore.h"

namespace Kindred {

bool isDemoCentre(const Database& database)
{
    const auto flag = SettingsStore::read(database, SettingsStore::DemoCentre);
    return flag && flag.value() == QLatin1String("1");
}

} // namespace Kindred
