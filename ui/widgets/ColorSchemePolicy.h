// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/Palette.h"

#include <QString>

#include <optional>

namespace Kindred {

// Which scheme to show, from what this computer's person chose, what the desktop says and the platform palette.
// Pure: data in, decision out (TestColorSchemePolicy).
class ColorSchemePolicy
{
public:
    enum class Choice { FollowSystem, Light, Dark, HighContrast };

    // The XDG desktop portal's org.freedesktop.appearance color-scheme: 0 no preference, 1 prefer dark,
    // 2 prefer light; std::nullopt when there is no portal (no session bus, an older desktop).
    static ColorScheme decide(Choice choice, std::optional<uint> portalColorScheme, bool platformWindowIsDark);

    // The choice as stored in QSettings ("follow", "light", "dark", "contrast"); anything else is "follow".
    static Choice choiceFromKey(const QString& key);
    static QString key(Choice choice);
};

} // namespace Kindred
