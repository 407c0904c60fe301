// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ColorSchemePolicy.h"

namespace Kindred {

ColorScheme ColorSchemePolicy::decide(Choice choice, std::optional<uint> portalColorScheme, bool platformWindowIsDark)
{
    switch (choice) {
    case Choice::Light:
        return ColorScheme::Light;
    case Choice::Dark:
        return ColorScheme::Dark;
    case Choice::HighContrast:
        return ColorScheme::HighContrast;
    case Choice::FollowSystem:
        break;
    }
    if (portalColorScheme == 1u) {
        return ColorScheme::Dark;
    }
    if (portalColorScheme == 2u) {
        return ColorScheme::Light;
    }
    // No preference, no portal or an unknown value: the platform's own palette says what the desktop looks like.
    return platformWindowIsDark ? ColorScheme::Dark : ColorScheme::Light;
}

ColorSchemePolicy::Choice ColorSchemePolicy::choiceFromKey(const QString& key)
{
    if (key == QLatin1String("light")) {
        return Choice::Light;
    }
    if (key == QLatin1String("dark")) {
        return Choice::Dark;
    }
    if (key == QLatin1String("contrast")) {
        return Choice::HighContrast;
    }
    return Choice::FollowSystem;
}

QString ColorSchemePolicy::key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::HighContrast:
        return QStringLiteral("contrast");
    case Choice::FollowSystem:
        break;
    }
    return QStringLiteral("follow");
}

} // namespace Kindred
