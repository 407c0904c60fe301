// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseBackup.h"

#include "store/BackupFile.h"
#include "store/Database.h"

namespace Kindred {

Result<void> DatabaseBackup::create(const Database& database, const QString& target)
{
    return BackupFile::create(database.connection(), target, database.schema().contentCheck);
}

Result<QString> DatabaseBackup::createBeside(const Database& database, const QString& label)
{
    return BackupFile::createBeside(database.connection(), database.path(), label, database.schema().contentCheck);
}

Result<void> DatabaseBackup::copyAsIs(const Database& database, const QString& target)
{
    return BackupFile::copyAsIs(database.connection(), target);
}

} // namespace Kindred
