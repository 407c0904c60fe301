// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/ChildBooking.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

enum class FamilyStatus { Enquiry, Waitlist, Enrolled, Withdrawn };
enum class AllergySeverity { Mild, Moderate, Severe, LifeThreatening };

QString familyStatusKey(FamilyStatus status); // as stored: "enrolled"
FamilyStatus familyStatusFromKey(const QString& key); // unknown keys read as Enquiry
QString familyStatusName(FamilyStatus status); // as shown, translated
QString allergySeverityKey(AllergySeverity severity);
AllergySeverity allergySeverityFromKey(const QString& key);
class DocumentLanguage;

QString allergySeverityName(AllergySeverity severity);
// As a parent's document in `language` names it (a label printed for the adult at the desk).
QString allergySeverityName(AllergySeverity severity, const DocumentLanguage& language);

// A guardian or another adult of the household. A person not yet saved has a negative id, unique
// within its family, so that pickup rules can point at them before they are saved.
struct Person
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString relation; // "Mother", "Grandfather", "Nanny", "Father (restricted)"…
    bool isGuardian = false;
    QString mobilePhone;
    QString homePhone;
    QString workPhone;
    QString email;
    QString preferredLanguage;
    qint64 photoId = 0; // 0 with a non-empty photo: a new photo to save
    QByteArray photo; // PNG or JPEG bytes
    bool directoryConsent = false;

    QString fullName() const;
    // The first of mobile, home, work that is filled in.
    QString bestPhone() const;
};

struct Allergy
{
    QString allergen;
    AllergySeverity severity = AllergySeverity::Moderate;
    QString reaction;
    QString actionPlan;

    bool operator==(const Allergy&) const = default;
    bool isLifeThreatening() const { return severity == AllergySeverity::LifeThreatening; }
};

struct EmergencyContact
{
    QString name;
    QString relation;
    QString phone;

    bool operator==(const EmergencyContact&) const = default;
};

// Someone allowed to collect a child, between two dates (either may be open).
struct PickupAuthorisation
{
    qint64 personId = 0;
    QDate validFrom;
    QDate validUntil;
    QString note;

    bool operator==(const PickupAuthorisation&) const = default;
    bool isValidOn(QDate day) const;
};

// "Do not release to": a person the child must never go home with, whatever else says so.
struct PickupRestriction
{
    qint64 personId = 0;
    QString reason;
    QString courtOrderRef;

    bool operator==(const PickupRestriction&) const = default;
};

struct Child
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString preferredName;
    QDate dateOfBirth;
    qint64 roomId = 0; // 0: not placed in a room yet
    qint64 siteId = 0; // the site the child is enrolled at (schema 19); 0 for a new child: the station's site
    qint64 photoId = 0;
    QByteArray photo;
    QString medicalNotes;
    bool photoConsent = false;
    QList<Allergy> allergies;
    QList<EmergencyContact> emergencyContacts; // in the order to call them
    QList<PickupAuthorisation> pickups;
    QList<PickupRestriction> restrictions;
    QList<ChildBooking> bookings; // by first day; periods do not overlap (FamilyValidation)

    QString fullName() const;
    QString displayName() const; // preferred name if any, with the family name
    bool hasLifeThreateningAllergy() const;
    int ageInMonths(QDate on) const;
};

// A household: the unit the front desk finds, checks in and bills.
struct Family
{
    qint64 id = 0;
    QString householdName;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString postcode;
    QStringList languages;
    QStringList cultures;
    QStringList celebrations; // holidays the family celebrates and would like to share
    bool shareCultures = false; // consent to share cultures/celebrations with the centre community
    FamilyStatus status = FamilyStatus::Enquiry;
    QString cardCode; // printed as a barcode/QR on the family card; generated when empty
    QString notes;
    QDateTime createdAt;
    // The version on file when the family was loaded (0: not saved yet). Every write to the family or to
    // its adults, children and their details raises it (schema 16), and a save from an older version is
    // refused: FamilyService::save.
    int version = 0;
    QList<Person> adults;
    QList<Child> children;

    const Person* person(qint64 personId) const;
    QList<const Person*> guardians() const;
};

} // namespace Kindred
