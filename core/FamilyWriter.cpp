// SPDX-License-Identifier: GPL-3.0-or-later
#include "FamilyWriter.h"

#include "Clock.h"
#include "ReadCheck.h"
#include "RecordDigest.h"
#include "SqlValues.h"
#include "StoreError.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertFamilySql = QStringLiteral(R"(
    INSERT INTO families (household_name, address_line1, address_line2, city, postcode, languages, cultures,
                          celebrations, share_cultures, status, card_code, notes, created_at)
    VALUES (:name, :a1, :a2, :city, :postcode, :languages, :cultures, :celebrations, :share, :status, :card,
            :notes, :now))");
const auto UpdateFamilySql = QStringLiteral(R"(
    UPDATE families SET household_name = :name, address_line1 = :a1, address_line2 = :a2, city = :city,
        postcode = :postcode, languages = :languages, cultures = :cultures, celebrations = :celebrations,
        share_cultures = :share, status = :status, card_code = :card, notes = :notes
    WHERE id = :id AND archived_at IS NULL)");
const auto InsertPersonSql = QStringLiteral(R"(
    INSERT INTO people (family_id, first_name, last_name, relation, is_guardian, mobile_phone, home_phone,
                        work_phone, email, preferred_language, photo_id, directory_consent)
    VALUES (:family, :first, :last, :relation, :guardian, :mobile, :home, :work, :email, :language, :photo,
            :consent))");
const auto UpdatePersonSql = QStringLiteral(R"(
    UPDATE people SET first_name = :first, last_name = :last, relation = :relation, is_guardian = :guardian,
        mobile_phone = :mobile, home_phone = :home, work_phone = :work, email = :email,
        preferred_language = :language, photo_id = :photo, directory_consent = :consent
    WHERE id = :id AND family_id = :family)");
const auto InsertChildSql = QStringLiteral(R"(
    INSERT INTO children (family_id, first_name, last_name, preferred_name, date_of_birth, room_id, photo_id,
                          medical_notes, photo_consent)
    VALUES (:family, :first, :last, :preferred, :dob, :room, :photo, :medical, :consent))");
const auto UpdateChildSql = QStringLiteral(R"(
    UPDATE children SET first_name = :first, last_name = :last, preferred_name = :preferred, date_of_birth = :dob,
        room_id = :room, photo_id = :photo, medical_notes = :medical, photo_consent = :consent
    WHERE id = :id AND family_id = :family)");
const auto InsertPhotoSql = QStringLiteral(R"(INSERT INTO photos (image, created_at) VALUES (:image, :now))");
const auto ActivePeopleSql
    = QStringLiteral(R"(SELECT id FROM people WHERE family_id = :family AND archived_at IS NULL)");
const auto ActiveChildrenSql
    = QStringLiteral(R"(SELECT id FROM children WHERE family_id = :family AND archived_at IS NULL)");
const auto ArchivePersonSql = QStringLiteral(R"(UPDATE people SET archived_at = :now WHERE id = :id)");
const auto ArchiveChildSql = QStringLiteral(R"(UPDATE children SET archived_at = :now WHERE id = :id)");
const QStringList ClearChildDetailsSql {
    QStringLiteral(R"(DELETE FROM allergies WHERE child_id = :child)"),
    QStringLiteral(R"(DELETE FROM emergency_contacts WHERE child_id = :child)"),
    QStringLiteral(R"(DELETE FROM pickup_authorisations WHERE child_id = :child)"),
    QStringLiteral(R"(DELETE FROM pickup_restrictions WHERE child_id = :child)"),
};
const auto InsertAllergySql = QStringLiteral(R"(
    INSERT INTO allergies (child_id, allergen, severity, reaction, action_plan)
    VALUES (:child, :allergen, :severity, :reaction, :plan))");
const auto InsertContactSql = QStringLiteral(R"(
    INSERT INTO emergency_contacts (child_id, position, name, relation, phone)
    VALUES (:child, :position, :name, :relation, :phone))");
const auto InsertPickupSql = QStringLiteral(R"(
    INSERT INTO pickup_authorisations (child_id, person_id, valid_from, valid_until, note)
    VALUES (:child, :person, :from, :until, :note))");
const auto InsertRestrictionSql = QStringLiteral(R"(
    INSERT INTO pickup_restrictions (child_id, person_id, reason, court_order_ref)
    VALUES (:child, :person, :reason, :courtOrder))");

} // namespace

FamilyWriter::FamilyWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_now(Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{ }

Result<void> FamilyWriter::write(Family& family)
{
    m_savedPersonIds.clear();
    if (auto done = writeFamilyRow(family); !done) {
        return done;
    }
    if (auto done = writeAdults(family); !done) {
        return done;
    }
    return writeChildren(family);
}

Result<void> FamilyWriter::writeFamilyRow(Family& family)
{
    QSqlQuery query(m_db);
    query.prepare(family.id == 0 ? InsertFamilySql : UpdateFamilySql);
    query.bindValue(QStringLiteral(":name"), family.householdName);
    query.bindValue(QStringLiteral(":a1"), sqlTrimmed(family.addressLine1));
    query.bindValue(QStringLiteral(":a2"), sqlTrimmed(family.addressLine2));
    query.bindValue(QStringLiteral(":city"), sqlTrimmed(family.city));
    query.bindValue(QStringLiteral(":postcode"), sqlTrimmed(family.postcode));
    query.bindValue(QStringLiteral(":languages"), sqlText(family.languages.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":cultures"), sqlText(family.cultures.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":celebrations"), sqlText(family.celebrations.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":share"), family.shareCultures);
    query.bindValue(QStringLiteral(":status"), familyStatusKey(family.status));
    query.bindValue(QStringLiteral(":card"), family.cardCode);
    query.bindValue(QStringLiteral(":notes"), sqlText(family.notes));
    if (family.id == 0) {
        query.bindValue(QStringLiteral(":now"), m_now);
    } else {
        query.bindValue(QStringLiteral(":id"), family.id);
    }
    if (auto done = execQuery(query); !done) {
        return done;
    }
    if (family.id == 0) {
        family.id = query.lastInsertId().toLongLong();
        family.createdAt = QDateTime::fromString(m_now, Qt::ISODateWithMs);
    }
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
    QSqlQuery query(m_db);
    query.prepare(InsertPhotoSql);
    query.bindValue(QStringLiteral(":image"), image);
    query.bindValue(QStringLiteral(":now"), m_now);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    return query.lastInsertId().toLongLong();
}

Result<void> FamilyWriter::writeAdults(Family& family)
{
    QList<qint64> kept;
    for (Person& person : family.adults) {
        auto photo = savePhoto(person.photoId, person.photo);
        if (!photo) {
            return photo.error();
        }
        person.photoId = photo.value();
        const bool isNew = person.id <= 0;
        QSqlQuery query(m_db);
        query.prepare(isNew ? InsertPersonSql : UpdatePersonSql);
        query.bindValue(QStringLiteral(":family"), family.id);
        query.bindValue(QStringLiteral(":first"), sqlTrimmed(person.firstName));
        query.bindValue(QStringLiteral(":last"), sqlTrimmed(person.lastName));
        query.bindValue(QStringLiteral(":relation"), sqlTrimmed(person.relation));
        query.bindValue(QStringLiteral(":guardian"), person.isGuardian);
        query.bindValue(QStringLiteral(":mobile"), sqlTrimmed(person.mobilePhone));
        query.bindValue(QStringLiteral(":home"), sqlTrimmed(person.homePhone));
        query.bindValue(QStringLiteral(":work"), sqlTrimmed(person.workPhone));
        query.bindValue(QStringLiteral(":email"), sqlTrimmed(person.email));
        query.bindValue(QStringLiteral(":language"), sqlTrimmed(person.preferredLanguage));
        query.bindValue(QStringLiteral(":photo"), sqlId(person.photoId));
        query.bindValue(QStringLiteral(":consent"), person.directoryConsent);
        if (!isNew) {
            query.bindValue(QStringLiteral(":id"), person.id);
        }
        if (auto done = execQuery(query); !done) {
            return done;
        }
        if (isNew) {
            const qint64 savedId = query.lastInsertId().toLongLong();
            if (person.id < 0) {
                m_savedPersonIds.insert(person.id, savedId);
            }
            person.id = savedId;
        }
        kept << person.id;
    }
    return archiveMissing(QStringLiteral("people"), family.id, kept);
}

Result<void> FamilyWriter::writeChildren(Family& family)
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
        QSqlQuery query(m_db);
        query.prepare(isNew ? InsertChildSql : UpdateChildSql);
        query.bindValue(QStringLiteral(":family"), family.id);
        query.bindValue(QStringLiteral(":first"), sqlTrimmed(child.firstName));
        query.bindValue(QStringLiteral(":last"), sqlTrimmed(child.lastName));
        query.bindValue(QStringLiteral(":preferred"), sqlTrimmed(child.preferredName));
        query.bindValue(QStringLiteral(":dob"), child.dateOfBirth.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":room"), sqlId(child.roomId));
        query.bindValue(QStringLiteral(":photo"), sqlId(child.photoId));
        query.bindValue(QStringLiteral(":medical"), sqlText(child.medicalNotes));
        query.bindValue(QStringLiteral(":consent"), child.photoConsent);
        if (!isNew) {
            query.bindValue(QStringLiteral(":id"), child.id);
        }
        if (auto done = execQuery(query); !done) {
            return done;
        }
        if (isNew) {
            child.id = query.lastInsertId().toLongLong();
        }
        kept << child.id;
        if (auto done = writeChildDetails(child); !done) {
            return done;
        }
    }
    return archiveMissing(QStringLiteral("children"), family.id, kept);
}

Result<void> FamilyWriter::writeChildDetails(const Child& child)
{
    for (const QString& sql : ClearChildDetailsSql) {
        QSqlQuery clear(m_db);
        clear.prepare(sql);
        clear.bindValue(QStringLiteral(":child"), child.id);
        if (auto done = execQuery(clear); !done) {
            return done;
        }
    }
    QSqlQuery allergy(m_db);
    allergy.prepare(InsertAllergySql);
    for (const Allergy& a : child.allergies) {
        allergy.bindValue(QStringLiteral(":child"), child.id);
        allergy.bindValue(QStringLiteral(":allergen"), sqlTrimmed(a.allergen));
        allergy.bindValue(QStringLiteral(":severity"), allergySeverityKey(a.severity));
        allergy.bindValue(QStringLiteral(":reaction"), sqlTrimmed(a.reaction));
        allergy.bindValue(QStringLiteral(":plan"), sqlTrimmed(a.actionPlan));
        if (auto done = execQuery(allergy); !done) {
            return done;
        }
    }
    QSqlQuery contact(m_db);
    contact.prepare(InsertContactSql);
    for (int i = 0; i < child.emergencyContacts.size(); ++i) {
        const EmergencyContact& e = child.emergencyContacts.at(i);
        contact.bindValue(QStringLiteral(":child"), child.id);
        contact.bindValue(QStringLiteral(":position"), i + 1);
        contact.bindValue(QStringLiteral(":name"), sqlTrimmed(e.name));
        contact.bindValue(QStringLiteral(":relation"), sqlTrimmed(e.relation));
        contact.bindValue(QStringLiteral(":phone"), sqlTrimmed(e.phone));
        if (auto done = execQuery(contact); !done) {
            return done;
        }
    }
    QSqlQuery pickup(m_db);
    pickup.prepare(InsertPickupSql);
    for (const PickupAuthorisation& p : child.pickups) {
        pickup.bindValue(QStringLiteral(":child"), child.id);
        pickup.bindValue(QStringLiteral(":person"), p.personId);
        pickup.bindValue(QStringLiteral(":from"), sqlDate(p.validFrom));
        pickup.bindValue(QStringLiteral(":until"), sqlDate(p.validUntil));
        pickup.bindValue(QStringLiteral(":note"), sqlTrimmed(p.note));
        if (auto done = execQuery(pickup); !done) {
            return done;
        }
    }
    QSqlQuery restriction(m_db);
    restriction.prepare(InsertRestrictionSql);
    for (const PickupRestriction& r : child.restrictions) {
        restriction.bindValue(QStringLiteral(":child"), child.id);
        restriction.bindValue(QStringLiteral(":person"), r.personId);
        restriction.bindValue(QStringLiteral(":reason"), sqlTrimmed(r.reason));
        restriction.bindValue(QStringLiteral(":courtOrder"), sqlTrimmed(r.courtOrderRef));
        if (auto done = execQuery(restriction); !done) {
            return done;
        }
    }
    return RecordDigest::seal(m_db, QStringLiteral("child"), child.id);
}

Result<void> FamilyWriter::archiveMissing(const QString& table, qint64 familyId, const QList<qint64>& keep)
{
    const bool people = table == QLatin1String("people");
    QSqlQuery active(m_db);
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
    QSqlQuery archive(m_db);
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
