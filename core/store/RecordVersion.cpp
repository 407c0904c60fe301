// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RecordVersion.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto LastChangeSql = QStringLiteral(R"(
    SELECT a.at_utc, coalesce(a.actor_staff_id, 0), coalesce(s.first_name || ' ' || s.last_name, '')
    FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_staff_id
    WHERE a.entity = :entity AND a.entity_id = :id ORDER BY a.id DESC LIMIT 1)");

} // namespace

Result<int> RecordVersion::read(const QSqlDatabase& db, const QString& selectSql, qint64 id)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(selectSql);
    query.bindValue(QStringLiteral(":id"), id);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    if (query.next()) {
        return query.value(0).toInt();
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return 0;
}

Result<void> RecordVersion::check(const QSqlDatabase& db, const QString& selectSql, qint64 id, int loaded,
                                  const QString& entity, const QString& recordName)
{
    return check(db, selectSql, id, loaded, entity, recordName, {}, nullptr);
}

Result<void> RecordVersion::check(const QSqlDatabase& db, const QString& selectSql, qint64 id, int loaded,
                                  const QString& entity, const QString& recordName, const QString& table,
                                  const RecordFields* loadedFields)
{
    const auto current = read(db, selectSql, id);
    if (!current) {
        return current.error();
    }
    if (current.value() == loaded) {
        return {};
    }
    if (current.value() == 0) {
        QString name = recordName;
        if (!name.isEmpty()) {
            name[0] = name.at(0).toUpper();
        }
        Error gone {tr("%1 is no longer on file (it was removed at another desk). Nothing was saved.").arg(name)};
        gone.code = Error::Code::Conflict;
        return gone;
    }
    RecordFields changed;
    if (loadedFields) {
        auto differ = FieldChanges::againstFile(db, table, id, *loadedFields);
        if (!differ) {
            return differ.error();
        }
        changed = differ.value();
    }
    return refuse(db, entity, id, FieldChanges::clause(recordName, changed));
}

Result<void> RecordVersion::refuse(const QSqlDatabase& db, const QString& entity, qint64 id, const QString& whatChanged)
{
    const auto change = lastChange(db, entity, id);
    if (!change) {
        return change.error();
    }
    return conflict(whatChanged, change.value());
}

Result<LastChange> RecordVersion::lastChange(const QSqlDatabase& db, const QString& entity, qint64 id)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(LastChangeSql);
    query.bindValue(QStringLiteral(":entity"), entity);
    query.bindValue(QStringLiteral(":id"), id);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    LastChange change;
    if (query.next()) {
        change.known = true;
        change.atUtc = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        change.actorId = query.value(1).toLongLong();
        change.actorName = change.actorId == 0 ? tr("the system") : query.value(2).toString();
        return change;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return change;
}

Error RecordVersion::conflict(const QString& whatChanged, const LastChange& change)
{
    QString what = whatChanged;
    if (!what.isEmpty()) {
        what[0] = what.at(0).toUpper();
    }
    QString happened;
    if (change.known && change.atUtc.isValid()) {
        const QDateTime local = change.atUtc.toTimeZone(Clock::timeZone());
        const QLocale locale;
        const QString when = local.date() == Clock::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                                  : locale.toString(local, QLocale::ShortFormat);
        happened = tr("%1 at another desk at %2 by %3.").arg(what, when, isolated(change.actorName));
    } else {
        happened = tr("%1 at another desk.").arg(what);
    }
    Error error {happened + QLatin1Char(' ')
                 + tr("Nothing was saved, and what you typed is still here. Reload to see the change, then make "
                      "yours again.")};
    error.code = Error::Code::Conflict;
    return error;
}

QString RecordVersion::changedClause(const QString& recordName)
{
    return tr("%1 was changed").arg(recordName);
}

} // namespace Kindred
