// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// Which desk recorded an event: this computer's host name and this running Kindred's own instance,
// "frontdesk#3f2a…". Kept on each check-in and check-out so that "the same station may void its own
// mistake for a few minutes" can be checked. Two windows on one computer (the SQLite store allows
// only one host) are two stations; a restarted desk is a new one.
class Station
{
public:
    static QString current();
    // Tests play two desks in one process. An empty id restores this process's own.
    static void setCurrentForTesting(const QString& id);
};

} // namespace Kindred
