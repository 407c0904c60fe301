// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceCorrections.h"

#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceRules.h"
#include "attendance/DeparturePolicy.h"
#include "attendance/UndoPolicy.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/Station.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "store/Database.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
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

const auto InsertVoidSql = QStringLiteral(R"(
    INSERT INTO attendance_voids (attendance_id, kind, voided_value, reason, station, voided_by_staff_id, voided_at)
    VALUES (:id, :kind, :value, :reason, :station, :by, :at))");
const auto VoidCheckInSql
    = QStringLiteral(R"(UPDATE attendance SET voided_at = :at WHERE id = :id AND voided_at IS NULL)");
// The stay is open again; what the check-out said is kept in the void row and the audit entry.
const auto ReopenSql = QStringLiteral(R"(
    UPDATE attendance SET checked_out_at = NULL, collected_by_person_id = NULL, collected_by_staff_id = NULL,
        checkout_desk_staff_id = NULL, override_reason = '', override_by_staff_id = NULL, late_minutes = 0,
        checkout_station = ''
    WHERE id = :id AND checked_out_at IS NOT NULL AND voided_at IS NULL)");
// A later stay of the same child (open or not): reopening this one would put the child in two places.
const auto LaterStaySql = QStringLiteral(R"(
    SELECT 1 FROM attendance WHERE child_id = :child AND id <> :id AND voided_at IS NULL AND checked_in_at >= :in
    LIMIT 1)");

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
    const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
        WriteTransaction transaction(db);
        auto record = beginOn(transaction, attendanceId);
        if (!record) {
            return record.error();
        }
        const QDate today = Clock::currentDate();
        const QDateTime dayStart = QDateTime(today, QTime(0, 0), Clock::timeZone()).toUTC();
        if (auto allowed = DeparturePolicy::mayCorrect(record.value(), field, newUtc, today, dayStart); !allowed) {
            return allowed.error();
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

        StoreQuery insert(db);
        insert.prepare(InsertCorrectionSql);
        insert.bindValue(QStringLiteral(":id"), attendanceId);
        insert.bindValue(QStringLiteral(":field"),
                         isCheckIn ? QStringLiteral("checked_in_at") : QStringLiteral("checked_out_at"));
        insert.bindValue(QStringLiteral(":old"),
                         old.isValid() ? QVariant(instantText(old)) : QVariant(QMetaType::fromType<QString>()));
        insert.bindValue(QStringLiteral(":new"), instantText(newUtc));
        insert.bindValue(QStringLiteral(":reason"), reason.trimmed());
        insert.bindValue(QStringLiteral(":by"),
                         m_session.actorId() ? QVariant(m_session.actorId()) : QVariant(QMetaType::fromType<qint64>()));
        insert.bindValue(QStringLiteral(":at"), at);
        if (auto done = execQuery(insert); !done) {
            return done.error();
        }
        StoreQuery update(db);
        update.prepare(isCheckIn ? SetCheckInSql : SetCheckOutSql);
        update.bindValue(QStringLiteral(":value"), instantText(newUtc));
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
             {QStringLiteral("old"), instantText(old)},
             {QStringLiteral("new"), instantText(newUtc)}},
            reason.trimmed()};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return {};
    });
    if (!attempt) {
        return attempt.error();
    }
    emit attendanceCorrected(attendanceId);
    return this->record(attendanceId);
}

Result<int> AttendanceCorrections::voidWindowMinutes() const
{
    const auto stored = SettingsService::read(m_database, SettingsService::VoidMinutes, QStringLiteral("5"));
    if (!stored) {
        return stored.error();
    }
    bool ok = false;
    const int minutes = stored.value().toInt(&ok);
    return ok && minutes >= 0 ? minutes : 5;
}

Result<AttendanceRecord> AttendanceCorrections::record(qint64 attendanceId) const
{
    return AttendanceReader(m_database, m_session).byId(attendanceId);
}

Result<AttendanceRecord> AttendanceCorrections::beginOn(WriteTransaction& transaction, qint64 attendanceId) const
{
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    return record(attendanceId);
}

Result<AttendanceRecord> AttendanceCorrections::voidCheckIn(qint64 attendanceId, const QString& reason)
{
    return voidEvent(attendanceId, true, reason);
}

Result<AttendanceRecord> AttendanceCorrections::voidCheckOut(qint64 attendanceId, const QString& reason)
{
    return voidEvent(attendanceId, false, reason);
}

Result<AttendanceRecord> AttendanceCorrections::voidEvent(qint64 attendanceId, bool checkIn, const QString& reason)
{
    // The station's own void needs what recorded the event; anything else needs VoidAttendance (below).
    if (!m_session.can(Permission::CheckInOut)) {
        if (auto allowed = m_session.require(Permission::VoidAttendance); !allowed) {
            return allowed.error();
        }
    }
    const auto window = voidWindowMinutes();
    if (!window) {
        return window.error();
    }
    const QSqlDatabase db = m_database.connection();
    auto after = WriteAttempts::run(db, [&]() -> Result<AttendanceRecord> {
        WriteTransaction transaction(db);
        auto record = beginOn(transaction, attendanceId);
        if (!record) {
            return record.error();
        }
        const QDateTime now = Clock::currentDateTimeUtc();
        DeparturePolicy::VoidRequest request {checkIn ? DeparturePolicy::VoidKind::CheckIn
                                                      : DeparturePolicy::VoidKind::CheckOut,
                                              Station::current(),
                                              now,
                                              window.value(),
                                              m_session.can(Permission::VoidAttendance),
                                              reason};
        // Past the station's own few minutes, or from another station: a role that may void any (a director).
        if (!DeparturePolicy::isWithinStationWindow(record.value(), request)) {
            if (auto allowed = m_session.require(Permission::VoidAttendance); !allowed) {
                return allowed.error();
            }
        }
        if (auto allowed = DeparturePolicy::mayVoid(record.value(), request); !allowed) {
            return allowed.error();
        }
        if (auto written = writeVoid(record.value(), request, false); !written) {
            return written.error();
        }
        auto after = this->record(attendanceId);
        if (!after) {
            return after.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return after;
    });
    if (!after) {
        return after.error();
    }
    emit attendanceCorrected(attendanceId);
    return after;
}

Result<void> AttendanceCorrections::writeVoid(const AttendanceRecord& r, const DeparturePolicy::VoidRequest& request,
                                              bool undo)
{
    const bool checkIn = request.kind == DeparturePolicy::VoidKind::CheckIn;
    const QSqlDatabase db = m_database.connection();
    const QDateTime& now = request.nowUtc;
    if (!checkIn) {
        StoreQuery later(db);
        later.prepare(LaterStaySql);
        later.bindValue(QStringLiteral(":child"), r.childId);
        later.bindValue(QStringLiteral(":id"), r.id);
        later.bindValue(QStringLiteral(":in"), instantText(r.checkedInAt));
        if (auto done = execRead(later); !done) {
            return done.error();
        }
        if (later.next()) {
            return Error {tr("%1 was checked in again after this check-out, so it cannot be voided: void or check "
                             "out the later stay first. Nothing was changed.")
                              .arg(isolated(r.childName))};
        }
        if (auto done = readComplete(later); !done) {
            return done.error();
        }
    }
    const QJsonObject voided = checkIn ? QJsonObject {{QStringLiteral("childId"), r.childId},
                                                      {QStringLiteral("checkedInAt"), instantText(r.checkedInAt)},
                                                      {QStringLiteral("securityCode"), r.securityCode},
                                                      {QStringLiteral("broughtByPersonId"), r.broughtByPersonId},
                                                      {QStringLiteral("broughtByStaffId"), r.broughtByStaffId},
                                                      {QStringLiteral("deskStaffId"), r.checkInDeskStaffId},
                                                      {QStringLiteral("station"), r.checkInStation}}
                                       : QJsonObject {{QStringLiteral("childId"), r.childId},
                                                      {QStringLiteral("checkedOutAt"), instantText(r.checkedOutAt)},
                                                      {QStringLiteral("collectedByPersonId"), r.collectedByPersonId},
                                                      {QStringLiteral("collectedByStaffId"), r.collectedByStaffId},
                                                      {QStringLiteral("deskStaffId"), r.checkOutDeskStaffId},
                                                      {QStringLiteral("overrideReason"), r.overrideReason},
                                                      {QStringLiteral("overrideByStaffId"), r.overrideByStaffId},
                                                      {QStringLiteral("lateMinutes"), r.lateMinutes},
                                                      {QStringLiteral("station"), r.checkOutStation}};
    const QString at = now.toString(Qt::ISODateWithMs);
    StoreQuery insert(db);
    insert.prepare(InsertVoidSql);
    insert.bindValue(QStringLiteral(":id"), r.id);
    insert.bindValue(QStringLiteral(":kind"), checkIn ? QStringLiteral("checkin") : QStringLiteral("checkout"));
    insert.bindValue(QStringLiteral(":value"), QString::fromUtf8(QJsonDocument(voided).toJson(QJsonDocument::Compact)));
    insert.bindValue(QStringLiteral(":reason"), sqlText(request.reason.trimmed()));
    insert.bindValue(QStringLiteral(":station"), sqlText(request.station));
    insert.bindValue(QStringLiteral(":by"),
                     m_session.actorId() ? QVariant(m_session.actorId()) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(QStringLiteral(":at"), at);
    if (auto done = execQuery(insert); !done) {
        return done.error();
    }
    StoreQuery update(db);
    update.prepare(checkIn ? VoidCheckInSql : ReopenSql);
    if (checkIn) {
        update.bindValue(QStringLiteral(":at"), at);
    }
    update.bindValue(QStringLiteral(":id"), r.id);
    if (auto done = execQuery(update); !done) {
        return done.error();
    }
    if (update.numRowsAffected() != 1) {
        return Error {tr("This record was changed at another desk meanwhile. Nothing was changed; look again.")};
    }
    if (auto sealed = RecordDigest::seal(db, QStringLiteral("attendance"), r.id); !sealed) {
        return sealed.error();
    }
    QJsonObject details = voided;
    details.insert(QStringLiteral("station"), request.station);
    details.insert(QStringLiteral("ownStation"), DeparturePolicy::isWithinStationWindow(r, request));
    if (undo) {
        details.insert(QStringLiteral("undo"), true);
    }
    AuditEntry entry {m_session.actorId(),
                      checkIn ? QStringLiteral("attendance.void_checkin") : QStringLiteral("attendance.void_checkout"),
                      QStringLiteral("attendance"),
                      r.id,
                      details,
                      request.reason.trimmed()};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    return {};
}

Result<QList<AttendanceRecord>> AttendanceCorrections::undo(const QList<qint64>& attendanceIds,
                                                            DeparturePolicy::VoidKind kind)
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    if (attendanceIds.isEmpty()) {
        return Error {tr("There is nothing to undo at this desk.")};
    }
    const auto window = voidWindowMinutes();
    if (!window) {
        return window.error();
    }
    const DeparturePolicy::VoidRequest request {
        kind, Station::current(), Clock::currentDateTimeUtc(), window.value(), false, tr("Undone at the desk")};
    auto after = WriteAttempts::run(m_database.connection(), [&]() -> Result<QList<AttendanceRecord>> {
        WriteTransaction transaction(m_database.connection());
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        for (qint64 id : attendanceIds) {
            const auto record = this->record(id);
            if (!record) {
                return record.error();
            }
            if (auto allowed = UndoPolicy::mayUndo(record.value(), request); !allowed) {
                return allowed.error();
            }
            if (auto written = writeVoid(record.value(), request, true); !written) {
                return written.error();
            }
        }
        QList<AttendanceRecord> after;
        for (qint64 id : attendanceIds) {
            auto record = this->record(id);
            if (!record) {
                return record.error();
            }
            after << record.value();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return after;
    });
    if (!after) {
        return after.error();
    }
    for (qint64 id : attendanceIds) {
        emit attendanceCorrected(id);
    }
    return after;
}

Result<QList<AttendanceRecord>> AttendanceCorrections::notCheckedOut(QDate day) const
{
    if (auto allowed = m_session.require(Permission::CorrectAttendance); !allowed) {
        return allowed.error();
    }
    return AttendanceReader(m_database, m_session).notCheckedOut(day);
}

Result<QList<AttendanceRecord>> AttendanceCorrections::checkedOutOn(QDate day) const
{
    auto records = AttendanceReader(m_database, m_session).forDay(day);
    if (!records) {
        return records.error();
    }
    QList<AttendanceRecord> out;
    for (const AttendanceRecord& r : records.value()) {
        if (r.checkedOutAt.isValid()) {
            out << r;
        }
    }
    return out;
}

} // namespace Kindred
