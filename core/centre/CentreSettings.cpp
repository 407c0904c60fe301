// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/CentreSettings.h"

#include "base/BidiText.h"
#include "base/Clock.h"
#include "base/LanguageChoice.h"

#include "centre/IdleLock.h"
#include "centre/SettingsService.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Kindred {
namespace {

const auto TimeFormat = QStringLiteral("HH:mm");

QTime timeOr(const QString& text, QTime fallback)
{
    const QTime time = QTime::fromString(text, TimeFormat);
    return time.isValid() ? time : fallback;
}

} // namespace

Result<CentreSettings> CentreSettings::load(const Database& database)
{
    CentreSettings s;
    QHash<QString, QString> read;
    for (const QString& key : {SettingsService::CentreName, SettingsService::CentreAddress,
                               SettingsService::CentrePhone, SettingsService::CentreTimeZone, SettingsService::Currency,
                               SettingsService::Language, SettingsService::OpeningTime, SettingsService::ClosingTime,
                               IdleLock::SettingKey, SettingsService::VoidMinutes, SettingsService::LateMinutes}) {
        auto value = SettingsService::read(database, key);
        if (!value) {
            return value.error();
        }
        read.insert(key, value.value());
    }
    s.name = read.value(SettingsService::CentreName);
    s.address = read.value(SettingsService::CentreAddress);
    s.phone = read.value(SettingsService::CentrePhone);
    s.timeZone = read.value(SettingsService::CentreTimeZone);
    s.currency = read.value(SettingsService::Currency);
    s.language = read.value(SettingsService::Language);
    s.opening = timeOr(read.value(SettingsService::OpeningTime), s.opening);
    s.closing = timeOr(read.value(SettingsService::ClosingTime), s.closing);
    s.idleLockMinutes = IdleLock::minutesFromSetting(read.value(IdleLock::SettingKey));
    bool undoOk = false;
    const int undo = read.value(SettingsService::VoidMinutes).toInt(&undoOk);
    s.undoMinutes = undoOk && undo >= 0 ? undo : 5; // as AttendanceCorrections::voidWindowMinutes reads it
    bool lateOk = false;
    const int late = read.value(SettingsService::LateMinutes).trimmed().toInt(&lateOk);
    s.lateMinutes = lateOk ? std::clamp(late, 0, MaxLateMinutes) : 15; // as ExpectedToday::lateMinutes reads it
    return s;
}

void CentreSettings::applyTimeZone(const Database& database)
{
    // Called as the window opens, where there is nobody to ask: the computer's zone stands in until the
    // file can be read, and the diagnostic log says so. Reports do not guess (savedTimeZone()).
    const QString id = SettingsService::readOrSafeFallback(database, SettingsService::CentreTimeZone, QString());
    const QTimeZone zone(id.toUtf8());
    Clock::setTimeZone(zone.isValid() ? zone : QTimeZone::systemTimeZone());
}

Result<QTimeZone> CentreSettings::savedTimeZone(const Database& database)
{
    const auto id = SettingsService::read(database, SettingsService::CentreTimeZone);
    if (!id) {
        return id.error();
    }
    const QTimeZone zone(id->toUtf8());
    if (id->isEmpty() || !zone.isValid()) {
        return Error {tr("set the centre's time zone first (Settings, in Kindred's window): days and hours are "
                         "counted in the centre's time, and this file does not say which it is.")};
    }
    return zone;
}

Result<QString> CentreSettings::timeZoneToConfirm(const Database& database)
{
    return SettingsService::read(database, SettingsService::CentreTimeZoneToConfirm);
}

Result<void> CentreSettings::confirmTimeZone(SettingsService& settings)
{
    return settings.setValue(SettingsService::CentreTimeZoneToConfirm, QString());
}

Result<void> CentreSettings::validate() const
{
    if (name.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("name"),
                          tr("Nothing was changed: the centre needs a name (it heads every printed report)."));
    }
    if (!opening.isValid() || !closing.isValid()) {
        return fieldError(opening.isValid() ? QStringLiteral("closing") : QStringLiteral("opening"),
                          tr("Nothing was changed: give the opening and closing times as hours and minutes."));
    }
    if (closing <= opening) {
        return fieldError(QStringLiteral("closing"),
                          tr("Nothing was changed: the closing time (%1) must be after the opening time (%2).")
                              .arg(closing.toString(TimeFormat), opening.toString(TimeFormat)));
    }
    if (idleLockMinutes < 0 || idleLockMinutes > MaxIdleLockMinutes) {
        return fieldError(QStringLiteral("idleLockMinutes"),
                          tr("Nothing was changed: the screen locks after 1 to %n minute(s), or 0 for never.", nullptr,
                             MaxIdleLockMinutes));
    }
    if (undoMinutes < 0 || undoMinutes > MaxUndoMinutes) {
        return fieldError(QStringLiteral("undoMinutes"),
                          tr("Nothing was changed: the desk may undo a check-in or check-out for 0 to %n minute(s).",
                             nullptr, MaxUndoMinutes));
    }
    if (lateMinutes < 0 || lateMinutes > MaxLateMinutes) {
        return fieldError(QStringLiteral("lateMinutes"),
                          tr("Nothing was changed: a child is late 0 to %n minute(s) after their booked arrival.",
                             nullptr, MaxLateMinutes));
    }
    if (timeZone.isEmpty()) {
        return fieldError(QStringLiteral("timeZone"),
                          tr("Nothing was changed: choose the centre's time zone (such as Australia/Melbourne); "
                             "days and hours in reports are the centre's."));
    }
    if (!QTimeZone(timeZone.toUtf8()).isValid()) {
        return fieldError(QStringLiteral("timeZone"),
                          tr("Nothing was changed: %1 is not a time zone this computer knows (such as "
                             "Australia/Melbourne).")
                              .arg(timeZone));
    }
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.isEmpty() && !currencyPattern.match(currency).hasMatch()) {
        return fieldError(QStringLiteral("currency"),
                          tr("Nothing was changed: the currency is a three-letter code such as AUD or EUR."));
    }
    if (!language.trimmed().isEmpty() && !LanguageChoice::localeOf(language)) {
        return fieldError(QStringLiteral("language"),
                          tr("Nothing was changed: %1 is not a language code; use one such as en, en-AU, fr-CA or "
                             "zh-CN.")
                              .arg(isolated(language)));
    }
    return {};
}

Result<void> CentreSettings::save(SettingsService& settings) const
{
    if (auto valid = validate(); !valid) {
        return valid;
    }
    const QList<QPair<QString, QString>> all {
        {SettingsService::CentreName, name.trimmed()},
        {SettingsService::CentreAddress, address.trimmed()},
        {SettingsService::CentrePhone, phone.trimmed()},
        {SettingsService::CentreTimeZone, timeZone},
        {SettingsService::Currency, currency},
        {SettingsService::Language, language.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'))},
        {SettingsService::OpeningTime, opening.toString(TimeFormat)},
        {SettingsService::ClosingTime, closing.toString(TimeFormat)},
        {IdleLock::SettingKey, QString::number(idleLockMinutes)},
        {SettingsService::VoidMinutes, QString::number(undoMinutes)},
        {SettingsService::LateMinutes, QString::number(lateMinutes)},
    };
    // A field left empty that was never set is not a change worth an audit entry.
    QList<QPair<QString, QString>> changed;
    bool zoneChanged = false;
    for (const auto& [key, value] : all) {
        const auto current = settings.value(key);
        if (!current) {
            return current.error();
        }
        if (current.value() != value) {
            changed.append({key, value});
            zoneChanged = zoneChanged || key == SettingsService::CentreTimeZone;
        }
    }
    // Changing the zone an upgrade chose is as good as confirming it: the banner goes.
    const auto toConfirm = settings.value(SettingsService::CentreTimeZoneToConfirm);
    if (!toConfirm) {
        return toConfirm.error();
    }
    if (zoneChanged && !toConfirm->isEmpty()) {
        changed.append({SettingsService::CentreTimeZoneToConfirm, QString()});
    }
    return settings.setValues(changed);
}

} // namespace Kindred
