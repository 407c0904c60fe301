// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardData.h"

#include "Clock.h"
#include "Database.h"
#include "SettingsStore.h"
#include "StoreError.h"

#include <QSqlQuery>

namespace Kindred {
namespace {

const auto PerDaySql = QStringLiteral(R"(
    SELECT day, count(DISTINCT child_id) FROM attendance WHERE day >= :from AND day <= :to
    GROUP BY day ORDER BY day)");
const auto StaysSql = QStringLiteral(R"(
    SELECT CAST(round((julianday(checked_in_at) - 2440587.5) * 86400000) AS INTEGER),
           CAST(round((julianday(checked_out_at) - 2440587.5) * 86400000) AS INTEGER)
    FROM attendance WHERE day = :day)");

} // namespace

DashboardData::DashboardData(Database& database)
    : m_database(database)
{ }

Result<QList<QPair<QDate, int>>> DashboardData::attendancePerDay(QDate from, QDate to) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(PerDaySql);
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    QList<QPair<QDate, int>> days;
    while (query.next()) {
        days << qMakePair(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toInt());
    }
    return days;
}

Result<QList<QPair<int, int>>> DashboardData::presentByHour(QDate day) const
{
    SettingsStore settings(m_database);
    const int opening = QTime::fromString(settings.value(SettingsStore::OpeningTime, QStringLiteral("07:00")),
                                          QStringLiteral("HH:mm"))
                            .hour();
    int closing = QTime::fromString(settings.value(SettingsStore::ClosingTime, QStringLiteral("18:00")),
                                    QStringLiteral("HH:mm"))
                      .hour();
    closing = closing > opening ? closing : 18;
    const QTimeZone zone = Clock::timeZone();
    const qint64 now = Clock::currentDateTimeUtc().toMSecsSinceEpoch();
    const qint64 endOfDay = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(StaysSql);
    query.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    QList<QPair<int, int>> hours;
    for (int h = std::max(0, opening); h <= std::min(23, closing); ++h) {
        hours << qMakePair(h, 0);
    }
    while (query.next()) {
        const qint64 in = query.value(0).toLongLong();
        const qint64 out = query.value(1).isNull() ? std::min(now, endOfDay) : query.value(1).toLongLong();
        for (auto& [hour, count] : hours) {
            const qint64 at = QDateTime(day, QTime(hour, 0), zone).toMSecsSinceEpoch();
            count += (in <= at && at < out) ? 1 : 0;
        }
    }
    return hours;
}

} // namespace Kindred
