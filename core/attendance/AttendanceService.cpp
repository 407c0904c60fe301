// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceService.h"

#include "attendance/AttendanceFactsReader.h"
#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceRules.h"
#include "attendance/AttendanceWriter.h"
#include "attendance/DeparturePolicy.h"
#include "attendance/SecurityCode.h"
#include "attendance/StaffPresence.h"
#include "audit/AuditLog.h"
#include "base/BidiText.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "security/SignInService.h"
#include "store/Database.h"
#include "store/InsertId.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "store/WriteAttempts.h"
#include "store/WriteTransaction.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertAbsenceSql = QStringLiteral(R"(
    INSERT INTO absences (child_id, day, reason, recorded_by_staff_id, recorded_at)
    VALUES (:child, :day, :reason, :by, :at) RETURNING id)");
const auto AbsenceExistsSql = QStringLiteral(R"(SELECT reason FROM absences WHERE child_id = :child AND day = :day)");

QString decisionKey(const ReleaseDecision& decision)
{
    switch (decision.verdict) {
    case ReleaseDecision::Verdict::Authorised:
        return QStringLiteral("authorised");
    case ReleaseDecision::Verdict::Overridden:
        return QStringLiteral("overridden");
    case ReleaseDecision::Verdict::Refused:
        break;
    }
    return QStringLiteral("refused");
}

} // namespace

AttendanceService::AttendanceService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<QList<AttendanceRecord>> AttendanceService::checkIn(const QList<qint64>& childIds, qint64 broughtByPersonId,
                                                           qint64 deskStaffId)
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    if (childIds.isEmpty()) {
        return Error {tr("Choose the children to check in.")};
    }
    const QSqlDatabase db = m_database.connection();
    AttendanceWriter writer(db, m_session.actorId());
    AttendanceFactsReader facts(db);
    auto records = WriteAttempts::run(db, [&]() -> Result<QList<AttendanceRecord>> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        auto adult = facts.adult(broughtByPersonId);
        if (!adult) {
            return adult.error();
        }
        const QDateTime now = Clock::currentDateTimeUtc();
        const QDate day = AttendanceRules::localDay(now, Clock::timeZone());
        const AttendanceWriter::Arrival arrival {
            broughtByPersonId, 0, deskStaffId ? deskStaffId : m_session.actorId(), {}};
        QList<qint64> ids;
        for (qint64 childId : childIds) {
            auto child = facts.child(childId, m_session.siteId());
            if (!child) {
                return child.error();
            }
            if (child->familyId != adult->familyId) {
                return fieldError(QStringLiteral("adult"),
                                  tr("%1 is not an adult of %2's family. Choose who brought %2 from the family's list.")
                                      .arg(isolated(adult->name), isolated(child->name)));
            }
            // Away with staff, the child comes back with the group: an adult "bringing" them back would mean
            // they were handed to that adult outside the pickup rules.
            auto away = facts.leftWithStaff(childId, day, Clock::timeZone());
            if (!away) {
                return away.error();
            }
            if (away->attendanceId != 0) {
                return DeparturePolicy::awayWithStaff(child->name, away->staffName, away->groupLabel, away->sinceUtc);
            }
            auto id = writer.checkIn(child.value(), arrival, now, day);
            if (!id) {
                return id.error();
            }
            ids << id.value();
        }
        // Read back before the commit: a read that fails after it would report a check-in that was made as
        // failed (or drop a child's label); before it, the failure rolls the whole check-in back.
        AttendanceReader reader(m_database, m_session);
        QList<AttendanceRecord> records;
        for (qint64 id : std::as_const(ids)) {
            auto record = reader.byId(id);
            if (!record) {
                return record.error();
            }
            records << record.value();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return records;
    });
    if (!records) {
        return records.error();
    }
    for (qint64 childId : childIds) {
        emit attendanceChanged(childId);
    }
    return records;
}

QList<GroupOutcome> AttendanceService::groupCheckIn(const QList<qint64>& childIds, qint64 staffId,
                                                    const QString& groupLabel)
{
    return recordGroup(childIds, staffId, [&](AttendanceWriter& writer, const ChildFacts& child, const QDateTime& now) {
        const AttendanceWriter::Arrival arrival {0, staffId, m_session.actorId() ? m_session.actorId() : staffId,
                                                 groupLabel.trimmed()};
        return writer.checkIn(child, arrival, now, AttendanceRules::localDay(now, Clock::timeZone()));
    });
}

QList<GroupOutcome> AttendanceService::recordGroup(const QList<qint64>& childIds, qint64 staffId, const GroupStep& step)
{
    // Each child is its own transaction and its own record: one refusal does not stop the group.
    QList<GroupOutcome> outcomes;
    const QSqlDatabase db = m_database.connection();
    AttendanceWriter writer(db, m_session.actorId());
    AttendanceFactsReader facts(db);
    AttendanceReader reader(m_database, m_session);
    for (qint64 childId : childIds) {
        GroupOutcome outcome {childId, false, {}, {}, false, {}};
        const auto recordOne = [&]() -> Result<qint64> {
            if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
                return allowed.error();
            }
            WriteTransaction transaction(db);
            if (auto begun = transaction.begin(); !begun) {
                return begun.error();
            }
            if (auto staff = facts.staffName(staffId); !staff) {
                return staff.error();
            }
            auto child = facts.child(childId, m_session.siteId());
            if (!child) {
                return child.error();
            }
            auto id = step(writer, child.value(), Clock::currentDateTimeUtc());
            if (!id) {
                return id.error();
            }
            if (auto committed = transaction.commit(); !committed) {
                return committed.error();
            }
            return id;
        };
        if (auto id = WriteAttempts::run(db, recordOne); id) {
            outcome.ok = true;
            if (auto record = reader.byId(id.value()); record) {
                outcome.record = record.value();
            }
            emit attendanceChanged(childId);
        } else {
            outcome.message = id.errorString();
            outcome.field = id.error().field;
            outcome.busy = id.error().code == Error::Code::Busy;
        }
        outcomes << outcome;
    }
    return outcomes;
}

Result<ReleaseDecision> AttendanceService::releaseDecision(qint64 childId, qint64 adultPersonId,
                                                           const QString& overrideReason) const
{
    // The decision names restrictions and their court orders: only for who may check children out.
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    AttendanceFactsReader facts(m_database.connection());
    auto child = facts.child(childId, m_session.siteId());
    if (!child) {
        return child.error();
    }
    auto adult = facts.adult(adultPersonId);
    if (!adult) {
        return adult.error();
    }
    auto rules = facts.rules(child.value());
    if (!rules) {
        return rules.error();
    }
    return PickupPolicy::decide(rules.value(), adult.value(), Clock::currentDate(), m_session.actor(),
                                m_session.can(Permission::OverridePickup), overrideReason);
}

Result<AttendanceRecord> AttendanceService::checkOut(qint64 childId, qint64 adultPersonId, qint64 deskStaffId,
                                                     const QString& overrideReason, const QString& directorPin)
{
    return checkOutChild(childId, adultPersonId, deskStaffId, overrideReason, directorPin);
}

Result<AttendanceRecord> AttendanceService::checkOutByCode(const QString& code, qint64 adultPersonId,
                                                           qint64 deskStaffId, const QString& overrideReason,
                                                           const QString& directorPin)
{
    auto found = AttendanceReader(m_database, m_session).byCode(SecurityCode::normalise(code), Clock::currentDate());
    if (!found) {
        return found.error();
    }
    if (!found->isPresent()) {
        return Error {tr("%1 was already checked out today. Nothing was recorded.").arg(isolated(found->childName))};
    }
    return checkOutChild(found->childId, adultPersonId, deskStaffId, overrideReason, directorPin);
}

Result<bool> AttendanceService::confirmDirectorPin(const QString& overrideReason, const QString& directorPin)
{
    // Checked before the check-out's transaction: a wrong PIN is recorded (and slows the next try) in
    // SignInService's own transaction, which must not be rolled back with the refused check-out.
    if (overrideReason.trimmed().isEmpty() || directorPin.isEmpty()) {
        return false;
    }
    if (!m_session.isSignedIn()) {
        return fieldError(QStringLiteral("directorPin"),
                          tr("Only a director signed in at this desk can override a court order."));
    }
    if (auto verified = SignInService(m_database, m_session).verify(m_session.actorId(), directorPin); !verified) {
        return fieldError(QStringLiteral("directorPin"), verified.errorString());
    }
    return true;
}

Result<AttendanceRecord> AttendanceService::checkOutChild(qint64 childId, qint64 adultPersonId, qint64 deskStaffId,
                                                          const QString& overrideReason, const QString& directorPin)
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    auto pinConfirmed = confirmDirectorPin(overrideReason, directorPin);
    if (!pinConfirmed) {
        return pinConfirmed.error();
    }
    const QSqlDatabase db = m_database.connection();
    AttendanceWriter writer(db, m_session.actorId());
    AttendanceFactsReader facts(db);
    const auto closing = AttendanceRules::closingTime(m_database);
    if (!closing) {
        return closing.error();
    }
    auto record = WriteAttempts::run(db, [&]() -> Result<AttendanceRecord> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        auto child = facts.child(childId, m_session.siteId());
        if (!child) {
            return child.error();
        }
        auto adult = facts.adult(adultPersonId);
        if (!adult) {
            return adult.error();
        }
        const QDateTime now = Clock::currentDateTimeUtc();
        const QDate today = AttendanceRules::localDay(now, Clock::timeZone());
        auto away = facts.leftWithStaff(childId, today, Clock::timeZone());
        if (!away) {
            return away.error();
        }
        if (away->attendanceId != 0) {
            return DeparturePolicy::awayWithStaff(child->name, away->staffName, away->groupLabel, away->sinceUtc);
        }
        auto rules = facts.rules(child.value());
        if (!rules) {
            return rules.error();
        }
        const ReleaseDecision decision
            = PickupPolicy::decide(rules.value(), adult.value(), today, m_session.actor(),
                                   m_session.can(Permission::OverridePickup), overrideReason, pinConfirmed.value());
        if (!decision.allowed()) {
            return fieldError(decision.needsDirectorPin     ? QStringLiteral("directorPin")
                                  : decision.isRestricted() ? QStringLiteral("restricted")
                                                            : QStringLiteral("adult"),
                              decision.message);
        }
        AttendanceWriter::Departure departure;
        departure.collectedByPersonId = adultPersonId;
        departure.deskStaffId = deskStaffId ? deskStaffId : m_session.actorId();
        if (decision.verdict == ReleaseDecision::Verdict::Overridden) {
            departure.overrideReason = decision.overrideReason;
            departure.overrideByStaffId = m_session.actorId();
        }
        departure.lateMinutes = AttendanceRules::lateMinutes(now, closing.value(), Clock::timeZone());
        departure.decision = decisionKey(decision);
        auto id = writer.checkOut(child.value(), departure, now);
        if (!id) {
            return id.error();
        }
        // Read back before the commit, as checkIn does: after it, a failed read would say "nothing was
        // changed" about a child who has been checked out.
        auto record = AttendanceReader(m_database, m_session).byId(id.value());
        if (!record) {
            return record.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return record;
    });
    if (!record) {
        return record.error();
    }
    emit attendanceChanged(childId);
    return record;
}

QList<GroupOutcome> AttendanceService::groupCheckOut(const QList<qint64>& childIds, qint64 staffId,
                                                     const QString& groupLabel, const QString& overrideReason,
                                                     const QString& directorPin)
{
    // Once for the group, before anything is written: a wrong PIN is one failed try, and refuses every child.
    const auto pinConfirmed = confirmDirectorPin(overrideReason, directorPin);
    if (!pinConfirmed) {
        QList<GroupOutcome> refused;
        for (qint64 childId : childIds) {
            refused << GroupOutcome {childId, false, pinConfirmed.errorString(), {}, false, pinConfirmed.error().field};
        }
        return refused;
    }
    const auto closing = AttendanceRules::closingTime(m_database);
    return recordGroup(childIds, staffId, [&](AttendanceWriter& writer, const ChildFacts& child, const QDateTime& now) {
        if (!closing) {
            return Result<qint64>(closing.error()); // each child told why, none checked out
        }
        // Read inside the child's write transaction: who is present, and the restrictions, as they are now.
        const AttendanceFactsReader facts(m_database.connection());
        auto staffName = facts.staffName(staffId);
        if (!staffName) {
            return Result<qint64>(staffName.error());
        }
        auto present = StaffPresence(m_database, m_session).isPresent(staffId);
        if (!present) {
            return Result<qint64>(present.error());
        }
        auto rules = facts.rules(child);
        if (!rules) {
            return Result<qint64>(rules.error());
        }
        bool overridden = false;
        if (auto allowed = DeparturePolicy::mayLeaveWithStaff(rules.value(), staffName.value(), present.value(),
                                                              m_session.can(Permission::OverridePickup), overrideReason,
                                                              pinConfirmed.value(), &overridden);
            !allowed) {
            return Result<qint64>(allowed.error());
        }
        AttendanceWriter::Departure departure;
        departure.collectedByStaffId = staffId;
        departure.deskStaffId = m_session.actorId() ? m_session.actorId() : staffId;
        if (overridden) {
            departure.overrideReason = overrideReason.trimmed();
            departure.overrideByStaffId = m_session.actorId();
        }
        departure.lateMinutes = AttendanceRules::lateMinutes(now, closing.value(), Clock::timeZone());
        departure.decision = QStringLiteral("group:") + groupLabel.trimmed();
        return writer.checkOut(child, departure, now);
    });
}

Result<Absence> AttendanceService::recordAbsence(qint64 childId, QDate day, const QString& reason)
{
    if (auto allowed = m_session.require(Permission::CheckInOut); !allowed) {
        return allowed.error();
    }
    if (reason.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("reason"), tr("Say why the child is away (for example \"Sick\")."));
    }
    const QSqlDatabase db = m_database.connection();
    AttendanceFactsReader facts(db);
    auto absence = WriteAttempts::run(db, [&]() -> Result<Absence> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        auto child = facts.child(childId, m_session.siteId());
        if (!child) {
            return child.error();
        }
        auto open = facts.openAttendanceId(childId);
        if (!open) {
            return open.error();
        }
        if (open.value() != 0 && day == Clock::currentDate()) {
            return Error {tr("%1 is checked in today, so cannot be marked absent. Nothing was recorded.")
                              .arg(isolated(child->name))};
        }
        StoreQuery exists(db);
        exists.prepare(AbsenceExistsSql);
        exists.bindValue(QStringLiteral(":child"), childId);
        exists.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        if (exists.exec() && exists.next()) {
            return Error {tr("%1 is already marked absent that day (%2).")
                              .arg(isolated(child->name), exists.value(0).toString())};
        }
        exists.finish();
        Absence absence {0, childId, day, reason.trimmed(), m_session.actorId(), Clock::currentDateTimeUtc()};
        StoreQuery insert(db);
        insert.prepare(InsertAbsenceSql);
        insert.bindValue(QStringLiteral(":child"), childId);
        insert.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":reason"), absence.reason);
        insert.bindValue(QStringLiteral(":by"), sqlId(absence.recordedByStaffId));
        insert.bindValue(QStringLiteral(":at"), absence.recordedAt.toString(Qt::ISODateWithMs));
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        absence.id = newId.value();
        AuditEntry entry {m_session.actorId(),
                          QStringLiteral("attendance.absence"),
                          QStringLiteral("absence"),
                          absence.id,
                          {{QStringLiteral("childId"), childId},
                           {QStringLiteral("day"), day.toString(Qt::ISODate)},
                           {QStringLiteral("reason"), absence.reason}},
                          absence.reason};
        if (auto audited = AuditLog::append(db, entry); !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return absence;
    });
    if (!absence) {
        return absence.error();
    }
    emit attendanceChanged(childId);
    return absence;
}

} // namespace Kindred
