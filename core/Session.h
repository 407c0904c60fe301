// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"

#include <QObject>

namespace Kindred {

// Who is acting at this station. Every change core records names this person in the audit log.
// Until a staff member signs in, the acting user is "the system" (id 0), which is what the demo
// generator and command-line jobs use.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);

    qint64 actorId() const { return m_actor.id; }
    const StaffMember& actor() const { return m_actor; }
    bool isSignedIn() const { return m_actor.id != 0; }

    void signIn(const StaffMember& member);
    void signOut();

signals:
    void actorChanged();

private:
    StaffMember m_actor;
};

} // namespace Kindred
