// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/SignInFailures.h"

#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto InsertSql = QStringLiteral(R"(
    INSERT INTO sign_in_failures (at_utc, station, locked_until) VALUES (:at, :station, :until))");
const auto StationSql = QStringLiteral(R"(
    SELECT CAST(coalesce(sum(CASE WHEN at_utc > :since THEN 1 ELSE 0 END), 0) AS BIGINT), max(locked_until)
    FROM sign_in_failures
    WHERE station = :station AND at_utc > :recent AND cleared_at IS NULL)");
const auto ClearSql = QStringLiteral(R"(
    UPDATE sign_in_failures SET cleared_at = :at WHERE station = :station AND cleared_at IS NULL)");
const auto SinceSql
    = QStringLiteral(R"(SELECT at_utc, station FROM sign_in_failures WHERE at_utc > :since ORDER BY at_utc, id)");
const auto SeenSql = QStringLiteral(R"(SELECT seen_until FROM sign_in_failure_notices WHERE staff_id = :id)");
const auto SetSeenSql = QStringLiteral(R"(
    INSERT INTO sign_in_failure_notices (staff_id, seen_until) VALUES (:id, :until)
    ON CONFLICT (staff_id) DO UPDATE SET seen_until = excluded.seen_until)");

} // namespace

SignInFailures::SignInFailures(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<void> SignInFailures::record(const QString& station, const QDateTime& at, const QDateTime& lockedUntil)
{
    StoreQuery query(m_db);
    query.prepare(InsertSql);
    query.bindValue(QStringLiteral(":at"), instantText(at));
    query.bindValue(QStringLiteral(":station"), station);
    query.bindValue(QStringLiteral(":until"),
                    lockedUntil.isValid() ? QVariant(instantText(lockedUntil))
                                          : QVariant(QMetaType::fromType<QString>()));
    return execQuery(query);
}

Result<StationFailures> SignInFailures::atStation(const QString& station, const QDateTime& since) const
{
    StoreQuery query(m_db);
    query.prepare(StationSql);
    query.bindValue(QStringLiteral(":station"), station);
    query.bindValue(QStringLiteral(":since"), instantText(since));
    // A wait lasts 15 minutes at most: a failure an hour before `since` holds none any more.
    query.bindValue(QStringLiteral(":recent"), instantText(since.addSecs(-3600)));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    StationFailures failures;
    if (query.next()) {
        failures.count = query.value(0).toInt();
        failures.lockedUntil = instantFromSql(query.value(1));
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return failures;
}

Result<int> SignInFailures::clear(const QString& station, const QDateTime& at)
{
    StoreQuery query(m_db);
    query.prepare(ClearSql);
    query.bindValue(QStringLiteral(":at"), instantText(at));
    query.bindValue(QStringLiteral(":station"), station);
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    return query.numRowsAffected();
}

Result<QList<SignInFailure>> SignInFailures::since(const QDateTime& since) const
{
    StoreQuery query(m_db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(SinceSql);
    query.bindValue(QStringLiteral(":since"), instantText(since));
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QList<SignInFailure> failures;
    while (query.next()) {
        failures.append({instantFromSql(query.value(0)), query.value(1).toString()});
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return failures;
}

Result<QDateTime> SignInFailures::noticeSeenUntil(qint64 staffId) const
{
    StoreQuery query(m_db);
    query.prepare(SeenSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    QDateTime seen;
    if (query.next()) {
        seen = instantFromSql(query.value(0));
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return seen;
}

Result<void> SignInFailures::setNoticeSeenUntil(qint64 staffId, const QDateTime& until)
{
    StoreQuery query(m_db);
    query.prepare(SetSeenSql);
    query.bindValue(QStringLiteral(":id"), staffId);
    query.bindValue(QStringLiteral(":until"), instantText(until));
    return execQuery(query);
}

} // namespace Kindred
