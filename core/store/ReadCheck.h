// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QVariantList>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace Kindred {

class StoreQuery;

// A read that fails is an error, never an empty answer. QSqlQuery::next() returns false both at the
// end of the data and when SQLite could not step (a damaged page: SQLITE_CORRUPT; a disk error:
// SQLITE_IOERR), so every reader calls readComplete() after its `while (query.next())` loop, and
// after an `if (query.next())` that found nothing, to tell the two apart.
class ReadCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReadCheck)

public:
    // "Could not read the data file: …", with the cause (StoreError's kinds) and SQLite's own words.
    static Error error(const QSqlError& error);
};

// Executes a prepared read (or `sql` when given); on failure the query is finished and the read error returned.
// Core's statements are StoreQuery (one round trip on the server); a plain QSqlQuery is prepared by its driver.
Result<void> execRead(StoreQuery& query);
Result<void> execRead(StoreQuery& query, const QString& sql);
Result<void> execRead(QSqlQuery& query);
Result<void> execRead(QSqlQuery& query, const QString& sql);
// Ok when the last next() ended at the end of the data; the read error when a step failed.
Result<void> readComplete(const QSqlQuery& query);
// Every row of the read `sql` on `db`, each column as QSqlQuery gives it; a failed step is the read error.
Result<QList<QVariantList>> readRows(const QSqlDatabase& db, const QString& sql);

} // namespace Kindred
