// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Kindred {

class IncidentsPage;
class RollCallWindow;
class Services;

// Incidents and emergencies for the main window: the "Incidents" page, and the roll call on F12 from
// anywhere in the application (an application-wide shortcut, so it works over dialogs). The main window
// puts the page among its sections and the action among its own.
class IncidentsSection : public QObject
{
    Q_OBJECT

public:
    // A window with this property set to true acts as no one (the emergency roll call): the lock never covers it.
    static constexpr const char* EmergencyWindowProperty = "kindredEmergencyWindow";

    // The page and the roll call window are children of `window`; the emergency roll call is a window of its own
    // (no parent, so the sign-in over `window` does not block it), closed with this section.
    IncidentsSection(Services& services, QWidget& window);
    ~IncidentsSection() override;

    IncidentsPage* page() const { return m_page; }
    QAction* rollCallAction() const { return m_rollCallAction; }
    // Opens (or raises) the roll call window. With nobody signed in (the locked screen) it is the
    // emergency roll call: a window of its own acting as SystemActorKind::Emergency, with that actor's
    // rights only (who is here, allergies, emergency contacts, the drill), audited as such.
    RollCallWindow* showRollCall();

private:
    Services& m_services;
    QWidget& m_window;
    IncidentsPage* m_page;
    QAction* m_rollCallAction;
    RollCallWindow* m_rollCall = nullptr;
    RollCallWindow* m_emergencyRollCall = nullptr;
};

} // namespace Kindred
