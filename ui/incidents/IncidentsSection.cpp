// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentsSection.h"

#include <QStyle>

#include "centre/Session.h"
#include "incidents/IncidentsPage.h"
#include "incidents/RollCallWindow.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"

#include <QAction>

namespace Kindred {

IncidentsSection::IncidentsSection(MainWindow& window, Database& database, Session& session, FamilyService& families,
                                   CentreService& centre)
    : QObject(&window)
    , m_window(window)
    , m_database(database)
    , m_session(session)
    , m_page(new IncidentsPage(database, session, families, centre, &window))
    , m_rollCallAction(new QAction(tr("Emergency &roll call"), &window))
    , m_emergencySession(new Session(SystemActorKind::Emergency, this))
{
    m_window.addSection(tr("Incidents"), m_page, m_page->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_window.setSectionPermissions(m_page, {Permission::LogIncidents, Permission::SignOffIncidents});
    // The roll call (F12) is for everyone, whatever their role: it is how a building is evacuated.
    m_rollCallAction->setObjectName(QStringLiteral("rollCallAction"));
    m_rollCallAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_rollCallAction->setShortcutContext(Qt::ApplicationShortcut);
    m_window.addAction(m_rollCallAction);
    connect(m_rollCallAction, &QAction::triggered, this, &IncidentsSection::showRollCall);
}

RollCallWindow* IncidentsSection::showRollCall()
{
    // Locked (nobody signed in): never the previous person's window or rights, but one that acts as the
    // emergency actor. Signed in: the person's own.
    const bool emergency = !m_session.isSignedIn();
    RollCallWindow*& window = emergency ? m_emergencyRollCall : m_rollCall;
    if (!window) {
        window = new RollCallWindow(m_database, emergency ? *m_emergencySession : m_session, &m_window);
        RollCallWindow** slot = &window;
        connect(window, &QObject::destroyed, this, [slot] { *slot = nullptr; });
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (emergency) {
            window->setObjectName(QStringLiteral("emergencyRollCallWindow"));
            window->setProperty(SecurityController::EmergencyWindowProperty, true);
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
