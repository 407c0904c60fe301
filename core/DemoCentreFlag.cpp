// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCentreFlag.h"

#include "SettingsStore.h"

namespace Kindred {

bool isDemoCentre(const Database& database)
{
    return SettingsStore::read(database, SettingsStore::DemoCentre) == QLatin1String("1");
}

} // namespace Kindred
