// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

class Database;
class Session;

// One child a staff member may tick for a group check-in or check-out.
struct RosterChild
{
    qint64 childId = 0;
    qint64 familyId = 0;
    qint64 roomId = 0;
    QString name;
    bool present = false; // checked in now
    QStringList lifeThreateningAllergens; // shown in red wherever the child is picked
};

// The children a group is made of (a room's roll for a bus run, or who is here for a field trip), and
// the life-threatening allergies the board and the desk flag. Read-only; a read that fails is an Error,
// never a shorter list. Refused to a reader who may not see who is here (AttendanceReader::requireReader).
// Life-threatening allergies are shown to every such reader, as the family's own page shows them: they
// are what keeps a child safe at the desk and on an outing (medical notes need ViewMedical, allergies not).
class GroupRoster
{
public:
    GroupRoster(Database& database, const Session& session);

    // Active children of enrolled families in `roomId` (every room when roomId < 0), by name.
    Result<QList<RosterChild>> room(qint64 roomId) const;
    // Life-threatening allergens of these children, by child id (children without any are left out).
    Result<QHash<qint64, QStringList>> lifeThreateningAllergens(const QList<qint64>& childIds) const;

private:
    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
