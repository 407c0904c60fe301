// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Kindred {

enum class ColorScheme { Light, Dark, HighContrast };

// Kindred's colours, in one place, for the light, the dark and the high-contrast scheme (white and yellow on black). A
// status colour means the same on every screen: it is written as text on the window or a list (Base) and filled behind
// OnStatus text in a chip, and both pass WCAG 2.1 AA (TestPalette). Widgets ask for the colour of the scheme in use:
// Palette::color(Palette::Late).
class Palette
{
public:
    enum Role {
        Window, // behind pages and forms
        Base, // behind lists, tables and fields
        Text, // body text and icons
        MutedText, // notes and hints under a field
        Accent, // the selection, the default button, the logo
        OnAccent, // text on the accent
        // Status colours: the state of a child, a ticket or a record, as text or as a chip.
        Here, // checked in and in the building
        Expected, // booked today and not yet here
        Late, // booked, not here, past the usual arrival
        Absent, // marked absent for the day, or gone home
        Alert, // what must not be missed: restrictions, severe allergies, refusals, errors
        Overdue, // a ticket or task past its due date
        Success, // a done action ("Checked in")
        Warning, // needs attention soon, or waiting on something
        Danger, // a refusal or an error
        Information, // a fact worth a look (a medical note)
        Neutral, // a fact with no urgency (no photo consent)
        OnStatus, // text on a status chip
        WarningBanner, // behind a banner with OnWarningBanner text (a disk nearly full, a shared data file)
        OnWarningBanner,
    };

    static QColor color(Role role, ColorScheme scheme);
    // In the scheme in use (see Theme).
    static QColor color(Role role);
    // "#rrggbb" of the scheme in use, for a style sheet.
    static QString css(Role role);
    // "color: #rrggbb; font-weight: bold;" — a status line in the scheme in use.
    static QString boldTextStyle(Role role);

    static ColorScheme scheme();
    // Called by Theme when it applies a scheme; widgets built afterwards ask for its colours.
    static void setScheme(ColorScheme scheme);

    // A style sheet built from one scheme's colours, with each written in the other scheme's colour for the same
    // role: what Theme does to the widgets already on screen when the scheme changes. Other colours stay.
    static QString translateStyleSheet(const QString& sheet, ColorScheme from, ColorScheme to);

    // The whole QPalette for the Fusion style.
    static QPalette qpalette(ColorScheme scheme);

    // WCAG 2.1 contrast ratio between two colours, 1 to 21.
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace Kindred
