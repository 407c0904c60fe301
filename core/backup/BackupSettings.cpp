// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupSettings.h"

#include "centre/SettingsService.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>

namespace Kindred {
namespace {

const auto TimeFormat = QStringLiteral("HH:mm");

} // namespace

Result<BackupSettings> BackupSettings::load(const Database& database)
{
    BackupSettings s;
    const auto folder = SettingsService::read(database, FolderKey);
    if (!folder) {
        return folder.error();
    }
    const auto timeText = SettingsService::read(database, TimeKey);
    if (!timeText) {
        return timeText.error();
    }
    s.folder = folder->trimmed();
    const QTime time = QTime::fromString(timeText.value(), TimeFormat);
    if (time.isValid()) {
        s.time = time;
    }
    return s;
}

QString BackupSettings::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupSettings::folderFor(const QString& databasePath) const
{
    return folder.trimmed().isEmpty() ? defaultFolder(databasePath) : folder.trimmed();
}

Result<void> BackupSettings::validate() const
{
    const QString chosen = folder.trimmed();
    if (!chosen.isEmpty() && (QDir::isRelativePath(chosen) || !QFileInfo(chosen).isDir())) {
        return fieldError(QStringLiteral("backupFolder"),
                          tr("Nothing was changed: the backup folder %1 does not exist or cannot be reached. Choose "
                             "a folder that exists (a network share must be connected).")
                              .arg(chosen));
    }
    if (!chosen.isEmpty() && !QFileInfo(chosen).isWritable()) {
        return fieldError(QStringLiteral("backupFolder"),
                          tr("Nothing was changed: Kindred may not write in the backup folder %1.").arg(chosen));
    }
    if (!time.isValid()) {
        return fieldError(QStringLiteral("backupTime"),
                          tr("Nothing was changed: give the time of the daily backup as hours and minutes."));
    }
    return {};
}

Result<void> BackupSettings::save(SettingsService& settings) const
{
    if (auto valid = validate(); !valid) {
        return valid;
    }
    const QList<QPair<QString, QString>> all {
        {FolderKey, folder.trimmed()},
        {TimeKey, time.toString(TimeFormat)},
    };
    QList<QPair<QString, QString>> changed;
    for (const auto& [key, value] : all) {
        const auto current = settings.value(key);
        if (!current) {
            return current.error();
        }
        if (current.value() != value) {
            changed.append({key, value});
        }
    }
    return settings.setValues(changed);
}

} // namespace Kindred
