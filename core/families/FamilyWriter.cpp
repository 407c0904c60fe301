// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyWriter.h"

#include "audit/RecordDigest.h"
#include "base/Clock.h"
#include "centre/Site.h"
#include "families/ChildDetailsWriter.h"
#include "families/FamilyChanges.h"
#include "store/InsertId.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertFamilySql = QStringLiteral(R"(
    INSERT INTO families (household_name, address_line1, address_line2, city, postcode, languages, cultures,
                          celebrations, share_cultures, status, card_code, notes, created_at)
    VALUES (:name, :a1, :a2, :city, :postcode, :languages, :cultures, :celebrations, :share, :status, :card,
            :notes, :now) RETURNING id)");
const auto UpdateFamilySql = QStringLiteral(R"(
    UPDATE families SET household_name = :name, address_line1 = :a1, address_line2 = :a2, city = :city,
        postcode = :postcode, languages = :languages, cultures = :cultures, celebrations = :celebrations,
        share_cultures = :share, status = :status, card_code = :card, notes = :notes
    WHERE id = :id AND archived_at IS NULL)");
const auto InsertPersonSql = QStringLiteral(R"(
    INSERT INTO people (family_id, first_name, last_name, relation, is_guardian, mobile_phone, home_phone,
                        work_phone, email, preferred_language, photo_id, directory_consent)
    VALUES (:family, :first, :last, :relation, :guardian, :mobile, :home, :work, :email, :language, :photo,
            :consent) RETURNING id)");
const auto UpdatePersonSql = QStringLiteral(R"(
    UPDATE people SET first_name = :first, last_name = :last, relation = :relation, is_guardian = :guardian,
        mobile_phone = :mobile, home_phone = :home, work_phone = :work, email = :email,
        preferred_language = :language, photo_id = :photo, directory_consent = :consent
    WHERE id = :id AND family_id = :family)");
const auto InsertChildSql = QStringLiteral(R"(
    INSERT INTO children (family_id, first_name, last_name, preferred_name, date_of_birth, room_id, photo_id,
                          medical_notes, photo_consent, site_id)
    VALUES (:family, :first, :last, :preferred, :dob, :room, :photo, :medical, :consent, :site) RETURNING id)");
const auto UpdateChildSql = QStringLiteral(R"(
    UPDATE children SET first_name = :first, last_name = :last, preferred_name = :preferred, date_of_birth = :dob,
        room_id = :room, photo_id = :photo, medical_notes = :medical, photo_consent = :consent
    WHERE id = :id AND family_id = :family)");
const auto InsertPhotoSql = QStringLiteral(R"(
    INSERT INTO photos (image, created_at) VALUES (:image, :now) RETURNING id)");
const auto ActivePeopleSql
    = QStringLiteral(R"(SELECT id FROM people WHERE family_id = :family AND archived_at IS NULL)");
const auto ActiveChildrenSql
    = QStringLiteral(R"(SELECT id FROM children WHERE family_id = :family AND archived_at IS NULL)");
const auto ArchivePersonSql = QStringLiteral(R"(UPDATE people SET archived_at = :now WHERE id = :id)");
const auto ArchiveChildSql = QStringLiteral(R"(UPDATE children SET archived_at = :now WHERE id = :id)");
template<typename T> const T* byId(const QList<T>& list, qint64 id)
{
    for (const T& item : list) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

QStringList withoutBlanks(const QStringList& list)
{
    QStringList kept;
    for (const QString& item : list) {
        if (!item.trimmed().isEmpty()) {
            kept << item.trimmed();
        }
    }
    return kept;
}

// The family as it will be on file, so that comparing it with the stored one finds only real changes.
void trimForStorage(Family& family)
{
    family.householdName = family.householdName.trimmed();
    for (QString* text : {&family.addressLine1, &family.addressLine2, &family.city, &family.postcode}) {
        *text = text->trimmed();
    }
    family.languages = withoutBlanks(family.languages);
    family.cultures = withoutBlanks(family.cultures);
    family.celebrations = withoutBlanks(family.celebrations);
    for (Person& p : family.adults) {
        for (QString* text : {&p.firstName, &p.lastName, &p.relation, &p.mobilePhone, &p.homePhone, &p.workPhone,
                              &p.email, &p.preferredLanguage}) {
            *text = text->trimmed();
        }
    }
    for (Child& c : family.children) {
        for (QString* text : {&c.firstName, &c.lastName, &c.preferredName}) {
            *text = text->trimmed();
        }
        for (Allergy& a : c.allergies) {
            for (QString* text : {&a.allergen, &a.reaction, &a.actionPlan}) {
                *text = text->trimmed();
            }
        }
        for (EmergencyContact& e : c.emergencyContacts) {
            for (QString* text : {&e.name, &e.relation, &e.phone}) {
                *text = text->trimmed();
            }
        }
        for (PickupAuthorisation& p : c.pickups) {
            p.note = p.note.trimmed();
        }
        for (PickupRestriction& r : c.restrictions) {
            r.reason = r.reason.trimmed();
            r.courtOrderRef = r.courtOrderRef.trimmed();
        }
        // Bookings are kept to the minute and read back by first day.
        for (ChildBooking& b : c.bookings) {
            b.weekdays &= ChildBooking::AllDays;
            b.arrival = QTime(b.arrival.hour(), b.arrival.minute());
            b.departure = QTime(b.departure.hour(), b.departure.minute());
        }
        std::stable_sort(c.bookings.begin(), c.bookings.end(),
                         [](const ChildBooking& a, const ChildBooking& b) { return a.startsOn < b.startsOn; });
    }
}

} // namespace

FamilyWriter::FamilyWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_now(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{ }

Result<void> FamilyWriter::write(Family& family, const Family& stored)
{
    m_savedPersonIds.clear();
    trimForStorage(family);
    if (auto done = writeFamilyRow(family, stored); !done) {
        return done;
    }
    if (auto done = writeAdults(family, stored); !done) {
        return done;
    }
    return writeChildren(family, stored);
}

Result<void> FamilyWriter::writeFamilyRow(Family& family, const Family& stored)
{
    if (family.id != 0 && FamilyChanges::sameHousehold(family, stored)) {
        return {};
    }
    StoreQuery query(m_db);
    query.prepare(family.id == 0 ? InsertFamilySql : UpdateFamilySql);
    query.bindValue(QStringLiteral(":name"), family.householdName);
    query.bindValue(QStringLiteral(":a1"), sqlTrimmed(family.addressLine1));
    query.bindValue(QStringLiteral(":a2"), sqlTrimmed(family.addressLine2));
    query.bindValue(QStringLiteral(":city"), sqlTrimmed(family.city));
    query.bindValue(QStringLiteral(":postcode"), sqlTrimmed(family.postcode));
    query.bindValue(QStringLiteral(":languages"), sqlText(family.languages.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":cultures"), sqlText(family.cultures.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":celebrations"), sqlText(family.celebrations.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":share"), family.shareCultures ? 1 : 0);
    query.bindValue(QStringLiteral(":status"), familyStatusKey(family.status));
    query.bindValue(QStringLiteral(":card"), family.cardCode);
    query.bindValue(QStringLiteral(":notes"), sqlText(family.notes));
    if (family.id != 0) {
        query.bindValue(QStringLiteral(":id"), family.id);
        return execQuery(query);
    }
    query.bindValue(QStringLiteral(":now"), m_now);
    auto newId = execInsertReturningId(query);
    if (!newId) {
        return newId.error();
    }
    family.id = newId.value();
    family.createdAt = QDateTime::fromString(m_now, Qt::ISODateWithMs);
    return {};
}

Result<qint64> FamilyWriter::savePhoto(qint64 photoId, const QByteArray& image)
{
    if (image.isEmpty()) {
        return qint64(0);
    }
    if (photoId > 0) {
        return photoId;
    }
    StoreQuery query(m_db);
    query.prepare(InsertPhotoSql);
    query.bindValue(QStringLiteral(":image"), image);
    query.bindValue(QStringLiteral(":now"), m_now);
    auto newId = execInsertReturningId(query);
    if (!newId) {
        return newId.error();
    }
    return newId.value();
}

Result<void> FamilyWriter::writeAdults(Family& family, const Family& stored)
{
    QList<qint64> kept;
    for (Person& person : family.adults) {
        auto photo = savePhoto(person.photoId, person.photo);
        if (!photo) {
            return photo.error();
        }
        person.photoId = photo.value();
        const bool isNew = person.id <= 0;
        if (const Person* old = isNew ? nullptr : byId(stored.adults, person.id);
            old && FamilyChanges::samePerson(*old, person)) {
            kept << person.id;
            continue;
        }
        StoreQuery query(m_db);
        query.prepare(isNew ? InsertPersonSql : UpdatePersonSql);
        query.bindValue(QStringLiteral(":family"), family.id);
        query.bindValue(QStringLiteral(":first"), sqlTrimmed(person.firstName));
        query.bindValue(QStringLiteral(":last"), sqlTrimmed(person.lastName));
        query.bindValue(QStringLiteral(":relation"), sqlTrimmed(person.relation));
        query.bindValue(QStringLiteral(":guardian"), person.isGuardian ? 1 : 0);
        query.bindValue(QStringLiteral(":mobile"), sqlTrimmed(person.mobilePhone));
        query.bindValue(QStringLiteral(":home"), sqlTrimmed(person.homePhone));
        query.bindValue(QStringLiteral(":work"), sqlTrimmed(person.workPhone));
        query.bindValue(QStringLiteral(":email"), sqlTrimmed(person.email));
        query.bindValue(QStringLiteral(":language"), sqlTrimmed(person.preferredLanguage));
        query.bindValue(QStringLiteral(":photo"), sqlId(person.photoId));
        query.bindValue(QStringLiteral(":consent"), person.directoryConsent ? 1 : 0);
        if (!isNew) {
            query.bindValue(QStringLiteral(":id"), person.id);
            if (auto done = execQuery(query); !done) {
                return done;
            }
        } else {
            auto savedId = execInsertReturningId(query);
            if (!savedId) {
                return savedId.error();
            }
            if (person.id < 0) {
                m_savedPersonIds.insert(person.id, savedId.value());
            }
            person.id = savedId.value();
        }
        kept << person.id;
    }
    return archiveMissing(QStringLiteral("people"), family.id, kept);
}

Result<void> FamilyWriter::writeChildren(Family& family, const Family& stored)
{
    QList<qint64> kept;
    for (Child& child : family.children) {
        auto photo = savePhoto(child.photoId, child.photo);
        if (!photo) {
            return photo.error();
        }
        child.photoId = photo.value();
        for (PickupAuthorisation& pickup : child.pickups) {
            pickup.personId = m_savedPersonIds.value(pickup.personId, pickup.personId);
        }
        for (PickupRestriction& restriction : child.restrictions) {
            restriction.personId = m_savedPersonIds.value(restriction.personId, restriction.personId);
        }
        const bool isNew = child.id <= 0;
        const Child* old = isNew ? nullptr : byId(stored.children, child.id);
        if (old && FamilyChanges::sameChildRow(*old, child)) {
            kept << child.id;
            if (auto done = writeChildDetails(child, *old); !done) {
                return done;
            }
            continue;
        }
        StoreQuery query(m_db);
        query.prepare(isNew ? InsertChildSql : UpdateChildSql);
        query.bindValue(QStringLiteral(":family"), family.id);
        query.bindValue(QStringLiteral(":first"), sqlTrimmed(child.firstName));
        query.bindValue(QStringLiteral(":last"), sqlTrimmed(child.lastName));
        query.bindValue(QStringLiteral(":preferred"), sqlTrimmed(child.preferredName));
        query.bindValue(QStringLiteral(":dob"), child.dateOfBirth.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":room"), sqlId(child.roomId));
        query.bindValue(QStringLiteral(":photo"), sqlId(child.photoId));
        query.bindValue(QStringLiteral(":medical"), sqlText(child.medicalNotes));
        query.bindValue(QStringLiteral(":consent"), child.photoConsent ? 1 : 0);
        if (isNew) {
            query.bindValue(QStringLiteral(":site"), child.siteId > 0 ? child.siteId : Site::First);
        }
        if (!isNew) {
            query.bindValue(QStringLiteral(":id"), child.id);
            if (auto done = execQuery(query); !done) {
                return done;
            }
        } else {
            auto savedId = execInsertReturningId(query);
            if (!savedId) {
                return savedId.error();
            }
            child.id = savedId.value();
        }
        kept << child.id;
        if (auto done = writeChildDetails(child, old ? *old : Child()); !done) {
            return done;
        }
    }
    return archiveMissing(QStringLiteral("children"), family.id, kept);
}

Result<void> FamilyWriter::writeChildDetails(const Child& child, const Child& stored)
{
    ChildDetailsWriter details(m_db, child.id);
    if (auto done = details.writeAllergies(stored.allergies, child.allergies); !done) {
        return done;
    }
    if (auto done = details.writeEmergencyContacts(stored.emergencyContacts, child.emergencyContacts); !done) {
        return done;
    }
    if (auto done = details.writePickups(stored.pickups, child.pickups); !done) {
        return done;
    }
    if (auto done = details.writeRestrictions(stored.restrictions, child.restrictions); !done) {
        return done;
    }
    if (auto done = details.writeBookings(stored.bookings, child.bookings); !done) {
        return done;
    }
    return RecordDigest::seal(m_db, QStringLiteral("child"), child.id);
}

Result<void> FamilyWriter::archiveMissing(const QString& table, qint64 familyId, const QList<qint64>& keep)
{
    const bool people = table == QLatin1String("people");
    StoreQuery active(m_db);
    active.prepare(people ? ActivePeopleSql : ActiveChildrenSql);
    active.bindValue(QStringLiteral(":family"), familyId);
    if (auto done = execQuery(active); !done) {
        return done;
    }
    QList<qint64> gone;
    while (active.next()) {
        if (!keep.contains(active.value(0).toLongLong())) {
            gone << active.value(0).toLongLong();
        }
    }
    if (auto done = readComplete(active); !done) {
        return done.error();
    }
    active.finish();
    StoreQuery archive(m_db);
    archive.prepare(people ? ArchivePersonSql : ArchiveChildSql);
    for (qint64 id : std::as_const(gone)) {
        archive.bindValue(QStringLiteral(":now"), m_now);
        archive.bindValue(QStringLiteral(":id"), id);
        if (auto done = execQuery(archive); !done) {
            return done;
        }
    }
    return {};
}

} // namespace Kindred
