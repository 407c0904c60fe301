// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KeyMap.h"

#include <QCoreApplication>

namespace Kindred {

namespace {

struct Entry
{
    KeyMap::Action action;
    KeyMap::Scope scope;
    QKeySequence keys;
    const char* description;
};

const QList<Entry>& table()
{
    using K = KeyMap;
    static const QList<Entry> entries {
        {K::Help, K::Window, QKeySequence(Qt::Key_F1), QT_TRANSLATE_NOOP("KeyMap", "Show the keys")},
        {K::Refresh, K::Window, QKeySequence(Qt::Key_F5), QT_TRANSLATE_NOOP("KeyMap", "Read the screen again")},
        {K::Menu, K::Window, QKeySequence(Qt::Key_F10), QT_TRANSLATE_NOOP("KeyMap", "Open the menu")},
        {K::FullScreen, K::Window, QKeySequence(Qt::Key_F11), QT_TRANSLATE_NOOP("KeyMap", "Full screen on or off")},
        {K::OpenDataFile, K::Window, QKeySequence(Qt::CTRL | Qt::Key_O),
         QT_TRANSLATE_NOOP("KeyMap", "Open a data file")},
        {K::Quit, K::Window, QKeySequence(Qt::CTRL | Qt::Key_Q), QT_TRANSLATE_NOOP("KeyMap", "Quit")},
        {K::LockScreen, K::Window, QKeySequence(Qt::CTRL | Qt::Key_L), QT_TRANSLATE_NOOP("KeyMap", "Lock the screen")},
        {K::NewTicket, K::Window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         QT_TRANSLATE_NOOP("KeyMap", "New ticket")},
        {K::RollCall, K::Window, QKeySequence(Qt::Key_F12), QT_TRANSLATE_NOOP("KeyMap", "Emergency roll call")},
        {K::Section1, K::Window, QKeySequence(Qt::CTRL | Qt::Key_1), QT_TRANSLATE_NOOP("KeyMap", "First section")},
        {K::Section2, K::Window, QKeySequence(Qt::CTRL | Qt::Key_2), QT_TRANSLATE_NOOP("KeyMap", "Second section")},
        {K::Section3, K::Window, QKeySequence(Qt::CTRL | Qt::Key_3), QT_TRANSLATE_NOOP("KeyMap", "Third section")},
        {K::Section4, K::Window, QKeySequence(Qt::CTRL | Qt::Key_4), QT_TRANSLATE_NOOP("KeyMap", "Fourth section")},
        {K::Section5, K::Window, QKeySequence(Qt::CTRL | Qt::Key_5), QT_TRANSLATE_NOOP("KeyMap", "Fifth section")},
        {K::Section6, K::Window, QKeySequence(Qt::CTRL | Qt::Key_6), QT_TRANSLATE_NOOP("KeyMap", "Sixth section")},
        {K::Section7, K::Window, QKeySequence(Qt::CTRL | Qt::Key_7), QT_TRANSLATE_NOOP("KeyMap", "Seventh section")},
        {K::Section8, K::Window, QKeySequence(Qt::CTRL | Qt::Key_8), QT_TRANSLATE_NOOP("KeyMap", "Eighth section")},
        {K::Section9, K::Window, QKeySequence(Qt::CTRL | Qt::Key_9), QT_TRANSLATE_NOOP("KeyMap", "Ninth section")},
        {K::CheckIn, K::FrontDesk, QKeySequence(Qt::Key_F2), QT_TRANSLATE_NOOP("KeyMap", "Check in")},
        {K::CheckInAll, K::FrontDesk, QKeySequence(Qt::Key_F3), QT_TRANSLATE_NOOP("KeyMap", "Check in all siblings")},
        {K::CheckInAllAlternative, K::FrontDesk, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         QT_TRANSLATE_NOOP("KeyMap", "Check in all siblings")},
        {K::CheckOut, K::FrontDesk, QKeySequence(Qt::Key_F4), QT_TRANSLATE_NOOP("KeyMap", "Check out")},
        {K::Absent, K::FrontDesk, QKeySequence(Qt::Key_F6), QT_TRANSLATE_NOOP("KeyMap", "Mark absent")},
        {K::PrintLabels, K::FrontDesk, QKeySequence(Qt::Key_F8), QT_TRANSLATE_NOOP("KeyMap", "Print labels")},
        {K::ReprintLabel, K::FrontDesk, QKeySequence(Qt::SHIFT | Qt::Key_F8),
         QT_TRANSLATE_NOOP("KeyMap", "Reprint a lost label")},
        {K::SaveLabelsPdf, K::FrontDesk, QKeySequence(Qt::CTRL | Qt::Key_F8),
         QT_TRANSLATE_NOOP("KeyMap", "Save labels as PDF")},
        {K::DropIn, K::FrontDesk, QKeySequence(Qt::CTRL | Qt::Key_D), QT_TRANSLATE_NOOP("KeyMap", "Drop-in child")},
        {K::GroupAttendance, K::FrontDesk, QKeySequence(Qt::CTRL | Qt::Key_G),
         QT_TRANSLATE_NOOP("KeyMap", "Check a group in or out")},
        {K::EmergencyContacts, K::FrontDesk, QKeySequence(Qt::CTRL | Qt::Key_E),
         QT_TRANSLATE_NOOP("KeyMap", "Emergency contacts")},
        {K::Undo, K::FrontDesk, QKeySequence(Qt::CTRL | Qt::Key_Z),
         QT_TRANSLATE_NOOP("KeyMap", "Undo this desk's last check-in or check-out")},
        {K::LogIncidentForChosen, K::RoomBoard, QKeySequence(Qt::CTRL | Qt::Key_I),
         QT_TRANSLATE_NOOP("KeyMap", "Log an incident for the chosen children")},
        {K::WallDisplay, K::RoomBoard, QKeySequence(Qt::CTRL | Qt::Key_B),
         QT_TRANSLATE_NOOP("KeyMap", "Show the board full screen on a wall display")},
        {K::NewRecord, K::ListPage, QKeySequence(Qt::CTRL | Qt::Key_N), QT_TRANSLATE_NOOP("KeyMap", "New record")},
        {K::FindRecord, K::ListPage, QKeySequence(Qt::CTRL | Qt::Key_F), QT_TRANSLATE_NOOP("KeyMap", "Find")},
        {K::StartRollCall, K::RollCallWindow, QKeySequence(Qt::CTRL | Qt::Key_R),
         QT_TRANSLATE_NOOP("KeyMap", "Start the roll call")},
        {K::PrintRollCall, K::RollCallWindow, QKeySequence(Qt::CTRL | Qt::Key_P),
         QT_TRANSLATE_NOOP("KeyMap", "Print the roll call now")},
        {K::SaveRollCallPdf, K::RollCallWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         QT_TRANSLATE_NOOP("KeyMap", "Save the roll call as PDF")},
    };
    return entries;
}

const Entry* find(KeyMap::Action action)
{
    for (const Entry& entry : table()) {
        if (entry.action == action) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

QKeySequence KeyMap::sequence(Action action)
{
    const Entry* entry = find(action);
    return entry ? entry->keys : QKeySequence();
}

KeyMap::Scope KeyMap::scope(Action action)
{
    const Entry* entry = find(action);
    return entry ? entry->scope : Window;
}

QString KeyMap::description(Action action)
{
    const Entry* entry = find(action);
    return entry ? QCoreApplication::translate("KeyMap", entry->description) : QString();
}

KeyMap::Action KeyMap::section(int position)
{
    return static_cast<Action>(Section1 + qBound(0, position, 8));
}

QList<KeyMap::Action> KeyMap::actions()
{
    QList<Action> all;
    for (const Entry& entry : table()) {
        all << entry.action;
    }
    return all;
}

QString KeyMap::withKey(const QString& text, Action action)
{
    return QCoreApplication::translate("KeyMap", "%1 (%2)")
        .arg(text, sequence(action).toString(QKeySequence::NativeText));
}

} // namespace Kindred
