// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Kindred {

// A child's health record beyond allergies, medical notes and emergency contacts (which live with
// the child in Family.h).

struct MedicalCondition
{
    qint64 id = 0;
    qint64 childId = 0;
    QString name; // "Asthma"
    QString carePlan; // what staff do
    int version = 0; // as loaded; a save from an older one is refused (schema 16)
};

struct Medication
{
    qint64 id = 0;
    qint64 childId = 0;
    QString name; // "Ventolin inhaler"
    QString dose; // "2 puffs"
    QString schedule; // "as needed for wheeze", "12:00 daily"
    bool consentOnFile = false; // signed parental authority to administer
    QDate expiresOn; // the medicine's expiry; invalid when not recorded
    QString notes;
    int version = 0; // as loaded; a save from an older one is refused (schema 16)

    bool isExpiredOn(QDate day) const { return expiresOn.isValid() && expiresOn < day; }
};

struct DietaryNeed
{
    qint64 id = 0;
    qint64 childId = 0;
    QString need; // "Vegetarian", "Halal", "No pork", "Thickened fluids"
    QString notes;
    int version = 0; // as loaded; a save from an older one is refused (schema 16)
};

struct Doctor
{
    QString name;
    QString practice;
    QString phone;
    int version = 0; // as loaded (0: none on file); a save from an older one is refused (schema 16)

    bool isEmpty() const { return name.isEmpty() && practice.isEmpty() && phone.isEmpty(); }
};

// A dose of the centre's schedule: "MMR dose 1 at 12 months".
struct ScheduledDose
{
    QString vaccine;
    int doseNumber = 1;
    int dueAgeMonths = 0;
};

struct ImmunisationGiven
{
    qint64 id = 0;
    qint64 childId = 0;
    QString vaccine;
    int doseNumber = 1;
    QDate givenOn;
};

// One dose of medicine given at the centre.
struct MedicationDose
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 medicationId = 0;
    QString medicationName; // read back with the log
    QString dose;
    QDateTime givenAt; // UTC
    qint64 staffId = 0; // 0: the acting staff member
    QString staffName; // read back with the log
    QString notes;
};

struct HealthRecord
{
    qint64 childId = 0;
    QDate dateOfBirth;
    QList<MedicalCondition> conditions;
    QList<Medication> medications;
    QList<DietaryNeed> dietaryNeeds;
    Doctor doctor;
    QList<ImmunisationGiven> immunisations;
};

} // namespace Kindred
