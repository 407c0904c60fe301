// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "store/FieldChanges.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// The centre's rooms and staff: validated, audited, archived rather than deleted.
class CentreService : public QObject
{
    Q_OBJECT

public:
    CentreService(Database& database, Session& session, QObject* parent = nullptr);

    // A read that fails is an Error, never an empty list.
    // The rooms of the session's site.
    Result<QList<Room>> rooms(bool includeArchived = false) const;
    // The rooms of every site (reports across sites, names of rooms any record points at): needs ViewAllSites,
    // else the Session::require error.
    Result<QList<Room>> roomsAtEverySite(bool includeArchived = true) const;
    Result<Room> room(qint64 roomId) const;
    // Validates, inserts or updates; the id of a new room is written back. A room on file is saved only
    // from the version loaded (else an Error of code Conflict naming what another desk changed), and
    // only the fields that differ from the room on file are written; an unchanged room writes nothing.
    Result<qint64> saveRoom(Room& room);
    Result<void> archiveRoom(qint64 roomId, const QString& reason);

    Result<QList<StaffMember>> staff(bool includeArchived = false) const;
    Result<StaffMember> staffMember(qint64 staffId) const;
    // Saved like saveRoom(): from the version loaded, writing only the fields changed.
    // Needs ManageStaff; changing a member's role (or adding one whose role may do what the acting user
    // may not) also needs ManageAccounts, is refused for one's own role, and is refused when it would
    // leave nobody who can manage accounts (AccountManagers).
    Result<qint64> saveStaff(StaffMember& member);
    // Needs ManageStaff; refused when it would archive the last who can manage accounts.
    Result<void> archiveStaff(qint64 staffId, const QString& reason);

signals:
    void roomsChanged();
    void staffChanged();

private:
    Result<QList<Room>> readRooms(bool includeArchived, bool everySite) const;
    // Inside saveStaff's transaction: refuses a role change the acting user may not make; otherwise the
    // count of account managers before the change (0 when the role does not change).
    Result<int> requireRoleChangeAllowed(const StaffMember& member) const;
    Result<void> archive(const QString& table, qint64 id, const QString& reason);

    Database& m_database;
    Session& m_session;
    // What this desk was shown, so that a refused stale save can name the fields another desk changed.
    mutable LoadedCopies<Room> m_loadedRooms;
    mutable LoadedCopies<StaffMember> m_loadedStaff;
};

} // namespace Kindred
