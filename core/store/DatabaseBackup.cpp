// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DatabaseBackup.h"

#include "store/BackupCopy.h"
#include "store/Database.h"

namespace Kindred {

Result<void> DatabaseBackup::create(const Database& database, const QString& target)
{
    return BackupCopy::create(database.connection(), target, database.schema().contentCheck);
}

Result<QString> DatabaseBackup::createBeside(const Database& database, const QString& label)
{
    return BackupCopy::createBeside(database.connection(), database.path(), label, database.schema().contentCheck);
}

Result<void> DatabaseBackup::copyAsIs(const Database& database, const QString& target)
{
    return BackupCopy::copyAsIs(database.connection(), target);
}

} // namespace Kindred
