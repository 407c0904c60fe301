// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

namespace Kindred {

Session::Session(QObject* parent)
    : QObject(parent)
{
    m_actor.role = StaffRole::Administrator;
}

void Session::signIn(const StaffMember& member)
{
    m_actor = member;
    emit actorChanged();
}

void Session::signOut()
{
    m_actor = StaffMember {};
    m_actor.role = StaffRole::Administrator;
    emit actorChanged();
}

} // namespace Kindred
