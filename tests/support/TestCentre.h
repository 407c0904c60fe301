// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Services.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Kindred {

// Acts as a system actor (the demo builder, which may do everything) for its scope, then gives the
// session back to whoever was acting: for a fixture's set-up (staff, families) in a test that runs as a
// signed-in role. A session with nobody signed in refuses everything, so set-up names its actor.
class SystemActor
{
public:
    explicit SystemActor(Session& session, SystemActorKind kind = SystemActorKind::Demo)
        : m_session(session)
        , m_actor(session.actor())
        , m_role(session.roleKey())
        , m_system(session.systemActor())
    {
        m_session.actAs(kind);
    }
    ~SystemActor()
    {
        if (m_actor.id != 0) {
            m_session.signIn(m_actor, m_role == staffRoleKey(m_actor.role) ? QString() : m_role);
        } else {
            m_session.actAs(m_system);
        }
    }
    SystemActor(const SystemActor&) = delete;
    SystemActor& operator=(const SystemActor&) = delete;

private:
    Session& m_session;
    StaffMember m_actor;
    QString m_role;
    SystemActorKind m_system;
};

// A real data file in a temporary folder (or, when TestStore::onServer(), a database of its own on the test
// server, dropped at the end) with the stores a test needs. Its session starts as the demo
// builder (a system actor allowed everything), so set-up needs no sign-in; tests of a role sign in. Opening can be
// repeated (reopen()) to check that what was saved is really on disk; the session stays the same.
// The file is open through one Services, as at the desk: families() and centre() are its own, and a window or
// page built over services() hears what a test saves through them.
class TestCentre
{
public:
    TestCentre();
    ~TestCentre();

    bool isValid() const { return m_services != nullptr; }
    // The data file; on the server, the database's address (Database::path()).
    QString path() const;
    bool onServer() const { return m_server.has_value(); }
    QString dirPath() const { return m_dir.path(); }
    Database& database() { return m_services->database(); }
    Session& session() { return m_services ? m_services->session() : *m_closedSession; }
    FamilyService& families() { return m_services->families(); }
    CentreService& centre() { return m_services->centre(); }
    Services& services() { return *m_services; }

    // Closes and opens the file again; false when the reopen failed.
    bool reopen();
    // Fills the file with the demo centre (photos off, to keep tests quick).
    bool generateDemo(int children = 60, quint32 seed = 7);

    // A minimal valid family: one guardian with a phone, one child born three years ago.
    static Family sampleFamily(const QString& name = QStringLiteral("Okafor"));

private:
    bool open();

    QTemporaryDir m_dir;
    std::optional<ServerAddress> m_server;
    std::unique_ptr<Session> m_closedSession; // while no file is open
    std::unique_ptr<Services> m_services;
};

} // namespace Kindred
