// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/FieldChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace Kindred {

// Who made the newest audited change to a record, and when: what a refused stale save tells the user.
struct LastChange
{
    bool known = false; // false: the trail holds no entry for the record
    QDateTime atUtc;
    qint64 actorId = 0; // 0: the system (an import, a migration)
    QString actorName;
};

// The lost-update check every editor's save makes (issue 13, point 4). An editor loads a record with
// its version (schema 15 raises it on every write to the record or its sub-rows); the save checks,
// inside its write transaction, that the version on file is still the one loaded, and otherwise
// refuses with an Error of code Conflict that says what changed, when and by whom.
class RecordVersion
{
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)

public:
    // The version on file of the record that `selectSql` (one row, one column, bound :id) finds, or 0
    // when the record is not (or no longer) on file; an Error when the read fails.
    static Result<int> read(const QSqlDatabase& db, const QString& selectSql, qint64 id);
    // Ok when the version on file is `loaded`. Otherwise the Conflict error built by conflict() from
    // `whatChanged` (or a plain "was changed" naming `recordName`) and the trail's newest entry for
    // `entity`/`id`; when the record is gone, an Error saying so (also of code Conflict).
    static Result<void> check(const QSqlDatabase& db, const QString& selectSql, qint64 id, int loaded,
                              const QString& entity, const QString& recordName);
    // As check(), and the refusal names the fields that differ between `loadedFields` (the copy this desk
    // loaded, as columns of `table`; null when that copy is not known) and the row on file:
    // "Maria Lopez's phone and room were changed at another desk at 09:12 by Ana Silva. …".
    static Result<void> check(const QSqlDatabase& db, const QString& selectSql, qint64 id, int loaded,
                              const QString& entity, const QString& recordName, const QString& table,
                              const RecordFields* loadedFields);
    // The Conflict error for `entity`/`id` saying `whatChanged`, with who and when from the trail.
    static Result<void> refuse(const QSqlDatabase& db, const QString& entity, qint64 id, const QString& whatChanged);
    // The newest audit entry for `entity`/`id`; an Error when the trail cannot be read.
    static Result<LastChange> lastChange(const QSqlDatabase& db, const QString& entity, qint64 id);
    // The refusal: "Amara's pickup rules were changed at another desk at 09:12 by Maria Lopez. Nothing
    // was saved …". `whatChanged` is one or more clauses ("Amara's pickup rules were changed").
    static Error conflict(const QString& whatChanged, const LastChange& change);
    // "%1 was changed", for a record whose differences are not worked out.
    static QString changedClause(const QString& recordName);
};

} // namespace Kindred
