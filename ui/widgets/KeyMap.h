// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace Kindred {

// One key map for the whole application: every key Kindred answers to is taken from here, so that no two actions
// that can be active together share a key (TestKeyMap) and F1 help, F5 refresh, F10 menu and F11 full screen keep
// their usual meanings. A new feature adds its action here first.
class KeyMap
{
public:
    enum Action {
        // Anywhere in the main window.
        Help,
        Refresh,
        Menu,
        FullScreen,
        OpenDataFile,
        Quit,
        LockScreen,
        NewTicket,
        RollCall,
        Section1,
        Section2,
        Section3,
        Section4,
        Section5,
        Section6,
        Section7,
        Section8,
        Section9,
        // At the front desk.
        CheckIn,
        CheckInAll,
        CheckInAllAlternative,
        CheckOut,
        Absent,
        PrintLabels,
        ReprintLabel,
        SaveLabelsPdf,
        DropIn,
        GroupAttendance,
        EmergencyContacts,
        Undo,
        // On the who's-here board.
        LogIncidentForChosen,
        WallDisplay,
        // On list pages (families, incidents).
        NewRecord,
        FindRecord,
        // In the emergency roll call's own window.
        StartRollCall,
        PrintRollCall,
        SaveRollCallPdf,
    };

    // Where an action's key works; keys of one scope and of Window can be active together.
    enum Scope { Window, FrontDesk, RoomBoard, ListPage, RollCallWindow };

    static QKeySequence sequence(Action action);
    static Scope scope(Action action);
    // What the key does, for the key list (F1) and the style note.
    static QString description(Action action);
    // Ctrl+1 … Ctrl+9: the n-th visible section (0-based).
    static Action section(int position);

    static QList<Action> actions();
    // "Check in (F2)": a button's text with its key, in the platform's spelling.
    static QString withKey(const QString& text, Action action);
};

} // namespace Kindred
