// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ImmunisationService.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "health/HealthRecordService.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto ChildBirthSql = QStringLiteral(R"(SELECT date_of_birth FROM children WHERE id = :id)");
const auto ImmunisationTakenSql = QStringLiteral(R"(
    SELECT given_on FROM immunisations
    WHERE child_id = :child AND lower(vaccine) = lower(:vaccine) AND dose_number = :dose)");
const auto InsertImmunisationSql = QStringLiteral(R"(
    INSERT INTO immunisations (child_id, vaccine, dose_number, given_on, recorded_by_staff_id, recorded_at)
    VALUES (:child, :vaccine, :dose, :given, :staff, :now) RETURNING id)");
const auto SelectScheduleSql = QStringLiteral(R"(
    SELECT vaccine, dose_number, due_age_months FROM immunisation_schedule ORDER BY due_age_months, vaccine, dose_number)");
const auto DeleteScheduleSql = QStringLiteral(R"(DELETE FROM immunisation_schedule)");
const auto InsertScheduleSql = QStringLiteral(R"(
    INSERT INTO immunisation_schedule (vaccine, dose_number, due_age_months) VALUES (:vaccine, :dose, :months))");

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

ImmunisationService::ImmunisationService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<qint64> ImmunisationService::recordImmunisation(ImmunisationGiven& given)
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
    const auto recorded = WriteAttempts::run(db, [&]() -> Result<qint64> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        StoreQuery birth(db);
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
        StoreQuery taken(db);
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
        StoreQuery insert(db);
        insert.prepare(InsertImmunisationSql);
        insert.bindValue(QStringLiteral(":child"), given.childId);
        insert.bindValue(QStringLiteral(":vaccine"), sqlText(given.vaccine.trimmed()));
        insert.bindValue(QStringLiteral(":dose"), given.doseNumber);
        insert.bindValue(QStringLiteral(":given"), given.givenOn.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":staff"), sqlId(m_session.actorId()));
        insert.bindValue(QStringLiteral(":now"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        const qint64 id = newId.value();
        const QJsonObject details {{QStringLiteral("childId"), given.childId},
                                   {QStringLiteral("vaccine"), given.vaccine.trimmed()},
                                   {QStringLiteral("dose"), given.doseNumber},
                                   {QStringLiteral("givenOn"), given.givenOn.toString(Qt::ISODate)}};
        if (auto audited = AuditLog::append(db,
                                            {m_session.actorId(),
                                             QStringLiteral("immunisation.record"),
                                             QStringLiteral("immunisation"),
                                             id,
                                             details,
                                             {}});
            !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return id;
    });
    if (!recorded) {
        return recorded.error();
    }
    given.id = recorded.value();
    emit healthRecordChanged(given.childId);
    return given.id;
}

Result<QList<ScheduledDose>> ImmunisationService::schedule() const
{
    QList<ScheduledDose> result;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
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

Result<void> ImmunisationService::saveSchedule(const QList<ScheduledDose>& schedule)
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
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun;
        }
        if (auto cleared = execStatement(db, DeleteScheduleSql); !cleared) {
            return cleared;
        }
        for (const ScheduledDose& d : schedule) {
            StoreQuery insert(db);
            insert.prepare(InsertScheduleSql);
            insert.bindValue(QStringLiteral(":vaccine"), sqlText(d.vaccine.trimmed()));
            insert.bindValue(QStringLiteral(":dose"), d.doseNumber);
            insert.bindValue(QStringLiteral(":months"), d.dueAgeMonths);
            if (auto done = execQuery(insert); !done) {
                return done;
            }
        }
        const QJsonObject details {{QStringLiteral("old"), scheduleJson(old)},
                                   {QStringLiteral("new"), scheduleJson(schedule)}};
        if (auto audited = AuditLog::append(db,
                                            {m_session.actorId(),
                                             QStringLiteral("immunisation_schedule.update"),
                                             QStringLiteral("immunisation_schedule"),
                                             0,
                                             details,
                                             {}});
            !audited) {
            return audited;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit scheduleChanged();
    return {};
}

Result<QList<DoseDue>> ImmunisationService::immunisationStatus(qint64 childId, QDate asOf) const
{
    auto record = HealthRecordService(m_database, m_session).load(childId);
    if (!record) {
        return record.error();
    }
    const auto scheduled = schedule();
    if (!scheduled) {
        return scheduled.error();
    }
    return ImmunisationSchedule::evaluate(record->dateOfBirth, scheduled.value(), record->immunisations, asOf);
}

} // namespace Kindred
