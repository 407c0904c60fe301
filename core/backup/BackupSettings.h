// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupSchedule.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QTime>

namespace Kindred {

class Database;
class SettingsService;

// Where and when the daily backup is made, as the settings page edits them. Kept in SettingsService (so
// changing them needs ManageSettings and is audited), one key each.
struct BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(BackupSettings)

public:
    static inline const QString FolderKey = QStringLiteral("backup/folder");
    static inline const QString TimeKey = QStringLiteral("backup/time"); // "13:00", the centre's time

    QString folder; // empty: defaultFolder(), "backups" beside the data file
    QTime time = BackupSchedule::defaultTime();

    // What is on file (defaults for what was never saved), or the read error.
    static Result<BackupSettings> load(const Database& database);
    static QString defaultFolder(const QString& databasePath);
    // The folder backups go to: the chosen one, or the default.
    QString folderFor(const QString& databasePath) const;
    // Ok, or the wrong field ("backupFolder", "backupTime") and why. A chosen folder must exist now: a
    // network share is chosen while it is mounted.
    Result<void> validate() const;
    // validate(), then both settings in one audited change (needs ManageSettings); nothing changed on failure.
    Result<void> save(SettingsService& settings) const;

    bool operator==(const BackupSettings& other) const = default;
};

} // namespace Kindred
