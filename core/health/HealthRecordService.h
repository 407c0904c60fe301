// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "health/Health.h"
#include "store/FieldChanges.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

namespace Kindred {

class Database;
class Session;

// A child's conditions, medications, dietary needs and doctor, and the whole record as read (with the
// immunisations; recording them and the schedule: ImmunisationService; the log of medicine given:
// MedicationService). Every change is validated and audited in
// its own write transaction; failures come back as an Error naming the field, with nothing saved.
// Removing a condition, medication or dietary need archives it (with a reason); doses given and
// immunisations recorded stay.
class HealthRecordService : public QObject
{
    Q_OBJECT

public:
    HealthRecordService(Database& database, Session& session, QObject* parent = nullptr);

    Result<HealthRecord> load(qint64 childId) const;

    // Every problem of an entry at once, each naming its field, texts held to FieldLimits; the save refuses the
    // first. Pure: a form asks before saving, to show them all.
    static FieldProblems problems(const MedicalCondition& condition);
    static FieldProblems problems(const Medication& medication);
    static FieldProblems problems(const DietaryNeed& need);
    static FieldProblems problems(const Doctor& doctor);

    Result<qint64> saveCondition(MedicalCondition& condition);
    Result<void> removeCondition(qint64 conditionId, const QString& reason);
    Result<qint64> saveMedication(Medication& medication);
    Result<void> removeMedication(qint64 medicationId, const QString& reason);
    Result<qint64> saveDietaryNeed(DietaryNeed& need);
    Result<void> removeDietaryNeed(qint64 needId, const QString& reason);
    // Each save of an entry on file (an id set; the doctor: once one is on file) is refused with an Error
    // of code Conflict naming the fields another desk changed since it was loaded with its version
    // (issue 13, point 4); a successful save of an entry writes its new id and version back. Only the
    // fields that differ from the entry on file are written; an unchanged entry writes nothing.
    Result<void> saveDoctor(qint64 childId, const Doctor& doctor);

signals:
    void healthRecordChanged(qint64 childId);

private:
    struct Row
    {
        QString insertSql;
        QString table;
        QString versionSql;
        int* version; // the entry's version as loaded; the saved one is written back
        QString name; // "the Ventolin entry", for a refused stale save
        QString entity;
        qint64 childId = 0;
        qint64 id = 0;
        QList<QPair<QString, QVariant>> values; // bound by insertSql
        RecordFields fields; // what an update compares with the file and writes where it differs
        std::optional<RecordFields> loaded; // the fields of the copy this desk loaded, when known
        QJsonObject details;
    };
    Result<qint64> writeRow(const Row& row);
    Result<void> archiveRow(const QString& sql, const QString& entity, qint64 id, const QString& reason);
    Result<void> audit(const QSqlDatabase& db, const QString& action, const QString& entity, qint64 id,
                       const QJsonObject& details, const QString& reason = {});

    Database& m_database;
    Session& m_session;
    // What this desk was shown, so that a refused stale save can name the fields another desk changed.
    mutable LoadedCopies<MedicalCondition> m_loadedConditions;
    mutable LoadedCopies<Medication> m_loadedMedications;
    mutable LoadedCopies<DietaryNeed> m_loadedDietaryNeeds;
    mutable LoadedCopies<Doctor> m_loadedDoctors; // by child id
};

} // namespace Kindred
