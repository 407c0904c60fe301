// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/CentreService.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/AccountManagers.h"
#include "centre/CentreValidation.h"
#include "centre/RoleGrant.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "store/Database.h"
#include "store/FieldChanges.h"
#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/RecordVersion.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectRoomsSql = QStringLiteral(R"(
    SELECT id, name, min_age_months, max_age_months, capacity, children_per_staff, archived_at IS NOT NULL, version,
           site_id
    FROM rooms WHERE (:all = 1 OR archived_at IS NULL) AND (:everySite = 1 OR site_id = :site)
    ORDER BY min_age_months, name)");
const auto InsertRoomSql = QStringLiteral(R"(
    INSERT INTO rooms (name, min_age_months, max_age_months, capacity, children_per_staff, site_id)
    VALUES (:name, :min, :max, :capacity, :ratio, :site) RETURNING id)");
// Per site: two sites may each have their "Owls" (schema 19).
const auto RoomNameTakenSql = QStringLiteral(R"(
    SELECT 1 FROM rooms WHERE lower(name) = lower(:name) AND archived_at IS NULL AND id <> :id
                          AND site_id = coalesce((SELECT site_id FROM rooms WHERE id = :room), :site))");
const auto SelectStaffSql = QStringLiteral(R"(
    SELECT s.id, first_name, last_name, role, email, phone, room_id, certifications, photo_id, ph.image,
           archived_at IS NOT NULL, s.version, language
    FROM staff s LEFT JOIN photos ph ON ph.id = s.photo_id
    WHERE (:all = 1 OR archived_at IS NULL) ORDER BY last_name, first_name)");
const auto InsertStaffSql = QStringLiteral(R"(
    INSERT INTO staff (first_name, last_name, role, email, phone, room_id, certifications, photo_id, language)
    VALUES (:first, :last, :role, :email, :phone, :room, :certs, :photo, :language) RETURNING id)");
const auto RoomVersionSql = QStringLiteral(R"(SELECT version FROM rooms WHERE id = :id)");
const auto StaffVersionSql = QStringLiteral(R"(SELECT version FROM staff WHERE id = :id)");
const auto InsertPhotoSql = QStringLiteral(R"(
    INSERT INTO photos (image, created_at) VALUES (:image, :now) RETURNING id)");
const auto ArchiveRoomSql = QStringLiteral(R"(UPDATE rooms SET archived_at = :at WHERE id = :id)");
const auto ArchiveStaffSql = QStringLiteral(R"(UPDATE staff SET archived_at = :at WHERE id = :id)");
const auto StoredRoleSql = QStringLiteral(R"(SELECT role FROM staff WHERE id = :id)");

QJsonObject roomJson(const Room& room)
{
    return {{QStringLiteral("name"), room.name},
            {QStringLiteral("minAgeMonths"), room.minAgeMonths},
            {QStringLiteral("maxAgeMonths"), room.maxAgeMonths},
            {QStringLiteral("capacity"), room.capacity},
            {QStringLiteral("childrenPerStaff"), room.childrenPerStaff}};
}

QJsonObject staffJson(const StaffMember& m)
{
    return {{QStringLiteral("firstName"), m.firstName},
            {QStringLiteral("lastName"), m.lastName},
            {QStringLiteral("role"), staffRoleKey(m.role)},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("roomId"), m.roomId},
            {QStringLiteral("certifications"), m.certifications.join(QLatin1Char('\n'))},
            {QStringLiteral("language"), m.language}};
}

// The columns a save writes, with the words a refused stale save uses for them (issue 13, point 4).
RecordFields roomFields(const Room& room)
{
    return {{QStringLiteral("name"), CentreService::tr("name"), room.name.trimmed()},
            {QStringLiteral("min_age_months"), CentreService::tr("age range"), room.minAgeMonths},
            {QStringLiteral("max_age_months"), CentreService::tr("age range"), room.maxAgeMonths},
            {QStringLiteral("capacity"), CentreService::tr("capacity"), room.capacity},
            {QStringLiteral("children_per_staff"), CentreService::tr("ratio"), room.childrenPerStaff}};
}

RecordFields staffFields(const StaffMember& m)
{
    return {{QStringLiteral("first_name"), CentreService::tr("first name"), sqlTrimmed(m.firstName)},
            {QStringLiteral("last_name"), CentreService::tr("last name"), sqlTrimmed(m.lastName)},
            {QStringLiteral("role"), CentreService::tr("role"), staffRoleKey(m.role)},
            {QStringLiteral("email"), CentreService::tr("e-mail"), sqlTrimmed(m.email)},
            {QStringLiteral("phone"), CentreService::tr("phone"), sqlTrimmed(m.phone)},
            {QStringLiteral("room_id"), CentreService::tr("room"), sqlId(m.roomId)},
            {QStringLiteral("certifications"), CentreService::tr("certifications"),
             sqlText(m.certifications.join(QLatin1Char('\n'))), RecordField::Noun::Plural},
            {QStringLiteral("photo_id"), CentreService::tr("photo"), sqlId(m.photoId)},
            {QStringLiteral("language"), CentreService::tr("language"), sqlText(m.language)}};
}

} // namespace

CentreService::CentreService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<QList<Room>> CentreService::rooms(bool includeArchived) const
{
    return readRooms(includeArchived, false);
}

Result<QList<Room>> CentreService::roomsAtEverySite(bool includeArchived) const
{
    if (auto allowed = m_session.require(Permission::ViewAllSites); !allowed) {
        return allowed.error();
    }
    return readRooms(includeArchived, true);
}

Result<QList<Room>> CentreService::readRooms(bool includeArchived, bool everySite) const
{
    QList<Room> result;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectRoomsSql);
    query.bindValue(QStringLiteral(":all"), includeArchived);
    query.bindValue(QStringLiteral(":everySite"), everySite ? 1 : 0);
    query.bindValue(QStringLiteral(":site"), m_session.siteId());
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        Room room;
        room.id = query.value(0).toLongLong();
        room.name = query.value(1).toString();
        room.minAgeMonths = query.value(2).toInt();
        room.maxAgeMonths = query.value(3).toInt();
        room.capacity = query.value(4).toInt();
        room.childrenPerStaff = query.value(5).toInt();
        room.archived = query.value(6).toBool();
        room.version = query.value(7).toInt();
        room.siteId = query.value(8).toLongLong();
        m_loadedRooms.remember(room);
        result << room;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

Result<Room> CentreService::room(qint64 roomId) const
{
    const auto all = rooms(true);
    if (!all) {
        return all.error();
    }
    for (const Room& room : all.value()) {
        if (room.id == roomId) {
            return room;
        }
    }
    return Error {tr("That room is not on file.")};
}

Result<qint64> CentreService::saveRoom(Room& room)
{
    if (auto allowed = m_session.require(Permission::ManageRooms); !allowed) {
        return allowed.error();
    }
    if (auto valid = CentreValidation::validate(room); !valid) {
        return valid.error();
    }
    const QSqlDatabase db = m_database.connection();
    Room saved;
    bool unchanged = false;
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        // Issue 13, point 4: saved only from the version loaded, checked inside the transaction.
        if (room.id != 0) {
            const Room* loaded = m_loadedRooms.find(room.id, room.version);
            const RecordFields loadedFields = loaded ? roomFields(*loaded) : RecordFields {};
            if (auto current
                = RecordVersion::check(db, RoomVersionSql, room.id, room.version, QStringLiteral("room"),
                                       tr("the %1 room").arg(isolated((loaded ? loaded->name : room.name).trimmed())),
                                       QStringLiteral("rooms"), loaded ? &loadedFields : nullptr);
                !current) {
                return current.error();
            }
        }
        if (room.id == 0) {
            if (auto open = SiteService::requireOpen(db, m_session.siteId()); !open) {
                return open;
            }
        }
        StoreQuery taken(db);
        taken.prepare(RoomNameTakenSql);
        taken.bindValue(QStringLiteral(":name"), sqlTrimmed(room.name));
        taken.bindValue(QStringLiteral(":id"), room.id);
        taken.bindValue(QStringLiteral(":room"), room.id);
        taken.bindValue(QStringLiteral(":site"), m_session.siteId());
        if (taken.exec() && taken.next()) {
            return fieldError(QStringLiteral("name"),
                              tr("There is already a room called %1.").arg(isolated(room.name.trimmed())));
        }
        taken.finish();

        saved = room; // afresh in each attempt: a dropped one may have numbered it
        saved.name = saved.name.trimmed();
        const bool isNew = saved.id == 0;
        RecordFields changed;
        if (isNew) {
            StoreQuery query(db);
            query.prepare(InsertRoomSql);
            query.bindValue(QStringLiteral(":name"), saved.name);
            query.bindValue(QStringLiteral(":min"), saved.minAgeMonths);
            query.bindValue(QStringLiteral(":max"), saved.maxAgeMonths);
            query.bindValue(QStringLiteral(":capacity"), saved.capacity);
            query.bindValue(QStringLiteral(":ratio"), saved.childrenPerStaff);
            query.bindValue(QStringLiteral(":site"), m_session.siteId());
            saved.siteId = m_session.siteId();
            auto newId = execInsertReturningId(query);
            if (!newId) {
                return newId.error();
            }
            saved.id = newId.value();
        } else {
            // Only what the user changed is written (the version check made the file the copy loaded).
            auto differ = FieldChanges::againstFile(db, QStringLiteral("rooms"), saved.id, roomFields(saved));
            if (!differ) {
                return differ.error();
            }
            changed = differ.value();
            if (changed.isEmpty()) {
                unchanged = true; // nothing changed: nothing written, nothing audited
                return {};
            }
            if (auto done = FieldChanges::update(db, QStringLiteral("rooms"), saved.id, changed); !done) {
                return done.error();
            }
        }
        AuditEntry entry {m_session.actorId(),
                          isNew ? QStringLiteral("room.create") : QStringLiteral("room.update"),
                          QStringLiteral("room"),
                          saved.id,
                          {{QStringLiteral("new"), roomJson(saved)}},
                          {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        const auto version = RecordVersion::read(db, RoomVersionSql, saved.id);
        if (!version) {
            return version.error();
        }
        saved.version = version.value();
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    if (unchanged) {
        return room.id;
    }
    m_loadedRooms.remember(saved);
    room = saved;
    emit roomsChanged();
    return room.id;
}

Result<QList<StaffMember>> CentreService::staff(bool includeArchived) const
{
    // Every desk lists the staff (owners, the person at the desk); their phone and e-mail are for who
    // manages staff.
    const bool seesContact = m_session.can(Permission::ManageStaff);
    QList<StaffMember> result;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectStaffSql);
    query.bindValue(QStringLiteral(":all"), includeArchived);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        StaffMember m;
        m.id = query.value(0).toLongLong();
        m.firstName = query.value(1).toString();
        m.lastName = query.value(2).toString();
        m.role = staffRoleFromKey(query.value(3).toString());
        if (seesContact) {
            m.email = query.value(4).toString();
            m.phone = query.value(5).toString();
        }
        m.roomId = query.value(6).toLongLong();
        m.certifications = query.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        m.photoId = query.value(8).toLongLong();
        m.photo = query.value(9).toByteArray();
        m.archived = query.value(10).toBool();
        m.version = query.value(11).toInt();
        m.language = query.value(12).toString();
        if (seesContact) { // a copy with the contact blanked would "differ" from the file in it
            m_loadedStaff.remember(m);
        }
        result << m;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

Result<StaffMember> CentreService::staffMember(qint64 staffId) const
{
    const auto all = staff(true);
    if (!all) {
        return all.error();
    }
    for (const StaffMember& m : all.value()) {
        if (m.id == staffId) {
            return m;
        }
    }
    return Error {tr("That staff member is not on file.")};
}

Result<qint64> CentreService::saveStaff(StaffMember& member)
{
    if (auto allowed = m_session.require(Permission::ManageStaff); !allowed) {
        return allowed.error();
    }
    if (auto valid = CentreValidation::validate(member); !valid) {
        return valid.error();
    }
    const QSqlDatabase db = m_database.connection();
    StaffMember saved;
    bool unchanged = false;
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        // Issue 13, point 4: saved only from the version loaded, checked inside the transaction.
        if (member.id != 0) {
            const StaffMember* loaded = m_loadedStaff.find(member.id, member.version);
            const RecordFields loadedFields = loaded ? staffFields(*loaded) : RecordFields {};
            if (auto current
                = RecordVersion::check(db, StaffVersionSql, member.id, member.version, QStringLiteral("staff"),
                                       loaded ? loaded->fullName() : member.fullName(), QStringLiteral("staff"),
                                       loaded ? &loadedFields : nullptr);
                !current) {
                return current.error();
            }
        }
        saved = member; // afresh in each attempt: a dropped one may have numbered it
        auto managers = requireRoleChangeAllowed(saved);
        if (!managers) {
            return managers.error();
        }
        if (!saved.photo.isEmpty() && saved.photoId == 0) {
            StoreQuery photo(db);
            photo.prepare(InsertPhotoSql);
            photo.bindValue(QStringLiteral(":image"), saved.photo);
            photo.bindValue(QStringLiteral(":now"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            auto newId = execInsertReturningId(photo);
            if (!newId) {
                return newId.error();
            }
            saved.photoId = newId.value();
        } else if (saved.photo.isEmpty()) {
            saved.photoId = 0;
        }
        const bool isNew = saved.id == 0;
        if (isNew) {
            StoreQuery query(db);
            query.prepare(InsertStaffSql);
            query.bindValue(QStringLiteral(":first"), sqlTrimmed(saved.firstName));
            query.bindValue(QStringLiteral(":last"), sqlTrimmed(saved.lastName));
            query.bindValue(QStringLiteral(":role"), staffRoleKey(saved.role));
            query.bindValue(QStringLiteral(":email"), sqlTrimmed(saved.email));
            query.bindValue(QStringLiteral(":phone"), sqlTrimmed(saved.phone));
            query.bindValue(QStringLiteral(":room"), sqlId(saved.roomId));
            query.bindValue(QStringLiteral(":certs"), sqlText(saved.certifications.join(QLatin1Char('\n'))));
            query.bindValue(QStringLiteral(":photo"), sqlId(saved.photoId));
            query.bindValue(QStringLiteral(":language"), sqlText(saved.language));
            auto newId = execInsertReturningId(query);
            if (!newId) {
                return newId.error();
            }
            saved.id = newId.value();
        } else {
            // Only what the user changed is written (the version check made the file the copy loaded).
            auto changed = FieldChanges::againstFile(db, QStringLiteral("staff"), saved.id, staffFields(saved));
            if (!changed) {
                return changed.error();
            }
            if (changed->isEmpty()) {
                unchanged = true; // nothing changed: nothing written, nothing audited
                return {};
            }
            if (auto done = FieldChanges::update(db, QStringLiteral("staff"), saved.id, changed.value()); !done) {
                return done.error();
            }
        }
        if (auto kept = AccountManagers::requireOneLeft(db, managers.value(), QStringLiteral("role")); !kept) {
            return kept.error();
        }
        if (auto sealed = RecordDigest::seal(db, QStringLiteral("staff"), saved.id); !sealed) {
            return sealed.error();
        }
        AuditEntry entry {m_session.actorId(),
                          isNew ? QStringLiteral("staff.create") : QStringLiteral("staff.update"),
                          QStringLiteral("staff"),
                          saved.id,
                          {{QStringLiteral("new"), staffJson(saved)}},
                          {}};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        const auto version = RecordVersion::read(db, StaffVersionSql, saved.id);
        if (!version) {
            return version.error();
        }
        saved.version = version.value();
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    if (unchanged) {
        return member.id;
    }
    m_loadedStaff.remember(saved);
    member = saved;
    emit staffChanged();
    return member.id;
}

Result<int> CentreService::requireRoleChangeAllowed(const StaffMember& member) const
{
    const QSqlDatabase db = m_database.connection();
    bool changesRole = false;
    if (member.id == 0) {
        // A new member's role gives nothing the person adding them lacks, or it is account management's.
        const RoleDefinition* role = m_session.permissions().role(staffRoleKey(member.role));
        if (role) {
            for (Permission p : role->permissions) {
                changesRole = changesRole || !m_session.can(p);
            }
        }
    } else {
        StoreQuery stored(db);
        stored.prepare(StoredRoleSql);
        stored.bindValue(QStringLiteral(":id"), member.id);
        if (auto done = execRead(stored); !done) {
            return done.error();
        }
        if (!stored.next()) {
            if (auto complete = readComplete(stored); !complete) {
                return complete.error();
            }
            return Error {tr("Nothing was changed: that staff member is not on file.")};
        }
        changesRole = staffRoleFromKey(stored.value(0).toString()) != member.role;
    }
    if (!changesRole) {
        return 0; // nothing about who may manage accounts changes
    }
    if (auto allowed = RoleGrant::requireMayChangeRoleOf(m_session, member.id, QStringLiteral("role")); !allowed) {
        return allowed.error();
    }
    return AccountManagers::count(db);
}

Result<void> CentreService::archiveRoom(qint64 roomId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ManageRooms); !allowed) {
        return allowed;
    }
    auto done = archive(QStringLiteral("room"), roomId, reason);
    if (done) {
        emit roomsChanged();
    }
    return done;
}

Result<void> CentreService::archiveStaff(qint64 staffId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ManageStaff); !allowed) {
        return allowed;
    }
    auto done = archive(QStringLiteral("staff"), staffId, reason);
    if (done) {
        emit staffChanged();
    }
    return done;
}

Result<void> CentreService::archive(const QString& entity, qint64 id, const QString& reason)
{
    const QSqlDatabase db = m_database.connection();
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        const bool isStaff = entity == QLatin1String("staff");
        int managers = 0;
        if (isStaff) {
            auto counted = AccountManagers::count(db);
            if (!counted) {
                return counted.error();
            }
            managers = counted.value();
        }
        StoreQuery query(db);
        query.prepare(entity == QLatin1String("room") ? ArchiveRoomSql : ArchiveStaffSql);
        query.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":id"), id);
        if (auto done = execQuery(query); !done) {
            return done;
        }
        if (isStaff) {
            if (auto kept = AccountManagers::requireOneLeft(db, managers, QStringLiteral("staff")); !kept) {
                return kept;
            }
        }
        if (auto sealed = RecordDigest::seal(db, entity, id); !sealed) { // staff only: rooms are not protected
            return sealed;
        }
        AuditEntry entry {m_session.actorId(), entity + QStringLiteral(".archive"), entity, id, {}, reason};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited;
        }
        return transaction.commit();
    });
    return attempt;
}

} // namespace Kindred
