// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BackupFile.h"

#include "store/SqliteHandle.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace Kindred {
namespace {

QVariant columnValue(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default:
        return {};
    }
}

} // namespace

Result<BackupFile> BackupFile::open(const QString& path)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(QStringLiteral("immutable=1"));
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        != SQLITE_OK) {
        Error failed {tr("The backup %1 cannot be opened.").arg(path)};
        failed.detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close(db);
        return failed;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    return BackupFile(path, db);
}

BackupFile::BackupFile(QString path, sqlite3* db)
    : m_path(std::move(path))
    , m_db(db)
{ }

BackupFile::BackupFile(BackupFile&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_db(std::exchange(other.m_db, nullptr))
{ }

BackupFile& BackupFile::operator=(BackupFile&& other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_db);
        m_path = std::move(other.m_path);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

BackupFile::~BackupFile()
{
    sqlite3_close(m_db);
}

Result<QList<QVariantList>> BackupFile::rows(const QString& sql) const
{
    QList<QVariantList> rows;
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr);
    // SQLITE_DONE at the end; anything else (a failed prepare, a damaged page) is a read that failed.
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc != SQLITE_ROW) {
            break;
        }
        QVariantList row;
        const int columns = sqlite3_column_count(statement);
        row.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            row << columnValue(statement, column);
        }
        rows << row;
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) {
        Error failed {
            tr("The backup %1 could not be read: part of it is damaged or it is not a Kindred file.").arg(m_path)};
        failed.detail = error;
        return failed;
    }
    return rows;
}

Result<void> BackupFile::copyInto(const QSqlDatabase& live) const
{
    sqlite3* destination = sqliteHandle(live);
    if (!destination) {
        return Error {tr("The data file is not open, so nothing was restored.")};
    }
    int rc = SQLITE_ERROR;
    if (sqlite3_backup* backup = sqlite3_backup_init(destination, "main", m_db, "main")) {
        // One step: the data file changes in one transaction, all of it or (on failure) none of it.
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE) {
            rc = sqlite3_errcode(destination);
        }
    } else {
        rc = sqlite3_errcode(destination);
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        return Error {rc == SQLITE_FULL
                          ? tr("The disk is full, so the backup could not be restored; the data file was not "
                               "changed.")
                          : tr("Restoring the backup failed (%1); the data file was not changed.")
                                .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return {};
}

} // namespace Kindred
