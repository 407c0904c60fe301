// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Centre.h"
#include "Result.h"

#include <QObject>

namespace Kindred {

class Database;
class Session;

// The centre's rooms and staff: validated, audited, archived rather than deleted.
class CentreStore : public QObject
{
    Q_OBJECT

public:
    CentreStore(Database& database, Session& session, QObject* parent = nullptr);

    // A read that fails is an Error, never an empty list.
    Result<QList<Room>> rooms(bool includeArchived = false) const;
    Result<Room> room(qint64 roomId) const;
    // Validates, inserts or updates; the id of a new room is written back.
    Result<qint64> saveRoom(Room& room);
    Result<void> archiveRoom(qint64 roomId, const QString& reason);

    Result<QList<StaffMember>> staff(bool includeArchived = false) const;
    Result<StaffMember> staffMember(qint64 staffId) const;
    Result<qint64> saveStaff(StaffMember& member);
    Result<void> archiveStaff(qint64 staffId, const QString& reason);

signals:
    void roomsChanged();
    void staffChanged();

private:
    Result<void> archive(const QString& table, qint64 id, const QString& reason);

    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
