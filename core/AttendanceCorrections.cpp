// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCorrections.h"

#include "AttendanceReader.h"
#include "AttendanceRules.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "RecordDigest.h"
#include "Session.h"
#include "StoreError.h"
#include "WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertCorrectionSql = QStringLiteral(R"(
    INSERT INTO attendance_corrections (attendance_id, field, old_value, new_value, reason, corrected_by_staff_id,
                                        corrected_at)
    VALUES (:id, :field, :old, :new, :reason, :by, :at))");
const auto SetCheckInSql = QStringLiteral(R"(UPDATE attendance SET checked_in_at = :value WHERE id = :id)");
const auto SetCheckOutSql = QStringLiteral(R"(
    UPDATE attendance SET checked_out_at = :value, late_minutes = :late WHERE id = :id)");

QString text(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

AttendanceCorrections::AttendanceCorrections(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<AttendanceRecord> AttendanceCorrections::correct(qint64 attendanceId, AttendanceCorrection::Field field,
                                                        const QDateTime& newUtc, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::CorrectAttendance); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("reason"), tr("Say why the time is being corrected. Nothing was changed."));
    }
    if (!newUtc.isValid()) {
        return fieldError(QStringLiteral("time"), tr("Enter the correct time. Nothing was changed."));
    }
    if (newUtc > Clock::currentDateTimeUtc()) {
        return fieldError(QStringLiteral("time"), tr("The corrected time is in the future. Nothing was changed."));
    }
    const auto closing = AttendanceRules::closingTime(m_database);
    if (!closing) {
        return closing.error();
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    AttendanceReader reader(m_database);
    auto record = reader.byId(attendanceId);
    if (!record) {
        return record.error();
    }
    const bool isCheckIn = field == AttendanceCorrection::Field::CheckedInAt;
    const QLocale locale;
    if (isCheckIn && record->checkedOutAt.isValid() && newUtc >= record->checkedOutAt) {
        return fieldError(
            QStringLiteral("time"),
            tr("%1 left at %2; the check-in must be before that. Nothing was changed.")
                .arg(record->childName,
                     locale.toString(record->checkedOutAt.toTimeZone(Clock::timeZone()), QLocale::ShortFormat)));
    }
    if (!isCheckIn && newUtc <= record->checkedInAt) {
        return fieldError(
            QStringLiteral("time"),
            tr("%1 arrived at %2; the check-out must be after that. Nothing was changed.")
                .arg(record->childName,
                     locale.toString(record->checkedInAt.toTimeZone(Clock::timeZone()), QLocale::ShortFormat)));
    }
    const QDateTime old = isCheckIn ? record->checkedInAt : record->checkedOutAt;
    const QString at = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    QSqlQuery insert(db);
    insert.prepare(InsertCorrectionSql);
    insert.bindValue(QStringLiteral(":id"), attendanceId);
    insert.bindValue(QStringLiteral(":field"),
                     isCheckIn ? QStringLiteral("checked_in_at") : QStringLiteral("checked_out_at"));
    insert.bindValue(QStringLiteral(":old"),
                     old.isValid() ? QVariant(text(old)) : QVariant(QMetaType::fromType<QString>()));
    insert.bindValue(QStringLiteral(":new"), text(newUtc));
    insert.bindValue(QStringLiteral(":reason"), reason.trimmed());
    insert.bindValue(QStringLiteral(":by"),
                     m_session.actorId() ? QVariant(m_session.actorId()) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":at"), at);
    if (auto done = execQuery(insert); !done) {
        return done.error();
    }
    QSqlQuery update(db);
    update.prepare(isCheckIn ? SetCheckInSql : SetCheckOutSql);
    update.bindValue(QStringLiteral(":value"), text(newUtc));
    if (!isCheckIn) {
        update.bindValue(QStringLiteral(":late"),
                         AttendanceRules::lateMinutes(newUtc, closing.value(), Clock::timeZone()));
    }
    update.bindValue(QStringLiteral(":id"), attendanceId);
    if (auto done = execQuery(update); !done) {
        return done.error();
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("attendance"), attendanceId); !sealed) {
        return sealed.error();
    }
    AuditEntry entry {
        m_session.actorId(),
        QStringLiteral("attendance.correct"),
        QStringLiteral("attendance"),
        attendanceId,
        {{QStringLiteral("field"), isCheckIn ? QStringLiteral("checkedInAt") : QStringLiteral("checkedOutAt")},
         {QStringLiteral("old"), text(old)},
         {QStringLiteral("new"), text(newUtc)}},
        reason.trimmed()};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    emit attendanceCorrected(attendanceId);
    return reader.byId(attendanceId);
}

Result<QList<AttendanceRecord>> AttendanceCorrections::notCheckedOut(QDate day) const
{
    if (auto allowed = m_session.require(Permission::CorrectAttendance); !allowed) {
        return allowed.error();
    }
    return AttendanceReader(m_database).notCheckedOut(day);
}

} // namespace Kindred
