// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;

namespace Kindred {

// A backup file someone chose, open for reading only: immutable (SQLite creates nothing beside it),
// defensive and with an untrusted schema, since anybody may have made it. What a restore needs from it:
// rows to compare with the live file, and a copy of all of it into the live connection.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    // Fails with "The backup … cannot be opened." when SQLite cannot open `path`.
    static Result<BackupFile> open(const QString& path);

    BackupFile(BackupFile&& other) noexcept;
    BackupFile& operator=(BackupFile&& other) noexcept;
    BackupFile(const BackupFile&) = delete;
    BackupFile& operator=(const BackupFile&) = delete;
    ~BackupFile();

    // Every row of the read `sql`, each column as Qt's SQLite driver gives it (an integer as qlonglong, text
    // as QString, NULL as a null QVariant). A step that fails (a damaged page) is an error, never fewer rows.
    Result<QList<QVariantList>> rows(const QString& sql) const;

    // Copies the whole backup into the main database of `live`'s connection in one step: the data file
    // changes in one transaction, all of it or, on failure, none of it. The caller holds the file for itself
    // (no other connection may be reading) and has reset `live`'s statements in progress.
    Result<void> copyInto(const QSqlDatabase& live) const;

    QString path() const { return m_path; }

private:
    BackupFile(QString path, sqlite3* db);

    QString m_path;
    sqlite3* m_db = nullptr;
};

} // namespace Kindred
