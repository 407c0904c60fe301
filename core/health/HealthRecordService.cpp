// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthRecordService.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "base/FieldChecks.h"
#include "base/FieldLimits.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/FieldChanges.h"
#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/RecordVersion.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ChildBirthSql = QStringLiteral(R"(SELECT date_of_birth FROM children WHERE id = :id)");
const auto SelectConditionsSql = QStringLiteral(R"(
    SELECT id, name, care_plan, version FROM medical_conditions WHERE child_id = :id AND archived_at IS NULL ORDER BY id)");
const auto SelectMedicationsSql = QStringLiteral(R"(
    SELECT id, name, dose, schedule, consent_on_file, expires_on, notes, version FROM medications
    WHERE child_id = :id AND archived_at IS NULL ORDER BY id)");
const auto SelectDietarySql = QStringLiteral(R"(
    SELECT id, need, notes, version FROM dietary_needs WHERE child_id = :id AND archived_at IS NULL ORDER BY id)");
const auto SelectDoctorSql
    = QStringLiteral(R"(SELECT name, practice, phone, version FROM child_doctors WHERE child_id = :id)");
const auto ConditionVersionSql = QStringLiteral(R"(SELECT version FROM medical_conditions WHERE id = :id)");
const auto MedicationVersionSql = QStringLiteral(R"(SELECT version FROM medications WHERE id = :id)");
const auto DietaryVersionSql = QStringLiteral(R"(SELECT version FROM dietary_needs WHERE id = :id)");
const auto DoctorVersionSql = QStringLiteral(R"(SELECT version FROM child_doctors WHERE child_id = :id)");
const auto SelectImmunisationsSql = QStringLiteral(R"(
    SELECT id, vaccine, dose_number, given_on FROM immunisations WHERE child_id = :id ORDER BY given_on, id)");

const auto InsertConditionSql = QStringLiteral(R"(
    INSERT INTO medical_conditions (child_id, name, care_plan) VALUES (:child, :name, :carePlan) RETURNING id)");
const auto ArchiveConditionSql = QStringLiteral(R"(
    UPDATE medical_conditions SET archived_at = :at WHERE id = :id AND archived_at IS NULL RETURNING child_id)");
const auto InsertMedicationSql = QStringLiteral(R"(
    INSERT INTO medications (child_id, name, dose, schedule, consent_on_file, expires_on, notes)
    VALUES (:child, :name, :dose, :schedule, :consent, :expires, :notes) RETURNING id)");
const auto ArchiveMedicationSql = QStringLiteral(R"(
    UPDATE medications SET archived_at = :at WHERE id = :id AND archived_at IS NULL RETURNING child_id)");
const auto InsertDietarySql = QStringLiteral(R"(
    INSERT INTO dietary_needs (child_id, need, notes) VALUES (:child, :need, :notes) RETURNING id)");
const auto ArchiveDietarySql = QStringLiteral(R"(
    UPDATE dietary_needs SET archived_at = :at WHERE id = :id AND archived_at IS NULL RETURNING child_id)");
const auto UpsertDoctorSql = QStringLiteral(R"(
    INSERT INTO child_doctors (child_id, name, practice, phone) VALUES (:child, :name, :practice, :phone)
    ON CONFLICT (child_id) DO UPDATE SET name = excluded.name, practice = excluded.practice, phone = excluded.phone)");

// The columns an update writes, with the words a refused stale save uses for them.
RecordFields conditionFields(const MedicalCondition& c)
{
    return {{QStringLiteral("name"), HealthRecordService::tr("name"), sqlText(c.name.trimmed())},
            {QStringLiteral("care_plan"), HealthRecordService::tr("care plan"), sqlText(c.carePlan.trimmed())}};
}

RecordFields medicationFields(const Medication& m)
{
    return {{QStringLiteral("name"), HealthRecordService::tr("name"), sqlText(m.name.trimmed())},
            {QStringLiteral("dose"), HealthRecordService::tr("dose"), sqlText(m.dose.trimmed())},
            {QStringLiteral("schedule"), HealthRecordService::tr("schedule"), sqlText(m.schedule.trimmed())},
            {QStringLiteral("consent_on_file"), HealthRecordService::tr("consent"), m.consentOnFile},
            {QStringLiteral("expires_on"), HealthRecordService::tr("expiry date"), sqlDate(m.expiresOn)},
            {QStringLiteral("notes"), HealthRecordService::tr("notes"), sqlText(m.notes.trimmed()),
             RecordField::Noun::Plural}};
}

RecordFields dietaryFields(const DietaryNeed& n)
{
    return {{QStringLiteral("need"), HealthRecordService::tr("need"), sqlText(n.need.trimmed())},
            {QStringLiteral("notes"), HealthRecordService::tr("notes"), sqlText(n.notes.trimmed()),
             RecordField::Noun::Plural}};
}

RecordFields doctorFields(const Doctor& d)
{
    return {{QStringLiteral("name"), HealthRecordService::tr("name"), sqlText(d.name.trimmed())},
            {QStringLiteral("practice"), HealthRecordService::tr("practice"), sqlText(d.practice.trimmed())},
            {QStringLiteral("phone"), HealthRecordService::tr("phone"), sqlText(d.phone.trimmed())}};
}

template<typename T>
std::optional<RecordFields> loadedFields(const LoadedCopies<T>& copies, const T& edited,
                                         RecordFields (*fields)(const T&))
{
    const T* loaded = copies.find(edited.id, edited.version);
    return loaded ? std::optional<RecordFields>(fields(*loaded)) : std::nullopt;
}

// An entry is named as the desk loaded it (the user may be renaming it).
template<typename T> QString loadedName(const LoadedCopies<T>& copies, const T& edited, QString T::*name)
{
    const T* loaded = copies.find(edited.id, edited.version);
    return ((loaded ? *loaded : edited).*name).trimmed();
}

StoreQuery selectFor(const QSqlDatabase& db, const QString& sql, qint64 childId)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), childId);
    query.exec();
    return query;
}

} // namespace

HealthRecordService::HealthRecordService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<HealthRecord> HealthRecordService::load(qint64 childId) const
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    HealthRecord record;
    record.childId = childId;
    {
        StoreQuery birth = selectFor(db, ChildBirthSql, childId);
        if (!birth.isActive()) {
            return StoreError::fromSql(birth.lastError());
        }
        if (!birth.next()) {
            return Error {tr("That child is not on file.")};
        }
        record.dateOfBirth = dateFromSql(birth.value(0));
    }
    for (StoreQuery q = selectFor(db, SelectConditionsSql, childId); q.next();) {
        record.conditions << MedicalCondition {q.value(0).toLongLong(), childId, q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toInt()};
        m_loadedConditions.remember(record.conditions.constLast());
    }
    for (StoreQuery q = selectFor(db, SelectMedicationsSql, childId); q.next();) {
        Medication m;
        m.id = q.value(0).toLongLong();
        m.childId = childId;
        m.name = q.value(1).toString();
        m.dose = q.value(2).toString();
        m.schedule = q.value(3).toString();
        m.consentOnFile = q.value(4).toBool();
        m.expiresOn = dateFromSql(q.value(5));
        m.notes = q.value(6).toString();
        m.version = q.value(7).toInt();
        m_loadedMedications.remember(m);
        record.medications << m;
    }
    for (StoreQuery q = selectFor(db, SelectDietarySql, childId); q.next();) {
        record.dietaryNeeds << DietaryNeed {q.value(0).toLongLong(), childId, q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toInt()};
        m_loadedDietaryNeeds.remember(record.dietaryNeeds.constLast());
    }
    if (StoreQuery q = selectFor(db, SelectDoctorSql, childId); q.next()) {
        record.doctor
            = Doctor {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
        m_loadedDoctors.remember(childId, record.doctor.version, record.doctor);
    }
    for (StoreQuery q = selectFor(db, SelectImmunisationsSql, childId); q.next();) {
        record.immunisations << ImmunisationGiven {q.value(0).toLongLong(), childId, q.value(1).toString(),
                                                   q.value(2).toInt(), dateFromSql(q.value(3))};
    }
    return record;
}

FieldProblems HealthRecordService::problems(const MedicalCondition& condition)
{
    FieldProblems found;
    if (condition.name.trimmed().isEmpty()) {
        found.add(QStringLiteral("name"), tr("Enter the name of the condition."));
    } else {
        found.checkLength(QStringLiteral("name"), condition.name.trimmed(), FieldLimits::ShortText);
    }
    found.checkLength(QStringLiteral("carePlan"), condition.carePlan.trimmed(), FieldLimits::Notes);
    return found;
}

FieldProblems HealthRecordService::problems(const Medication& medication)
{
    FieldProblems found;
    if (medication.name.trimmed().isEmpty()) {
        found.add(QStringLiteral("name"), tr("Enter the name of the medication."));
    } else {
        found.checkLength(QStringLiteral("name"), medication.name.trimmed(), FieldLimits::ShortText);
    }
    if (medication.dose.trimmed().isEmpty()) {
        found.add(QStringLiteral("dose"), tr("Enter the dose, as the parent's authority states it."));
    } else {
        found.checkLength(QStringLiteral("dose"), medication.dose.trimmed(), FieldLimits::ShortText);
    }
    found.checkLength(QStringLiteral("schedule"), medication.schedule.trimmed(), FieldLimits::ShortText);
    found.checkLength(QStringLiteral("notes"), medication.notes.trimmed(), FieldLimits::Notes);
    return found;
}

FieldProblems HealthRecordService::problems(const DietaryNeed& need)
{
    FieldProblems found;
    if (need.need.trimmed().isEmpty()) {
        found.add(QStringLiteral("need"), tr("Enter the dietary need."));
    } else {
        found.checkLength(QStringLiteral("need"), need.need.trimmed(), FieldLimits::ShortText);
    }
    found.checkLength(QStringLiteral("notes"), need.notes.trimmed(), FieldLimits::Notes);
    return found;
}

FieldProblems HealthRecordService::problems(const Doctor& doctor)
{
    FieldProblems found;
    found.checkLength(QStringLiteral("name"), doctor.name.trimmed(), FieldLimits::PersonName);
    found.checkLength(QStringLiteral("practice"), doctor.practice.trimmed(), FieldLimits::ShortText);
    if (found.checkLength(QStringLiteral("phone"), doctor.phone.trimmed(), FieldLimits::Phone)
        && !doctor.phone.trimmed().isEmpty() && !FieldChecks::isPhoneNumber(doctor.phone)) {
        found.add(QStringLiteral("phone"), tr("The doctor's phone number does not look right."));
    }
    return found;
}

Result<qint64> HealthRecordService::saveCondition(MedicalCondition& condition)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    if (const FieldProblems found = problems(condition); !found.isEmpty()) {
        return found.first();
    }
    Row row {
        InsertConditionSql,
        QStringLiteral("medical_conditions"),
        ConditionVersionSql,
        &condition.version,
        tr("the %1 entry").arg(loadedName(m_loadedConditions, condition, &std::decay_t<decltype(condition)>::name)),
        QStringLiteral("medical_condition"),
        condition.childId,
        condition.id,
        {{QStringLiteral(":name"), sqlText(condition.name.trimmed())},
         {QStringLiteral(":carePlan"), sqlText(condition.carePlan.trimmed())}},
        conditionFields(condition),
        loadedFields(m_loadedConditions, condition, conditionFields),
        {{QStringLiteral("name"), condition.name.trimmed()},
         {QStringLiteral("carePlan"), condition.carePlan.trimmed()}}};
    auto saved = writeRow(row);
    if (saved) {
        condition.id = saved.value();
        m_loadedConditions.remember(condition);
    }
    return saved;
}

Result<void> HealthRecordService::removeCondition(qint64 conditionId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed;
    }
    return archiveRow(ArchiveConditionSql, QStringLiteral("medical_condition"), conditionId, reason);
}

Result<qint64> HealthRecordService::saveMedication(Medication& medication)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    if (const FieldProblems found = problems(medication); !found.isEmpty()) {
        return found.first();
    }
    Row row {
        InsertMedicationSql,
        QStringLiteral("medications"),
        MedicationVersionSql,
        &medication.version,
        tr("the %1 entry").arg(loadedName(m_loadedMedications, medication, &std::decay_t<decltype(medication)>::name)),
        QStringLiteral("medication"),
        medication.childId,
        medication.id,
        {{QStringLiteral(":name"), sqlText(medication.name.trimmed())},
         {QStringLiteral(":dose"), sqlText(medication.dose.trimmed())},
         {QStringLiteral(":schedule"), sqlText(medication.schedule.trimmed())},
         {QStringLiteral(":consent"), medication.consentOnFile ? 1 : 0},
         {QStringLiteral(":expires"), sqlDate(medication.expiresOn)},
         {QStringLiteral(":notes"), sqlText(medication.notes.trimmed())}},
        medicationFields(medication),
        loadedFields(m_loadedMedications, medication, medicationFields),
        {{QStringLiteral("name"), medication.name.trimmed()},
         {QStringLiteral("dose"), medication.dose.trimmed()},
         {QStringLiteral("schedule"), medication.schedule.trimmed()},
         {QStringLiteral("consentOnFile"), medication.consentOnFile},
         {QStringLiteral("expiresOn"), medication.expiresOn.toString(Qt::ISODate)}}};
    auto saved = writeRow(row);
    if (saved) {
        medication.id = saved.value();
        m_loadedMedications.remember(medication);
    }
    return saved;
}

Result<void> HealthRecordService::removeMedication(qint64 medicationId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed;
    }
    return archiveRow(ArchiveMedicationSql, QStringLiteral("medication"), medicationId, reason);
}

Result<qint64> HealthRecordService::saveDietaryNeed(DietaryNeed& need)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    if (const FieldProblems found = problems(need); !found.isEmpty()) {
        return found.first();
    }
    Row row {InsertDietarySql,
             QStringLiteral("dietary_needs"),
             DietaryVersionSql,
             &need.version,
             tr("the %1 entry").arg(loadedName(m_loadedDietaryNeeds, need, &std::decay_t<decltype(need)>::need)),
             QStringLiteral("dietary_need"),
             need.childId,
             need.id,
             {{QStringLiteral(":need"), sqlText(need.need.trimmed())},
              {QStringLiteral(":notes"), sqlText(need.notes.trimmed())}},
             dietaryFields(need),
             loadedFields(m_loadedDietaryNeeds, need, dietaryFields),
             {{QStringLiteral("need"), need.need.trimmed()}, {QStringLiteral("notes"), need.notes.trimmed()}}};
    auto saved = writeRow(row);
    if (saved) {
        need.id = saved.value();
        m_loadedDietaryNeeds.remember(need);
    }
    return saved;
}

Result<void> HealthRecordService::removeDietaryNeed(qint64 needId, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed;
    }
    return archiveRow(ArchiveDietarySql, QStringLiteral("dietary_need"), needId, reason);
}

Result<void> HealthRecordService::saveDoctor(qint64 childId, const Doctor& doctor)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed;
    }
    if (const FieldProblems found = problems(doctor); !found.isEmpty()) {
        return found.first();
    }
    const QSqlDatabase db = m_database.connection();
    bool unchanged = false;
    const auto newVersion = WriteAttempts::run(db, [&]() -> Result<int> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        const Doctor* loaded = m_loadedDoctors.find(childId, doctor.version);
        const RecordFields loadedFields = loaded ? doctorFields(*loaded) : RecordFields {};
        if (auto current
            = RecordVersion::check(db, DoctorVersionSql, childId, doctor.version, QStringLiteral("child"),
                                   tr("the doctor"), QStringLiteral("child_doctors"), loaded ? &loadedFields : nullptr);
            !current) {
            return current.error();
        }
        const QString table = QStringLiteral("child_doctors");
        const QString key = QStringLiteral("child_id");
        if (doctor.version == 0) {
            StoreQuery query(db);
            query.prepare(UpsertDoctorSql);
            query.bindValue(QStringLiteral(":child"), childId);
            query.bindValue(QStringLiteral(":name"), sqlText(doctor.name.trimmed()));
            query.bindValue(QStringLiteral(":practice"), sqlText(doctor.practice.trimmed()));
            query.bindValue(QStringLiteral(":phone"), sqlText(doctor.phone.trimmed()));
            if (auto done = execQuery(query); !done) {
                return done.error();
            }
        } else {
            // Only what the user changed is written (the version check made the file the copy loaded).
            auto changed = FieldChanges::againstFile(db, table, childId, doctorFields(doctor), key);
            if (!changed) {
                return changed.error();
            }
            if (changed->isEmpty()) {
                unchanged = true; // nothing changed: nothing written, nothing audited
                return 0;
            }
            if (auto done = FieldChanges::update(db, table, childId, changed.value(), {}, {}, key); !done) {
                return done.error();
            }
        }
        const QJsonObject details {{QStringLiteral("name"), doctor.name.trimmed()},
                                   {QStringLiteral("practice"), doctor.practice.trimmed()},
                                   {QStringLiteral("phone"), doctor.phone.trimmed()}};
        if (auto audited = audit(db, QStringLiteral("doctor.update"), QStringLiteral("child"), childId,
                                 {{QStringLiteral("new"), details}});
            !audited) {
            return audited.error();
        }
        const auto version = RecordVersion::read(db, DoctorVersionSql, childId);
        if (!version) {
            return version.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return version;
    });
    if (!newVersion) {
        return newVersion.error();
    }
    if (unchanged) {
        return {};
    }
    m_loadedDoctors.remember(childId, newVersion.value(), doctor);
    emit healthRecordChanged(childId);
    return {};
}

Result<qint64> HealthRecordService::writeRow(const Row& row)
{
    const QSqlDatabase db = m_database.connection();
    qint64 id = row.id;
    bool unchanged = false;
    const auto newVersion = WriteAttempts::run(db, [&]() -> Result<int> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        // Issue 13, point 4: an entry is saved only from the version loaded, checked inside the transaction.
        id = row.id; // afresh in each attempt: a dropped one may have numbered it
        if (row.id != 0) {
            if (auto current = RecordVersion::check(db, row.versionSql, row.id, *row.version, row.entity, row.name,
                                                    row.table, row.loaded ? &*row.loaded : nullptr);
                !current) {
                return current.error();
            }
            // Only what the user changed is written (the version check made the file the copy loaded).
            auto changed = FieldChanges::againstFile(db, row.table, row.id, row.fields);
            if (!changed) {
                return changed.error();
            }
            if (changed->isEmpty()) {
                unchanged = true; // nothing changed: nothing written, nothing audited
                return 0;
            }
            auto updated = FieldChanges::update(db, row.table, row.id, changed.value(),
                                                QStringLiteral("AND child_id = :child AND archived_at IS NULL"),
                                                {{QStringLiteral(":child"), row.childId}});
            if (!updated) {
                return updated.error();
            }
            if (updated.value() != 1) {
                return Error {tr("Nothing was changed. That entry has been removed, or belongs to another child.")};
            }
        } else {
            StoreQuery query(db);
            query.prepare(row.insertSql);
            query.bindValue(QStringLiteral(":child"), row.childId);
            for (const auto& [name, value] : row.values) {
                query.bindValue(name, value);
            }
            auto newId = execInsertReturningId(query);
            if (!newId) {
                return newId.error();
            }
            id = newId.value();
        }
        QJsonObject details {{QStringLiteral("childId"), row.childId}, {QStringLiteral("new"), row.details}};
        const QString action = row.entity + (row.id == 0 ? QStringLiteral(".create") : QStringLiteral(".update"));
        if (auto audited = audit(db, action, row.entity, id, details); !audited) {
            return audited.error();
        }
        const auto version = RecordVersion::read(db, row.versionSql, id);
        if (!version) {
            return version.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return version;
    });
    if (!newVersion) {
        return newVersion.error();
    }
    if (unchanged) {
        return row.id;
    }
    *row.version = newVersion.value();
    emit healthRecordChanged(row.childId);
    return id;
}

Result<void> HealthRecordService::archiveRow(const QString& sql, const QString& entity, qint64 id,
                                             const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("reason"), tr("Nothing was removed. Give the reason."));
    }
    const QSqlDatabase db = m_database.connection();
    const auto archivedFrom = WriteAttempts::run(db, [&]() -> Result<qint64> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        StoreQuery query(db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":id"), id);
        if (auto done = execQuery(query); !done) {
            return done.error();
        }
        if (!query.next()) {
            return Error {tr("Nothing was removed. That entry is not on file, or was already removed.")};
        }
        const qint64 childId = query.value(0).toLongLong();
        query.finish();
        if (auto audited = audit(db, entity + QStringLiteral(".archive"), entity, id,
                                 {{QStringLiteral("childId"), childId}}, reason.trimmed());
            !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return childId;
    });
    if (!archivedFrom) {
        return archivedFrom.error();
    }
    emit healthRecordChanged(archivedFrom.value());
    return {};
}

Result<void> HealthRecordService::audit(const QSqlDatabase& db, const QString& action, const QString& entity, qint64 id,
                                        const QJsonObject& details, const QString& reason)
{
    return AuditLog::append(db, AuditEntry {m_session.actorId(), action, entity, id, details, reason});
}

} // namespace Kindred
