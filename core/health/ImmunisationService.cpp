// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthRecordService.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

// Immunisations, the centre's schedule and the medication log (see HealthRecordService.cpp for the rest).

namespace Kindred {
namespace {

const auto ChildBirthSql = QStringLiteral(R"(SELECT date_of_birth FROM children WHERE id = :id)");
const auto ImmunisationTakenSql = QStringLiteral(R"(
    SELECT given_on FROM immunisations WHERE child_id = :child AND vaccine = :vaccine COLLATE NOCASE AND dose_number = :dose)");
const auto InsertImmunisationSql = QStringLiteral(R"(
    INSERT INTO immunisations (child_id, vaccine, dose_number, given_on, recorded_by_staff_id, recorded_at)
    VALUES (:child, :vaccine, :dose, :given, :staff, :now))");
const auto SelectScheduleSql = QStringLiteral(R"(
    SELECT vaccine, dose_number, due_age_months FROM immunisation_schedule ORDER BY due_age_months, vaccine, dose_number)");
const auto DeleteScheduleSql = QStringLiteral(R"(DELETE FROM immunisation_schedule)");
const auto InsertScheduleSql = QStringLiteral(R"(
    INSERT INTO immunisation_schedule (vaccine, dose_number, due_age_months) VALUES (:vaccine, :dose, :months))");
const auto MedicationForDoseSql = QStringLiteral(R"(
    SELECT child_id, name, consent_on_file, archived_at IS NOT NULL FROM medications WHERE id = :id)");
const auto InsertDoseSql = QStringLiteral(R"(
    INSERT INTO medication_log (child_id, medication_id, dose, given_at, staff_id, consent_checked, notes, recorded_at)
    VALUES (:child, :medication, :dose, :given, :staff, 1, :notes, :now))");
const auto SelectLogSql = QStringLiteral(R"(
    SELECT l.id, l.medication_id, m.name, l.dose, l.given_at, l.staff_id, s.first_name || ' ' || s.last_name, l.notes
    FROM medication_log l JOIN medications m ON m.id = l.medication_id LEFT JOIN staff s ON s.id = l.staff_id
    WHERE l.child_id = :id ORDER BY l.given_at DESC, l.id DESC LIMIT :limit)");

QJsonArray scheduleJson(const QList<ScheduledDose>& schedule)
{
    QJsonArray array;
    for (const ScheduledDose& d : schedule) {
        array.append(QJsonObject {{QStringLiteral("vaccine"), d.vaccine},
                                  {QStringLiteral("dose"), d.doseNumber},
                                  {QStringLiteral("months"), d.dueAgeMonths}});
    }
    return array;
}

} // namespace

Result<qint64> HealthRecordService::recordImmunisation(ImmunisationGiven& given)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    if (given.vaccine.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("vaccine"), tr("Enter the vaccine."));
    }
    if (given.doseNumber < 1) {
        return fieldError(QStringLiteral("doseNumber"), tr("The dose number starts at 1."));
    }
    if (!given.givenOn.isValid() || given.givenOn > Clock::currentDate()) {
        return fieldError(QStringLiteral("givenOn"), tr("Enter the date the vaccine was given (not in the future)."));
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    QSqlQuery birth(db);
    birth.prepare(ChildBirthSql);
    birth.bindValue(QStringLiteral(":id"), given.childId);
    if (!birth.exec() || !birth.next()) {
        return Error {tr("That child is not on file.")};
    }
    const QDate born = QDate::fromString(birth.value(0).toString(), Qt::ISODate);
    birth.finish();
    if (born.isValid() && given.givenOn < born) {
        return fieldError(QStringLiteral("givenOn"),
                          tr("The vaccine cannot have been given before the child was born."));
    }
    QSqlQuery taken(db);
    taken.prepare(ImmunisationTakenSql);
    taken.bindValue(QStringLiteral(":child"), given.childId);
    taken.bindValue(QStringLiteral(":vaccine"), sqlText(given.vaccine.trimmed()));
    taken.bindValue(QStringLiteral(":dose"), given.doseNumber);
    if (taken.exec() && taken.next()) {
        return fieldError(QStringLiteral("doseNumber"),
                          tr("%1 dose %2 is already recorded (given %3).")
                              .arg(given.vaccine.trimmed())
                              .arg(given.doseNumber)
                              .arg(taken.value(0).toString()));
    }
    taken.finish();
    QSqlQuery insert(db);
    insert.prepare(InsertImmunisationSql);
    insert.bindValue(QStringLiteral(":child"), given.childId);
    insert.bindValue(QStringLiteral(":vaccine"), sqlText(given.vaccine.trimmed()));
    insert.bindValue(QStringLiteral(":dose"), given.doseNumber);
    insert.bindValue(QStringLiteral(":given"), given.givenOn.toString(Qt::ISODate));
    insert.bindValue(QStringLiteral(":staff"), sqlId(m_session.actorId()));
    insert.bindValue(QStringLiteral(":now"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto done = execQuery(insert); !done) {
        return done.error();
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    const QJsonObject details {{QStringLiteral("childId"), given.childId},
                               {QStringLiteral("vaccine"), given.vaccine.trimmed()},
                               {QStringLiteral("dose"), given.doseNumber},
                               {QStringLiteral("givenOn"), given.givenOn.toString(Qt::ISODate)}};
    if (auto audited = audit(db, QStringLiteral("immunisation.record"), QStringLiteral("immunisation"), id, details);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    given.id = id;
    emit healthRecordChanged(given.childId);
    return id;
}

Result<QList<ScheduledDose>> HealthRecordService::schedule() const
{
    QList<ScheduledDose> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (auto done = execRead(query, SelectScheduleSql); !done) {
        return done.error();
    }
    while (query.next()) {
        result << ScheduledDose {query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()};
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

Result<void> HealthRecordService::saveSchedule(const QList<ScheduledDose>& schedule)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const ScheduledDose& d = schedule.at(i);
        const QString prefix = QStringLiteral("schedule[%1].").arg(i);
        if (d.vaccine.trimmed().isEmpty()) {
            return fieldError(prefix + QStringLiteral("vaccine"), tr("Enter the vaccine."));
        }
        if (d.doseNumber < 1) {
            return fieldError(prefix + QStringLiteral("doseNumber"), tr("The dose number starts at 1."));
        }
        if (d.dueAgeMonths < 0) {
            return fieldError(prefix + QStringLiteral("dueAgeMonths"), tr("The age cannot be negative."));
        }
        const QString key = d.vaccine.trimmed().toLower() + QLatin1Char('#') + QString::number(d.doseNumber);
        if (seen.contains(key)) {
            return fieldError(prefix + QStringLiteral("doseNumber"),
                              tr("%1 dose %2 is in the schedule twice.").arg(d.vaccine.trimmed()).arg(d.doseNumber));
        }
        seen.insert(key);
    }
    const auto readOld = this->schedule(); // the audit names what was replaced
    if (!readOld) {
        return readOld.error();
    }
    const QList<ScheduledDose>& old = readOld.value();
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (auto cleared = execStatement(db, DeleteScheduleSql); !cleared) {
        return cleared;
    }
    for (const ScheduledDose& d : schedule) {
        QSqlQuery insert(db);
        insert.prepare(InsertScheduleSql);
        insert.bindValue(QStringLiteral(":vaccine"), sqlText(d.vaccine.trimmed()));
        insert.bindValue(QStringLiteral(":dose"), d.doseNumber);
        insert.bindValue(QStringLiteral(":months"), d.dueAgeMonths);
        if (auto done = execQuery(insert); !done) {
            return done;
        }
    }
    if (auto audited
        = audit(db, QStringLiteral("immunisation_schedule.update"), QStringLiteral("immunisation_schedule"), 0,
                {{QStringLiteral("old"), scheduleJson(old)}, {QStringLiteral("new"), scheduleJson(schedule)}});
        !audited) {
        return audited;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    emit scheduleChanged();
    return {};
}

Result<QList<DoseDue>> HealthRecordService::immunisationStatus(qint64 childId, QDate asOf) const
{
    auto record = load(childId);
    if (!record) {
        return record.error();
    }
    const auto scheduled = schedule();
    if (!scheduled) {
        return scheduled.error();
    }
    return ImmunisationSchedule::evaluate(record->dateOfBirth, scheduled.value(), record->immunisations, asOf);
}

Result<qint64> HealthRecordService::logMedicationDose(MedicationDose& dose)
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    const qint64 staffId = dose.staffId > 0 ? dose.staffId : m_session.actorId();
    if (staffId <= 0) {
        return fieldError(QStringLiteral("staffId"), tr("Nothing was recorded. Choose the staff member who gave it."));
    }
    if (dose.dose.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("dose"), tr("Nothing was recorded. Enter the dose given."));
    }
    const QDateTime now = Clock::currentDateTimeUtc();
    const QDateTime givenAt = dose.givenAt.isValid() ? dose.givenAt.toUTC() : now;
    if (givenAt > now.addSecs(5 * 60)) {
        return fieldError(QStringLiteral("givenAt"), tr("Nothing was recorded. The time given is in the future."));
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    QSqlQuery medication(db);
    medication.prepare(MedicationForDoseSql);
    medication.bindValue(QStringLiteral(":id"), dose.medicationId);
    if (!medication.exec() || !medication.next() || medication.value(0).toLongLong() != dose.childId) {
        return fieldError(QStringLiteral("medicationId"),
                          tr("Nothing was recorded. That medication is not on this child's record."));
    }
    const QString name = medication.value(1).toString();
    const bool consent = medication.value(2).toBool();
    const bool archived = medication.value(3).toBool();
    medication.finish();
    if (archived) {
        return fieldError(QStringLiteral("medicationId"),
                          tr("Nothing was recorded. %1 was removed from this child's record.").arg(name));
    }
    if (!consent) {
        return fieldError(QStringLiteral("medicationId"),
                          tr("Nothing was recorded. There is no parental consent on file for %1: do not give it "
                             "until a parent has signed the authority.")
                              .arg(name));
    }
    QSqlQuery insert(db);
    insert.prepare(InsertDoseSql);
    insert.bindValue(QStringLiteral(":child"), dose.childId);
    insert.bindValue(QStringLiteral(":medication"), dose.medicationId);
    insert.bindValue(QStringLiteral(":dose"), sqlText(dose.dose.trimmed()));
    insert.bindValue(QStringLiteral(":given"), givenAt.toString(Qt::ISODateWithMs));
    insert.bindValue(QStringLiteral(":staff"), staffId);
    insert.bindValue(QStringLiteral(":notes"), sqlText(dose.notes.trimmed()));
    insert.bindValue(QStringLiteral(":now"), now.toString(Qt::ISODateWithMs));
    if (auto done = execQuery(insert); !done) {
        return done.error();
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();
    const QJsonObject details {{QStringLiteral("childId"), dose.childId},
                               {QStringLiteral("medication"), name},
                               {QStringLiteral("dose"), dose.dose.trimmed()},
                               {QStringLiteral("givenAt"), givenAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("staffId"), staffId}};
    if (auto audited = audit(db, QStringLiteral("medication.give"), QStringLiteral("medication_log"), id, details);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    dose.id = id;
    dose.staffId = staffId;
    dose.givenAt = givenAt;
    dose.medicationName = name;
    emit healthRecordChanged(dose.childId);
    return id;
}

Result<QList<MedicationDose>> HealthRecordService::medicationLog(qint64 childId, int limit) const
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    QList<MedicationDose> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(SelectLogSql);
    query.bindValue(QStringLiteral(":id"), childId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        MedicationDose d;
        d.id = query.value(0).toLongLong();
        d.childId = childId;
        d.medicationId = query.value(1).toLongLong();
        d.medicationName = query.value(2).toString();
        d.dose = query.value(3).toString();
        d.givenAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
        d.staffId = query.value(5).toLongLong();
        d.staffName = query.value(6).toString();
        d.notes = query.value(7).toString();
        result << d;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

} // namespace Kindred
