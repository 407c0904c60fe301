// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/AttendanceRules.h"

#include "centre/SettingsService.h"

namespace Kindred {

QTime AttendanceRules::parseTime(const QString& text, QTime fallback)
{
    const QTime parsed = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
    return parsed.isValid() ? parsed : fallback;
}

Result<QTime> AttendanceRules::closingTime(Database& database)
{
    const auto setting = SettingsService::read(database, SettingsService::ClosingTime);
    if (!setting) {
        return setting.error();
    }
    return parseTime(setting.value(), QTime(18, 0));
}

QDateTime AttendanceRules::closingInstant(QDate day, QTime closing, const QTimeZone& zone)
{
    return QDateTime(day, closing, zone).toUTC();
}

int AttendanceRules::lateMinutes(const QDateTime& checkOutUtc, QTime closing, const QTimeZone& zone)
{
    const QDate day = localDay(checkOutUtc, zone);
    const qint64 seconds = closingInstant(day, closing, zone).secsTo(checkOutUtc);
    return seconds > 0 ? int(seconds / 60) : 0;
}

bool AttendanceRules::isStillHereAfterClosing(QDate checkInDay, const QDateTime& nowUtc, QTime closing,
                                              const QTimeZone& zone)
{
    return nowUtc > closingInstant(checkInDay, closing, zone);
}

QDate AttendanceRules::localDay(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date();
}

} // namespace Kindred
