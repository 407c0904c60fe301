// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseBackup.h"

#include "Clock.h"
#include "Database.h"
#include "Session.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Kindred {

Result<void> DatabaseBackup::create(const Database& database, const QString& target)
{
    if (QFile::exists(target)) {
        return Error {tr("A file named %1 already exists; the backup was not written over it.").arg(target)};
    }
    const QVariant handle = database.connection().driver()->handle();
    auto* source = handle.isValid() ? *static_cast<sqlite3* const*>(handle.data()) : nullptr;
    if (!source) {
        return Error {tr("The data file is not open, so no backup could be made.")};
    }

    sqlite3* destination = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(destination);
        QFile::remove(target); // sqlite3_open_v2 creates the file before it reads its header
        return Error {tr("Kindred could not create the backup file %1.").arg(target)};
    }
    int rc = SQLITE_ERROR;
    if (sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main")) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    if (rc == SQLITE_DONE) {
        rc = sqlite3_errcode(destination);
    }
    sqlite3_close(destination);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        QFile::remove(target);
        return Error {
            rc == SQLITE_FULL
                ? tr("The disk is full, so the backup %1 could not be written.").arg(target)
                : tr("Writing the backup %1 failed (%2).").arg(target, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    if (auto verified = verify(target); !verified) {
        QFile::remove(target);
        return verified;
    }
    return {};
}

Result<void> DatabaseBackup::create(const Database& database, const Session& session, const QString& target)
{
    if (auto allowed = session.require(Permission::ManageSettings); !allowed) {
        return allowed;
    }
    return create(database, target);
}

Result<QString> DatabaseBackup::createBeside(const Database& database, const QString& label)
{
    const QString stamp = Clock::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3.bak").arg(database.path(), label, stamp);
    for (int n = 2; QFile::exists(target); ++n) {
        target = QStringLiteral("%1.%2-%3-%4.bak").arg(database.path(), label, stamp).arg(n);
    }
    if (auto created = create(database, target); !created) {
        return created.error();
    }
    return target;
}

Result<void> DatabaseBackup::verify(const QString& path)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("kindred-verify-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        Database::configureReadOnly(db, path, 5000);
        if (!db.open()) {
            verdict = Error {tr("The backup %1 cannot be opened.").arg(path)};
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
                || query.value(0).toString() != QLatin1String("ok")) {
                verdict = Error {tr("The backup %1 failed its integrity check.").arg(path)};
            } else if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
                verdict = Error {tr("The backup %1 has records that point at missing records.").arg(path)};
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace Kindred
