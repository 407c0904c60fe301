// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CentreStore.h"
#include "Database.h"
#include "FamilyStore.h"
#include "Session.h"

#include <QTemporaryDir>

#include <memory>

namespace Kindred {

// Acts as the system (allowed everything) for its scope, then gives the session back to whoever was
// signed in: for a fixture's set-up (staff, families) in a test that runs as a signed-in role.
class SystemActor
{
public:
    explicit SystemActor(Session& session)
        : m_session(session)
        , m_actor(session.actor())
        , m_role(session.roleKey())
    {
        m_session.signOut();
    }
    ~SystemActor()
    {
        if (m_actor.id != 0) {
            m_session.signIn(m_actor, m_role == staffRoleKey(m_actor.role) ? QString() : m_role);
        }
    }
    SystemActor(const SystemActor&) = delete;
    SystemActor& operator=(const SystemActor&) = delete;

private:
    Session& m_session;
    StaffMember m_actor;
    QString m_role;
};

// A real data file in a temporary folder with the stores a test needs. Opening can be repeated
// (reopen()) to check that what was saved is really on disk.
class TestCentre
{
public:
    TestCentre();
    ~TestCentre();

    bool isValid() const { return m_database != nullptr; }
    QString path() const;
    QString dirPath() const { return m_dir.path(); }
    Database& database() { return *m_database; }
    Session& session() { return m_session; }
    FamilyStore& families() { return *m_families; }
    CentreStore& centre() { return *m_centre; }

    // Closes and opens the file again; false when the reopen failed.
    bool reopen();
    // Fills the file with the demo centre (photos off, to keep tests quick).
    bool generateDemo(int children = 60, quint32 seed = 7);

    // A minimal valid family: one guardian with a phone, one child born three years ago.
    static Family sampleFamily(const QString& name = QStringLiteral("Okafor"));

private:
    bool open();

    QTemporaryDir m_dir;
    Session m_session;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FamilyStore> m_families;
    std::unique_ptr<CentreStore> m_centre;
};

} // namespace Kindred
