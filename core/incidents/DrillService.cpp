// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/DrillService.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/ReportHeader.h"
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

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto UnderWaySql = QStringLiteral(R"(SELECT id FROM drills WHERE ended_at IS NULL ORDER BY id DESC LIMIT 1)");
const auto InsertDrillSql = QStringLiteral(R"(
    INSERT INTO drills (kind, started_at, started_by_staff_id) VALUES (:kind, :at, :by) RETURNING id)");
const auto InsertEntrySql = QStringLiteral(R"(
    INSERT INTO drill_entries (drill_id, person_kind, person_id, name, room_name)
    VALUES (:drill, :kind, :person, :name, :room))");
const auto EntryStateSql = QStringLiteral(R"(
    SELECT e.accounted_at, d.ended_at IS NOT NULL, e.name FROM drill_entries e JOIN drills d ON d.id = e.drill_id
    WHERE e.drill_id = :drill AND e.person_kind = :kind AND e.person_id = :person)");
const auto MarkSql = QStringLiteral(R"(
    UPDATE drill_entries SET accounted_at = :at
    WHERE drill_id = :drill AND person_kind = :kind AND person_id = :person AND accounted_at IS NULL)");
const auto FinishSql = QStringLiteral(R"(
    UPDATE drills SET ended_at = :at, notes = :notes WHERE id = :id AND ended_at IS NULL)");
const auto SelectDrillsSql = QStringLiteral(R"(
    SELECT d.id, d.kind, d.started_at, d.ended_at, d.started_by_staff_id,
           coalesce(s.first_name || ' ' || s.last_name, ''), d.notes,
           (SELECT count(*) FROM drill_entries e WHERE e.drill_id = d.id),
           (SELECT count(*) FROM drill_entries e WHERE e.drill_id = d.id AND e.accounted_at IS NOT NULL)
    FROM drills d LEFT JOIN staff s ON s.id = d.started_by_staff_id
    WHERE (:id = 0 OR d.id = :drillId) AND d.started_at >= :from AND d.started_at < :to
    ORDER BY d.started_at DESC, d.id DESC)");
const auto SelectEntriesSql = QStringLiteral(R"(
    SELECT person_kind, person_id, name, room_name, accounted_at FROM drill_entries WHERE drill_id = :id ORDER BY id)");

QString utcText(QDate day)
{
    return QDateTime(day, QTime(0, 0), Clock::timeZone()).toUTC().toString(Qt::ISODateWithMs);
}

Result<QList<Drill>> selectDrills(const QSqlDatabase& db, qint64 drillId, const QString& from, const QString& to)
{
    QList<Drill> result;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectDrillsSql);
    query.bindValue(QStringLiteral(":id"), drillId);
    query.bindValue(QStringLiteral(":drillId"), drillId);
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        Drill d;
        d.id = query.value(0).toLongLong();
        d.kind = drillKindFromKey(query.value(1).toString());
        d.startedAt = instantFromSql(query.value(2));
        d.endedAt = instantFromSql(query.value(3));
        d.startedByStaffId = query.value(4).toLongLong();
        d.startedByName = query.value(5).toString();
        d.notes = query.value(6).toString();
        d.peopleCount = query.value(7).toInt();
        d.accountedCount = query.value(8).toInt();
        result << d;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return result;
}

QString durationText(qint64 secs)
{
    if (secs < 0) {
        return DrillService::tr("under way");
    }
    return DrillService::tr("%1 min %2 s").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DrillService::DrillService(Database& database, Session& session, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{ }

Result<qint64> DrillService::drillUnderWay() const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    StoreQuery query(m_database.connection());
    if (auto done = execRead(query, UnderWaySql); !done) {
        return done.error();
    }
    if (query.next()) {
        return query.value(0).toLongLong();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return qint64(0);
}

Result<qint64> DrillService::start(DrillKind kind)
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    const auto drillId = WriteAttempts::run(db, [&]() -> Result<qint64> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        const auto underWay = drillUnderWay();
        if (!underWay) {
            return underWay.error();
        }
        if (underWay.value() != 0) {
            return Error {tr("A drill is already under way. Finish it before starting another.")};
        }
        // Read inside the write transaction: nobody can check in or out between the roll and the record.
        const auto roll = RollCall(m_database, m_session).onPremises();
        if (!roll) {
            return roll.error(); // a drill on a roll with children missing would be worse than none
        }
        const QList<RollCallPerson>& people = roll.value();
        StoreQuery insert(db);
        insert.prepare(InsertDrillSql);
        insert.bindValue(QStringLiteral(":kind"), drillKindKey(kind));
        insert.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert.bindValue(QStringLiteral(":by"),
                         m_session.actorId() ? QVariant(m_session.actorId()) : QVariant(QMetaType::fromType<qint64>()));
        auto newId = execInsertReturningId(insert);
        if (!newId) {
            return newId.error();
        }
        const qint64 drillId = newId.value();
        for (const RollCallPerson& p : people) {
            StoreQuery entry(db);
            entry.prepare(InsertEntrySql);
            entry.bindValue(QStringLiteral(":drill"), drillId);
            entry.bindValue(QStringLiteral(":kind"), RollCallPerson::kindKey(p.kind));
            entry.bindValue(QStringLiteral(":person"), p.id);
            entry.bindValue(QStringLiteral(":name"), sqlText(p.name));
            entry.bindValue(QStringLiteral(":room"), sqlText(p.roomName));
            if (auto done = execQuery(entry); !done) {
                return done.error();
            }
        }
        AuditEntry audit {m_session.actorId(),
                          QStringLiteral("drill.start"),
                          QStringLiteral("drill"),
                          drillId,
                          m_session.auditDetails({{QStringLiteral("kind"), drillKindKey(kind)},
                                                  {QStringLiteral("people"), people.size()}}),
                          {}};
        if (auto audited = AuditLog::append(db, audit); !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        return drillId;
    });
    if (!drillId) {
        return drillId.error();
    }
    emit drillChanged(drillId.value());
    return drillId;
}

Result<QDateTime> DrillService::markAccounted(qint64 drillId, RollCallPerson::Kind kind, qint64 personId)
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    bool marked = false;
    const auto accountedAt = WriteAttempts::run(db, [&]() -> Result<QDateTime> {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        StoreQuery state(db);
        state.prepare(EntryStateSql);
        state.bindValue(QStringLiteral(":drill"), drillId);
        state.bindValue(QStringLiteral(":kind"), RollCallPerson::kindKey(kind));
        state.bindValue(QStringLiteral(":person"), personId);
        if (!state.exec() || !state.next()) {
            return Error {tr("That person is not on this drill's roll.")};
        }
        const QDateTime already = instantFromSql(state.value(0));
        const bool finished = state.value(1).toBool();
        state.finish();
        if (finished) {
            return Error {tr("This drill is finished; its roll can no longer be changed.")};
        }
        if (already.isValid()) {
            return already;
        }
        const QDateTime now = Clock::currentDateTimeUtc();
        StoreQuery mark(db);
        mark.prepare(MarkSql);
        mark.bindValue(QStringLiteral(":at"), now.toString(Qt::ISODateWithMs));
        mark.bindValue(QStringLiteral(":drill"), drillId);
        mark.bindValue(QStringLiteral(":kind"), RollCallPerson::kindKey(kind));
        mark.bindValue(QStringLiteral(":person"), personId);
        if (auto done = execQuery(mark); !done) {
            return done.error();
        }
        AuditEntry audit {m_session.actorId(),
                          QStringLiteral("drill.account"),
                          QStringLiteral("drill"),
                          drillId,
                          m_session.auditDetails({{QStringLiteral("personKind"), RollCallPerson::kindKey(kind)},
                                                  {QStringLiteral("personId"), personId}}),
                          {}};
        if (auto audited = AuditLog::append(db, audit); !audited) {
            return audited.error();
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
        marked = true;
        return now;
    });
    if (marked) {
        emit drillChanged(drillId);
    }
    return accountedAt;
}

Result<Drill> DrillService::finish(qint64 drillId, const QString& notes)
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    {
        const auto attempt = WriteAttempts::run(db, [&]() -> Result<void> {
            WriteTransaction transaction(db);
            if (auto begun = transaction.begin(); !begun) {
                return begun.error();
            }
            StoreQuery query(db);
            query.prepare(FinishSql);
            query.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            query.bindValue(QStringLiteral(":notes"), sqlText(notes.trimmed()));
            query.bindValue(QStringLiteral(":id"), drillId);
            if (auto done = execQuery(query); !done) {
                return done.error();
            }
            if (query.numRowsAffected() != 1) {
                return Error {tr("That drill is not on file, or was already finished.")};
            }
            query.finish();
            AuditEntry audit {m_session.actorId(),
                              QStringLiteral("drill.finish"),
                              QStringLiteral("drill"),
                              drillId,
                              m_session.auditDetails({{QStringLiteral("notes"), notes.trimmed()}}),
                              {}};
            if (auto audited = AuditLog::append(db, audit); !audited) {
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
    }
    emit drillChanged(drillId);
    return load(drillId);
}

Result<Drill> DrillService::load(qint64 drillId) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    const QSqlDatabase db = m_database.connection();
    const auto found = selectDrills(db, drillId, QStringLiteral("0000"), QStringLiteral("9999"));
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return Error {tr("That drill is not on file.")};
    }
    Drill drill = found->first();
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SelectEntriesSql);
    query.bindValue(QStringLiteral(":id"), drillId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    while (query.next()) {
        DrillEntry e;
        e.personKind = query.value(0).toString() == QLatin1String("staff") ? RollCallPerson::Kind::Staff
                                                                           : RollCallPerson::Kind::Child;
        e.personId = query.value(1).toLongLong();
        e.name = query.value(2).toString();
        e.roomName = query.value(3).toString();
        e.accountedAt = instantFromSql(query.value(4));
        drill.entries << e;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return drill;
}

Result<QList<Drill>> DrillService::drills(QDate from, QDate to) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    return selectDrills(m_database.connection(), 0, utcText(from), utcText(to.addDays(1)));
}

Result<ReportDocument> DrillService::drillLog(QDate from, QDate to) const
{
    if (auto allowed = m_session.require(Permission::ViewFamilies); !allowed) {
        return allowed.error();
    }
    ReportDocument doc;
    if (auto filled = ReportHeader::fillLetterhead(m_database, doc, tr("Kindred childcare centre")); !filled) {
        return filled.error();
    }
    doc.title = tr("Emergency drill log");
    doc.subtitle = tr("%1 – %2").arg(QLocale().toString(from, QLocale::ShortFormat),
                                     QLocale().toString(to, QLocale::ShortFormat));
    ReportDocument::Table table {{{tr("Started"), 1.2},
                                  {tr("Kind"), 1.1},
                                  {tr("Duration"), 0.8, Qt::AlignRight},
                                  {tr("On roll"), 0.7, Qt::AlignRight},
                                  {tr("Accounted for"), 1.1, Qt::AlignRight},
                                  {tr("Started by"), 1},
                                  {tr("Notes"), 1.8}},
                                 {},
                                 {}};
    const auto read = drills(from, to);
    if (!read) {
        return read.error();
    }
    const QList<Drill>& list = read.value();
    for (const Drill& d : list) {
        if (d.accountedCount < d.peopleCount) {
            table.highlightedRows << int(table.rows.size());
        }
        table.rows << QStringList {ReportHeader::shownAt(d.startedAt),
                                   drillKindName(d.kind),
                                   durationText(d.durationSecs()),
                                   QString::number(d.peopleCount),
                                   QString::number(d.accountedCount),
                                   d.startedByName,
                                   d.notes};
    }
    if (list.isEmpty()) {
        doc.addParagraph(tr("No drills were recorded in this period."), true);
    } else {
        doc.addTable(table);
    }
    doc.addSignatures({tr("Director")});
    return doc;
}

} // namespace Kindred
