// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/StaffShift.h"
#include "base/Result.h"
#include "centre/Centre.h"

#include <QCoreApplication>

namespace Kindred {

class Database;
class Session;

// The ratio arithmetic of one room: staff needed for the children present under the room's
// required ratio, against the staff clocked in.
struct RoomRatio
{
    int children = 0;
    int staff = 0;
    int childrenPerStaff = 0;
    int staffRequired = 0;

    static RoomRatio of(const Room& room, int children, int staff);
    bool isOutOfRatio() const { return staff < staffRequired; }
    int staffShort() const { return std::max(0, staffRequired - staff); }
    // The staffing in plain words, one sentence the board and the wall display show as it is (`ratioText` is
    // the room's "1:4"): children with nobody clocked in says so and how to fix it, a room out of ratio says how
    // many more are needed, and counts read "1 child", never "1 children".
    QString description(const QString& ratioText) const;
};

struct BoardChild
{
    PresentStay stay;
    bool stillHereAfterClosing = false; // flagged in red on the board
    QStringList lifeThreateningAllergens; // flagged in red on the board
    QByteArray photo; // only with photo consent (ChildPhotos)
};

struct RoomBoardEntry
{
    Room room; // id 0: children checked in without a room
    QList<BoardChild> children;
    QList<StaffShift> staff;
    RoomRatio ratio;
    int lateCount = 0;

    int presentCount() const { return int(children.size()); }
    bool isOverCapacity() const { return room.id != 0 && presentCount() > room.capacity; }
};

// "Who's here": per room the children present, the staff clocked in, the live ratio against the
// room's required ratio, the capacity, and the children still here after closing time. Refused to a reader
// who may not see who is here (AttendanceReader::requireReader); the children's photos only for a reader
// who may look up families (ChildPhotos).
class RoomBoard
{
    Q_DECLARE_TR_FUNCTIONS(RoomBoard)

public:
    RoomBoard(Database& database, const Session& session);

    // Every active room, in the centre's order, plus a "no room" entry when a child without a room is here.
    // A read that fails is an Error: the board shows it instead of rooms that look empty.
    Result<QList<RoomBoardEntry>> rooms() const;
    Result<RoomBoardEntry> room(qint64 roomId) const;

private:
    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
