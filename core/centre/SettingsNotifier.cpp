// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/SettingsNotifier.h"

namespace Kindred {

Q_GLOBAL_STATIC(SettingsNotifier, processNotifier)

SettingsNotifier* SettingsNotifier::instance()
{
    return processNotifier();
}

} // namespace Kindred
