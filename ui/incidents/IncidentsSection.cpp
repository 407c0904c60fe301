// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentsSection.h"

#include "Services.h"
#include "centre/Session.h"
#include "incidents/IncidentsPage.h"
#include "incidents/RollCallWindow.h"
#include "widgets/KeyMap.h"
#include "widgets/LiveRefresh.h"

#include <QAction>

namespace Kindred {

IncidentsSection::IncidentsSection(Services& services, QWidget& window)
    : QObject(&window)
    , m_services(services)
    , m_window(window)
    , m_page(new IncidentsPage(services.database(), services.session(), services.incidents(), services.families(),
                               services.centre(), &window))
    , m_rollCallAction(new QAction(tr("Emergency &roll call"), &window))
{
    // The roll call (F12) is for everyone, whatever their role: it is how a building is evacuated.
    m_rollCallAction->setObjectName(QStringLiteral("rollCallAction"));
    m_rollCallAction->setShortcut(KeyMap::sequence(KeyMap::RollCall));
    m_rollCallAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_rollCallAction, &QAction::triggered, this, &IncidentsSection::showRollCall);
}

IncidentsSection::~IncidentsSection()
{
    delete m_emergencyRollCall; // it reads through the services this section's owner is about to close
}

RollCallWindow* IncidentsSection::showRollCall()
{
    // Locked (nobody signed in): never the previous person's window or rights, but one that acts as the
    // emergency actor. Signed in: the person's own.
    const bool emergency = !m_services.session().isSignedIn();
    RollCallWindow*& window = emergency ? m_emergencyRollCall : m_rollCall;
    if (!window) {
        window = emergency
            // No parent: the sign-in over the main window is modal to the main window and all its windows, and
            // must not block the one window an emergency needs while the desk is locked.
            ? new RollCallWindow(m_services.database(), m_services.emergencySession(), m_services.emergencyDrills(),
                                 m_services.emergencyHealthServices(), &m_services.rollCallCopy(), nullptr)
            : new RollCallWindow(m_services.database(), m_services.session(), m_services.drills(),
                                 m_services.healthServices(), &m_services.rollCallCopy(), &m_window);
        // Another station's check-in or tick on the roll, pushed by the server (a data file: polled).
        RollCallWindow* shown = window;
        new LiveRefresh(m_services.changes(),
                        ChangeFeed::Topic::Attendance | ChangeFeed::Topic::Incidents | ChangeFeed::Topic::Families
                            | ChangeFeed::Topic::Health,
                        shown, [shown] { shown->refresh(); });
        RollCallWindow** slot = &window;
        connect(window, &QObject::destroyed, this, [slot] { *slot = nullptr; });
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (emergency) {
            window->setObjectName(QStringLiteral("emergencyRollCallWindow"));
            window->setProperty(EmergencyWindowProperty, true);
            window->setWindowTitle(tr("Emergency roll call — no sign-in"));
        }
    } else {
        window->refresh();
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace Kindred
