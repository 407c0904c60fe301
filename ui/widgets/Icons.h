// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/Palette.h"

#include <QIcon>
#include <QString>

namespace Kindred {

// Kindred's one icon set: Lucide (ISC licence, resources/icons/LICENSE), bundled as SVG and drawn in the colour
// of the scheme in use at paint time, so that a change of scheme re-renders every icon already on screen.
// Rendered pixmaps are kept in QPixmapCache.
class Icons
{
public:
    enum Name {
        // Sections of the main window.
        FrontDesk,
        WhosHere,
        Families,
        Rooms,
        Staff,
        Tickets,
        Incidents,
        Reports,
        Dashboard,
        Privacy,
        AuditTrail,
        Accounts,
        Settings,
        // The front desk's actions.
        CheckIn,
        CheckInAll,
        CheckOut,
        Absent,
        PrintLabels,
        ReprintLabel,
        SaveLabelsPdf,
        DropIn,
        GroupAttendance,
        LabelSettings,
        // Everyday actions and signs.
        Search,
        Refresh,
        Help,
        Undo,
        Done,
        Close,
        Time,
        Phone,
        Add,
        Save,
        LightScheme,
        DarkScheme,
        FollowSystem,
        HighContrastScheme,
        FullScreen,
        Information,
        Lock,
        Alert,
    };

    // In the text colour of the scheme in use (greyed when disabled, the selection's text colour when selected).
    static QIcon icon(Name name);
    // In a status colour of the palette, e.g. Alert in Palette::Alert.
    static QIcon icon(Name name, Palette::Role color);
    // Kindred's application icon (also installed by packaging) and its small logo, in their own colours.
    static QIcon applicationIcon();
    static QIcon logo();

    // ":/icons/<lucide-name>.svg"
    static QString resourcePath(Name name);
};

} // namespace Kindred
