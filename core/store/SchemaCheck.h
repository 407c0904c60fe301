// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Compares a file's schema (its tables, indexes, triggers and views, by type and name) with what a
// Kindred file of its user_version must contain: the migration scripts 1..version applied to an
// empty in-memory database. A file that has lost a table or a trigger (or gained one from another
// program) would otherwise open as if healthy and fail at every check-in with a confusing message.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // Fails, naming what is missing or unexpected, when the schema of `db` differs from that of
    // `version`; also fails when the schema cannot be read. Safe to call from any thread: the
    // expected schema of each version is built once per process.
    static Result<void> verify(const QSqlDatabase& db, int version);
};

} // namespace Kindred
