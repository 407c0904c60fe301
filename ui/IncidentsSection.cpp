// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentsSection.h"

#include <QStyle>

#include "IncidentsPage.h"
#include "MainWindow.h"
#include "RollCallWindow.h"

#include <QAction>

namespace Kindred {

IncidentsSection::IncidentsSection(MainWindow& window, Database& database, Session& session, FamilyStore& families,
                                   CentreStore& centre)
    : QObject(&window)
    , m_window(window)
    , m_database(database)
    , m_session(session)
    , m_page(new IncidentsPage(database, session, families, centre, &window))
    , m_rollCallAction(new QAction(tr("Emergency &roll call"), &window))
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
    if (!m_rollCall) {
        m_rollCall = new RollCallWindow(m_database, m_session, &m_window);
        connect(m_rollCall, &QObject::destroyed, this, [this] { m_rollCall = nullptr; });
        m_rollCall->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_rollCall->refresh();
    }
    m_rollCall->show();
    m_rollCall->raise();
    m_rollCall->activateWindow();
    return m_rollCall;
}

} // namespace Kindred
