// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/RoomBoard.h"

#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceRules.h"
#include "attendance/GroupRoster.h"
#include "attendance/StaffPresence.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/Session.h"
#include "families/ChildPhotos.h"

#include <QHash>

namespace Kindred {

RoomRatio RoomRatio::of(const Room& room, int children, int staff)
{
    return RoomRatio {children, staff, room.childrenPerStaff, room.staffRequiredFor(children)};
}

QString RoomRatio::description(const QString& ratioText) const
{
    const QString kids = RoomBoard::tr("%n child(ren)", nullptr, children);
    if (children == 0) {
        return staff == 0 ? RoomBoard::tr("No children here.")
                          : RoomBoard::tr("No children here; %n staff member(s) clocked in.", nullptr, staff);
    }
    if (staff == 0) {
        return RoomBoard::tr("Nobody is clocked in to look after %1: clock a staff member in to this room on the "
                             "Who's here board.")
            .arg(kids);
    }
    if (isOutOfRatio()) {
        // One sentence with the count of those clocked in as its own plural, so that each language agrees its
        // verb with it ("1 is", "2 are") rather than being handed "%n is" to glue in.
        return RoomBoard::tr("Out of ratio: %1 need %2 at %3, and %n is clocked in. %4", nullptr, staff)
            .arg(kids, RoomBoard::tr("%n staff member(s)", nullptr, staffRequired), ratioText,
                 RoomBoard::tr("Clock in %n more.", nullptr, staffShort()));
    }
    return RoomBoard::tr("%1 with %2 (%3 needs %4).")
        .arg(kids, RoomBoard::tr("%n staff member(s)", nullptr, staff), ratioText, QLocale().toString(staffRequired));
}

RoomBoard::RoomBoard(Database& database, const Session& session)
    : m_database(database)
    , m_session(session)
{ }

Result<QList<RoomBoardEntry>> RoomBoard::rooms() const
{
    if (auto allowed = AttendanceReader::requireReader(m_session); !allowed) {
        return allowed.error();
    }
    Session system(SystemActorKind::ReportJob); // the rooms' names and ratios, for a reader checked above
    system.setSiteId(m_session.siteId()); // this station's site's rooms
    const auto readRooms = CentreService(m_database, system).rooms();
    if (!readRooms) {
        return readRooms.error();
    }
    const QList<Room>& rooms = readRooms.value();
    const auto readPresent = AttendanceReader(m_database, m_session).present();
    if (!readPresent) {
        return readPresent.error();
    }
    const QList<PresentStay>& present = readPresent.value();
    const auto readOnDuty = StaffPresence(m_database, m_session).presentNow();
    if (!readOnDuty) {
        return readOnDuty.error();
    }
    const QList<StaffShift>& onDuty = readOnDuty.value();
    const auto readClosing = AttendanceRules::closingTime(m_database);
    if (!readClosing) {
        return readClosing.error();
    }
    const QTime closing = readClosing.value();
    const QDateTime now = Clock::currentDateTimeUtc();

    QList<RoomBoardEntry> entries;
    QHash<qint64, int> indexOfRoom;
    for (const Room& room : rooms) {
        indexOfRoom.insert(room.id, int(entries.size()));
        entries << RoomBoardEntry {room, {}, {}, {}, 0};
    }
    const auto entryFor = [&](qint64 roomId) -> RoomBoardEntry& {
        auto found = indexOfRoom.constFind(roomId);
        if (found == indexOfRoom.constEnd()) {
            Room unplaced;
            unplaced.id = roomId;
            unplaced.name = roomId == 0 ? tr("No room") : tr("Archived room");
            unplaced.capacity = 0;
            unplaced.childrenPerStaff = 1;
            found = indexOfRoom.insert(roomId, int(entries.size()));
            entries << RoomBoardEntry {unplaced, {}, {}, {}, 0};
        }
        return entries[found.value()];
    };
    QList<qint64> presentIds;
    for (const PresentStay& stay : present) {
        presentIds << stay.childId;
    }
    const auto allergens = GroupRoster(m_database, m_session).lifeThreateningAllergens(presentIds);
    if (!allergens) {
        return allergens.error();
    }
    // Photos only for who may look families up (a role that only checks children in sees none).
    const auto photos = m_session.can(Permission::ViewFamilies)
        ? ChildPhotos(m_database, m_session).shareable(presentIds)
        : Result<QHash<qint64, QByteArray>>(QHash<qint64, QByteArray> {});
    if (!photos) {
        return photos.error();
    }
    for (const PresentStay& stay : present) {
        RoomBoardEntry& entry = entryFor(stay.roomId);
        const bool late = AttendanceRules::isStillHereAfterClosing(stay.day, now, closing, Clock::timeZone());
        entry.children << BoardChild {stay, late, allergens->value(stay.childId), photos->value(stay.childId)};
        entry.lateCount += late ? 1 : 0;
    }
    for (const StaffShift& shift : onDuty) {
        entryFor(shift.roomId).staff << shift;
    }
    for (RoomBoardEntry& entry : entries) {
        entry.ratio = RoomRatio::of(entry.room, entry.presentCount(), int(entry.staff.size()));
    }
    return entries;
}

Result<RoomBoardEntry> RoomBoard::room(qint64 roomId) const
{
    const auto entries = rooms();
    if (!entries) {
        return entries.error();
    }
    for (const RoomBoardEntry& entry : entries.value()) {
        if (entry.room.id == roomId) {
            return entry;
        }
    }
    return RoomBoardEntry {};
}

} // namespace Kindred
