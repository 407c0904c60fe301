// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Kindred {

// The light scheme's colours, from before widgets/Palette.h: screens still on these show them in both schemes.
// New code and changed screens take their colours from Palette, which has both schemes (ui/STYLE-NOTE.md).

// The colour the UI uses for what must not be missed: restrictions, life-threatening allergies, errors.
inline constexpr const char* AlertColor = "#b00020";
// Amber: what needs attention soon (a dose due, a backup getting old), not yet an alarm.
inline constexpr const char* WarningColor = "#a85d00";
// Amber as a background, behind dark text: a banner that needs attention soon (a disk nearly full).
inline constexpr const char* WarningBackgroundColor = "#ffc857";
// Amber: something is in progress that the person should know about (waiting for another station).
inline constexpr const char* WaitingColor = "#8a5300";

// The locale's short date format, with a four-digit year (a two-digit year is ambiguous for a birth date).
inline QString dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

} // namespace Kindred
