// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/TicketWriter.h"

#include "base/Clock.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"
#include "tickets/TicketSearchStatements.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertEventSql = QStringLiteral(R"(
    INSERT INTO ticket_events (ticket_id, at_utc, author_staff_id, kind, shared, old_value, new_value, body)
    VALUES (:ticket, :at, :author, :kind, :shared, :old, :new, :body))");
const auto TicketTextSql = QStringLiteral(R"(SELECT subject, parent_words FROM tickets WHERE id = :id)");
const auto NotesSql = QStringLiteral(R"(
    SELECT body FROM ticket_events WHERE ticket_id = :id AND kind IN ('note', 'follow_up') ORDER BY id)");
const auto DeleteSearchSql = QStringLiteral(R"(DELETE FROM ticket_search WHERE rowid = :id)");
const auto InsertSearchSql = QStringLiteral(R"(INSERT INTO ticket_search (rowid, body) VALUES (:id, :body))");

} // namespace

Result<void> TicketWriter::appendEvent(const QSqlDatabase& db, qint64 ticketId, qint64 authorId, const Line& line)
{
    StoreQuery insert(db);
    insert.prepare(InsertEventSql);
    insert.bindValue(QStringLiteral(":ticket"), ticketId);
    insert.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    insert.bindValue(QStringLiteral(":author"), sqlId(authorId));
    insert.bindValue(QStringLiteral(":kind"), ticketEventKindKey(line.kind));
    insert.bindValue(QStringLiteral(":shared"), line.shared ? 1 : 0);
    insert.bindValue(QStringLiteral(":old"), sqlText(line.oldValue));
    insert.bindValue(QStringLiteral(":new"), sqlText(line.newValue));
    insert.bindValue(QStringLiteral(":body"), sqlText(line.body));
    return execQuery(insert);
}

Result<void> TicketWriter::reindex(const QSqlDatabase& db, qint64 ticketId)
{
    QStringList parts;
    StoreQuery text(db);
    text.prepare(TicketTextSql);
    text.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execQuery(text); !done) {
        return done;
    }
    if (text.next()) {
        parts << text.value(0).toString() << text.value(1).toString();
    }
    text.finish();
    StoreQuery notes(db);
    notes.prepare(NotesSql);
    notes.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execQuery(notes); !done) {
        return done;
    }
    while (notes.next()) {
        parts << notes.value(0).toString();
    }
    if (auto done = readComplete(notes); !done) {
        return done.error();
    }
    notes.finish();

    StoreQuery remove(db);
    remove.prepare(DeleteSearchSql);
    remove.bindValue(QStringLiteral(":id"), ticketId);
    if (auto done = execQuery(remove); !done) {
        return done;
    }
    StoreQuery insert(db);
    insert.prepare(InsertSearchSql);
    insert.bindValue(QStringLiteral(":id"), ticketId);
    insert.bindValue(QStringLiteral(":body"), sqlText(TicketSearchStatements(db).body(parts.join(QLatin1Char('\n')))));
    return execQuery(insert);
}

Result<void> TicketWriter::record(const QSqlDatabase& db, qint64 ticketId, qint64 authorId, const Line& line,
                                  const QString& verb, const QJsonObject& details, const QString& reason)
{
    if (auto appended = appendEvent(db, ticketId, authorId, line); !appended) {
        return appended;
    }
    return AuditLog::append(
        db,
        AuditEntry {authorId, QStringLiteral("ticket.") + verb, QStringLiteral("ticket"), ticketId, details, reason});
}

} // namespace Kindred
