// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/MedicationService.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto MedicationForDoseSql = QStringLiteral(R"(
    SELECT child_id, name, consent_on_file, archived_at IS NOT NULL FROM medications WHERE id = :id)");
const auto InsertDoseSql = QStringLiteral(R"(
    INSERT INTO medication_log (child_id, medication_id, dose, given_at, staff_id, consent_checked, notes, recorded_at)
    VALUES (:child, :medication, :dose, :given, :staff, 1, :notes, :now) RETURNING id)");
const auto SelectLogSql = QStringLiteral(R"(
    SELECT l.id, l.medication_id, m.name, l.dose, l.given_at, l.staff_id, s.first_name || ' ' || s.last_name, l.notes
    FROM medication_log l JOIN medications m ON m.id = l.medication_id LEFT JOIN staff s ON s.id = l.staff_id
    WHERE l.child_id = :id ORDER BY l.given_at DESC, l.id DESC LIMIT :limit)");

} // namespace

MedicationService::MedicationService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<qint64> MedicationService::logMedicationDose(MedicationDose& dose)
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
    QString name;
    const auto recorded = WriteAttempts::run(db, [&]() -> Result<qint64> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        StoreQuery medication(db);
        medication.prepare(MedicationForDoseSql);
        medication.bindValue(QStringLiteral(":id"), dose.medicationId);
        if (!medication.exec() || !medication.next() || medication.value(0).toLongLong() != dose.childId) {
            return fieldError(QStringLiteral("medicationId"),
                              tr("Nothing was recorded. That medication is not on this child's record."));
        }
        name = medication.value(1).toString();
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
        StoreQuery insert(db);
        insert.prepare(InsertDoseSql);
        insert.bindValue(QStringLiteral(":child"), dose.childId);
        insert.bindValue(QStringLiteral(":medication"), dose.medicationId);
        insert.bindValue(QStringLiteral(":dose"), sqlText(dose.dose.trimmed()));
        insert.bindValue(QStringLiteral(":given"), givenAt.toString(Qt::ISODateWithMs));
        insert.bindValue(QStringLiteral(":staff"), staffId);
        insert.bindValue(QStringLiteral(":notes"), sqlText(dose.notes.trimmed()));
        insert.bindValue(QStringLiteral(":now"), now.toString(Qt::ISODateWithMs));
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        const qint64 id = newId.value();
        const QJsonObject details {{QStringLiteral("childId"), dose.childId},
                                   {QStringLiteral("medication"), name},
                                   {QStringLiteral("dose"), dose.dose.trimmed()},
                                   {QStringLiteral("givenAt"), givenAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("staffId"), staffId}};
        if (auto audited = AuditLog::append(db,
                                            {m_session.actorId(),
                                             QStringLiteral("medication.give"),
                                             QStringLiteral("medication_log"),
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
    dose.id = recorded.value();
    dose.staffId = staffId;
    dose.givenAt = givenAt;
    dose.medicationName = name;
    emit healthRecordChanged(dose.childId);
    return dose.id;
}

Result<QList<MedicationDose>> MedicationService::medicationLog(qint64 childId, int limit) const
{
    if (auto allowed = m_session.require(Permission::ViewMedical); !allowed) {
        return allowed.error();
    }
    QList<MedicationDose> result;
    StoreQuery query(m_database.connection());
    setForwardOnlyAlongsideStatements(query);
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
