// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kindred {

class Database;

// The demo centre's file is marked as such (the setting SettingsService::DemoCentre, written only by the
// demo generator as the system): its published 4-digit PINs keep working and are not forced to change,
// and the window says it is a demo. False when the setting is absent or cannot be read.
bool isDemoCentre(const Database& database);

} // namespace Kindred
