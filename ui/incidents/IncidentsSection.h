// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace Kindred {

class CentreService;
class Database;
class FamilyService;
class IncidentsPage;
class MainWindow;
class RollCallWindow;
class Session;

// Puts incidents and emergencies into the main window: the "Incidents" section, and the roll call
// on F12 from anywhere in the application (an application-wide shortcut, so it works over dialogs).
class IncidentsSection : public QObject
{
    Q_OBJECT

public:
    IncidentsSection(MainWindow& window, Database& database, Session& session, FamilyService& families,
                     CentreService& centre);

    IncidentsPage* page() const { return m_page; }
    QAction* rollCallAction() const { return m_rollCallAction; }
    // Opens (or raises) the roll call window. With nobody signed in (the locked screen) it is the
    // emergency roll call: a window of its own acting as SystemActorKind::Emergency, with that actor's
    // rights only (who is here, allergies, emergency contacts, the drill), audited as such.
    RollCallWindow* showRollCall();

private:
    MainWindow& m_window;
    Database& m_database;
    Session& m_session;
    IncidentsPage* m_page;
    QAction* m_rollCallAction;
    RollCallWindow* m_rollCall = nullptr;
    Session* m_emergencySession; // never signed in: acts as the emergency system actor
    RollCallWindow* m_emergencyRollCall = nullptr;
};

} // namespace Kindred
