// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilyReader.h"

#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto SelectFamilySql = QStringLiteral(R"(
    SELECT household_name, address_line1, address_line2, city, postcode, languages, cultures, celebrations,
           share_cultures, status, card_code, notes, created_at, version
    FROM families WHERE id = :id AND (archived_at IS NULL OR :archived = 1))");
const auto SelectPeopleSql = QStringLiteral(R"(
    SELECT p.id, first_name, last_name, relation, is_guardian, mobile_phone, home_phone, work_phone, email,
           preferred_language, photo_id, ph.image, directory_consent
    FROM people p LEFT JOIN photos ph ON ph.id = p.photo_id
    WHERE family_id = :id AND (archived_at IS NULL OR :archived = 1) ORDER BY p.id)");
const auto SelectChildrenSql = QStringLiteral(R"(
    SELECT c.id, first_name, last_name, preferred_name, date_of_birth, room_id, photo_id, ph.image, medical_notes,
           photo_consent, site_id
    FROM children c LEFT JOIN photos ph ON ph.id = c.photo_id
    WHERE family_id = :id AND (archived_at IS NULL OR :archived = 1) ORDER BY date_of_birth, c.id)");
const auto SelectAllergiesSql = QStringLiteral(R"(
    SELECT child_id, allergen, severity, reaction, action_plan FROM allergies
    WHERE child_id IN (SELECT id FROM children WHERE family_id = :id) ORDER BY id)");
const auto SelectContactsSql = QStringLiteral(R"(
    SELECT child_id, name, relation, phone FROM emergency_contacts
    WHERE child_id IN (SELECT id FROM children WHERE family_id = :id) ORDER BY child_id, position)");
const auto SelectPickupsSql = QStringLiteral(R"(
    SELECT child_id, person_id, valid_from, valid_until, note FROM pickup_authorisations
    WHERE child_id IN (SELECT id FROM children WHERE family_id = :id) ORDER BY id)");
const auto SelectRestrictionsSql = QStringLiteral(R"(
    SELECT child_id, person_id, reason, court_order_ref FROM pickup_restrictions
    WHERE child_id IN (SELECT id FROM children WHERE family_id = :id) ORDER BY id)");
const auto SelectBookingsSql = QStringLiteral(R"(
    SELECT child_id, weekdays, arrival, departure, starts_on, ends_on FROM child_bookings
    WHERE child_id IN (SELECT id FROM children WHERE family_id = :id) ORDER BY child_id, starts_on, id)");

} // namespace

FamilyReader::FamilyReader(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<Family> FamilyReader::read(qint64 familyId, bool archivedToo) const
{
    const QSqlDatabase& db = m_db;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectFamilySql);
    query.bindValue(QStringLiteral(":id"), familyId);
    query.bindValue(QStringLiteral(":archived"), archivedToo);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        return Error {tr("This family is no longer on file (it may have been archived at another station).")};
    }
    Family family;
    family.id = familyId;
    family.householdName = query.value(0).toString();
    family.addressLine1 = query.value(1).toString();
    family.addressLine2 = query.value(2).toString();
    family.city = query.value(3).toString();
    family.postcode = query.value(4).toString();
    family.languages = query.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    family.cultures = query.value(6).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    family.celebrations = query.value(7).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    family.shareCultures = query.value(8).toBool();
    family.status = familyStatusFromKey(query.value(9).toString());
    family.cardCode = query.value(10).toString();
    family.notes = query.value(11).toString();
    family.createdAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    family.version = query.value(13).toInt();

    Error readFailure;
    const auto forEachRow = [&](const QString& sql, const auto& read) -> bool {
        StoreQuery rows(db);
        setForwardOnlyAlongsideStatements(rows);
        rows.prepare(sql);
        rows.bindValue(QStringLiteral(":id"), familyId);
        if (sql.contains(QLatin1String(":archived"))) {
            rows.bindValue(QStringLiteral(":archived"), archivedToo);
        }
        if (auto done = execRead(rows); !done) {
            readFailure = done.error();
            return false;
        }
        while (rows.next()) {
            read(rows);
        }
        if (auto done = readComplete(rows); !done) {
            readFailure = done.error();
            return false;
        }
        return true;
    };
    const auto childById = [&](qint64 id) -> Child* {
        for (Child& child : family.children) {
            if (child.id == id) {
                return &child;
            }
        }
        return nullptr;
    };

    bool ok = forEachRow(SelectPeopleSql, [&](const QSqlQuery& r) {
        Person p;
        p.id = r.value(0).toLongLong();
        p.firstName = r.value(1).toString();
        p.lastName = r.value(2).toString();
        p.relation = r.value(3).toString();
        p.isGuardian = r.value(4).toBool();
        p.mobilePhone = r.value(5).toString();
        p.homePhone = r.value(6).toString();
        p.workPhone = r.value(7).toString();
        p.email = r.value(8).toString();
        p.preferredLanguage = r.value(9).toString();
        p.photoId = r.value(10).toLongLong();
        p.photo = r.value(11).toByteArray();
        p.directoryConsent = r.value(12).toBool();
        family.adults << p;
    });
    ok = ok && forEachRow(SelectChildrenSql, [&](const QSqlQuery& r) {
             Child c;
             c.id = r.value(0).toLongLong();
             c.firstName = r.value(1).toString();
             c.lastName = r.value(2).toString();
             c.preferredName = r.value(3).toString();
             c.dateOfBirth = dateFromSql(r.value(4));
             c.roomId = r.value(5).toLongLong();
             c.photoId = r.value(6).toLongLong();
             c.photo = r.value(7).toByteArray();
             c.medicalNotes = r.value(8).toString();
             c.photoConsent = r.value(9).toBool();
             c.siteId = r.value(10).toLongLong();
             family.children << c;
         });
    ok = ok && forEachRow(SelectAllergiesSql, [&](const QSqlQuery& r) {
             if (Child* c = childById(r.value(0).toLongLong())) {
                 c->allergies << Allergy {r.value(1).toString(), allergySeverityFromKey(r.value(2).toString()),
                                          r.value(3).toString(), r.value(4).toString()};
             }
         });
    ok = ok && forEachRow(SelectContactsSql, [&](const QSqlQuery& r) {
             if (Child* c = childById(r.value(0).toLongLong())) {
                 c->emergencyContacts << EmergencyContact {r.value(1).toString(), r.value(2).toString(),
                                                           r.value(3).toString()};
             }
         });
    ok = ok && forEachRow(SelectPickupsSql, [&](const QSqlQuery& r) {
             if (Child* c = childById(r.value(0).toLongLong())) {
                 c->pickups << PickupAuthorisation {r.value(1).toLongLong(), dateFromSql(r.value(2)),
                                                    dateFromSql(r.value(3)), r.value(4).toString()};
             }
         });
    ok = ok && forEachRow(SelectRestrictionsSql, [&](const QSqlQuery& r) {
             if (Child* c = childById(r.value(0).toLongLong())) {
                 c->restrictions << PickupRestriction {r.value(1).toLongLong(), r.value(2).toString(),
                                                       r.value(3).toString()};
             }
         });
    ok = ok && forEachRow(SelectBookingsSql, [&](const QSqlQuery& r) {
             if (Child* c = childById(r.value(0).toLongLong())) {
                 c->bookings << ChildBooking {quint8(r.value(1).toUInt()),
                                              QTime::fromString(r.value(2).toString(), QStringLiteral("HH:mm")),
                                              QTime::fromString(r.value(3).toString(), QStringLiteral("HH:mm")),
                                              dateFromSql(r.value(4)), dateFromSql(r.value(5))};
             }
         });
    if (!ok) {
        return readFailure;
    }
    return family;
}

} // namespace Kindred
